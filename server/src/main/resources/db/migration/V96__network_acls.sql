-- Network ACLs: stateless rules for the traffic in and out of the subnets bound to them, in the subnets' VPC. An
-- ACL's entries are ordered per direction (the order is their priority); a subnet is bound to one ACL at most (the
-- binding's primary key), and neither a bound subnet nor a bound ACL is deleted (the foreign keys stand behind the
-- checks made under the ACL's row lock); nor is a VPC that still has ACLs.
CREATE TABLE network_acl (
    id          VARCHAR(64)   PRIMARY KEY,
    cloud       VARCHAR(16)   NOT NULL,
    account_id  VARCHAR(64)   NOT NULL,
    region      VARCHAR(64)   NOT NULL,
    project_id  VARCHAR(64)   NOT NULL DEFAULT '',
    vpc_id      VARCHAR(64)   NOT NULL REFERENCES vpc (id),
    name        VARCHAR(128)  NOT NULL DEFAULT '',
    description VARCHAR(256)  NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX network_acl_scope ON network_acl (cloud, account_id, region, created_at);
CREATE INDEX network_acl_vpc ON network_acl (vpc_id);

CREATE TABLE network_acl_entry (
    id          VARCHAR(64)   PRIMARY KEY,
    acl_id      VARCHAR(64)   NOT NULL REFERENCES network_acl (id) ON DELETE CASCADE,
    direction   VARCHAR(8)    NOT NULL,
    position    INT           NOT NULL,
    entry_type  VARCHAR(16)   NOT NULL,
    name        VARCHAR(128)  NOT NULL DEFAULT '',
    description VARCHAR(256)  NOT NULL DEFAULT '',
    policy      VARCHAR(16)   NOT NULL,
    protocol    VARCHAR(16)   NOT NULL,
    port        VARCHAR(16)   NOT NULL,
    cidr        VARCHAR(64)   NOT NULL,
    ip_version  VARCHAR(8)    NOT NULL
);
CREATE INDEX network_acl_entry_acl ON network_acl_entry (acl_id, direction, position);

CREATE TABLE network_acl_binding (
    subnet_id  VARCHAR(64)  PRIMARY KEY REFERENCES subnet (id),
    acl_id     VARCHAR(64)  NOT NULL REFERENCES network_acl (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX network_acl_binding_acl ON network_acl_binding (acl_id, created_at);
