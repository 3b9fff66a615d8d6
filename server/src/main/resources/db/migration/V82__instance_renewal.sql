-- A subscription's renewal status (AutoRenewal, Normal, NotRenewal: ModifyInstanceAutoRenewAttribute) and when its
-- period began: its creation, or its conversion from pay-as-you-go (ModifyInstanceChargeType); null: its creation.
ALTER TABLE instance_detail ADD COLUMN renewal_status VARCHAR(16) NOT NULL DEFAULT 'Normal';
ALTER TABLE instance_detail ADD COLUMN period_start TIMESTAMP WITH TIME ZONE;
UPDATE instance_detail SET renewal_status = 'AutoRenewal' WHERE auto_renew;
