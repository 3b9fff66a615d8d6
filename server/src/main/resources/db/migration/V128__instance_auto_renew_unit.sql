-- The unit of an Aliyun subscription's auto-renewal (Week or Month), apart from the unit of the period bought:
-- ModifyInstanceAutoRenewAttribute may renew a subscription of weeks by months, which changed the period bought while
-- one column held both. A row takes its period's unit, as every renewal had until now.
ALTER TABLE instance_detail ADD COLUMN auto_renew_unit VARCHAR(8) NOT NULL DEFAULT 'Month';
UPDATE instance_detail SET auto_renew_unit = period_unit;
