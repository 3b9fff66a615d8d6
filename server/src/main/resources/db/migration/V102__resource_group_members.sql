-- The resource group a resource was put in, where it is not its account's default group (a resource without a row
-- is in the default one). Aliyun's ResourceGroupId; resource_type as resource_tag stores it.
CREATE TABLE resource_group_member (
    cloud         VARCHAR(16) NOT NULL,
    account_id    VARCHAR(64) NOT NULL,
    region        VARCHAR(64) NOT NULL,
    resource_type VARCHAR(32) NOT NULL,
    resource_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    group_id      VARCHAR(64) NOT NULL
);
CREATE INDEX resource_group_member_group ON resource_group_member (cloud, account_id, resource_type, group_id);
