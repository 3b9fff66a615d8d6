-- Security-group rules in the detail Aliyun keeps (UCloud's rules leave the new columns empty), the group's policy
-- between its own members, and key/value tags on any resource of either cloud.

-- the peer security group a rule names instead of a CIDR block (Aliyun SourceGroupId / DestGroupId)
ALTER TABLE security_group_rule ADD COLUMN peer_group_id VARCHAR(64) NOT NULL DEFAULT '';
-- the peer's port range (Aliyun SourcePortRange / DestPortRange)
ALTER TABLE security_group_rule ADD COLUMN peer_port VARCHAR(32) NOT NULL DEFAULT '';
-- Aliyun NicType: intranet or internet
ALTER TABLE security_group_rule ADD COLUMN nic_type VARCHAR(16) NOT NULL DEFAULT '';
CREATE INDEX security_group_rule_peer ON security_group_rule (peer_group_id);

-- Aliyun InnerAccessPolicy: whether members of the group reach each other (Accept) or not (Drop)
ALTER TABLE security_group ADD COLUMN inner_access_policy VARCHAR(8) NOT NULL DEFAULT 'Accept';

CREATE TABLE resource_tag (
    cloud         VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    region        VARCHAR(64)  NOT NULL,
    -- the cloud's own word for the kind of resource (Aliyun: instance, securitygroup, eni, VPC, VSWITCH)
    resource_type VARCHAR(32)  NOT NULL,
    resource_id   VARCHAR(64)  NOT NULL,
    tag_key       VARCHAR(128) NOT NULL,
    tag_value     VARCHAR(128) NOT NULL DEFAULT '',
    PRIMARY KEY (resource_id, tag_key)
);
CREATE INDEX resource_tag_key ON resource_tag (cloud, account_id, region, tag_key, tag_value);
