-- What a resource carries beside its tags, one value per label: its resource group where it is not its account's
-- default one (resourceGroup), its deletion protection while on (deletionProtection). resource_type as resource_tag
-- stores it.
CREATE TABLE resource_label (
    cloud         VARCHAR(16) NOT NULL,
    account_id    VARCHAR(64) NOT NULL,
    region        VARCHAR(64) NOT NULL,
    resource_type VARCHAR(32) NOT NULL,
    resource_id   VARCHAR(64) NOT NULL,
    label         VARCHAR(32) NOT NULL,
    label_value   VARCHAR(64) NOT NULL,
    PRIMARY KEY (resource_id, label)
);
CREATE INDEX resource_label_value ON resource_label (cloud, account_id, resource_type, label, label_value);
