-- The resources a UCloud network ACL rule applies to when it names them (TargetType 1), in the order given; a rule
-- without such rows applies to all of its subnets' resources.
CREATE TABLE network_acl_entry_target (
    entry_id    VARCHAR(64) NOT NULL REFERENCES network_acl_entry (id) ON DELETE CASCADE,
    resource_id VARCHAR(64) NOT NULL,
    position    INT         NOT NULL,
    PRIMARY KEY (entry_id, resource_id)
);
