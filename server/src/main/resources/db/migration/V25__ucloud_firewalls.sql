-- UCloud UNet firewalls (the security model of SecurityMode=Firewall hosts) and the default network each
-- account, region and project gets on demand. Same SQL on H2 and PostgreSQL.

CREATE TABLE firewall (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    -- the legacy numeric security-group id UCloud still reports as GroupId
    group_id     VARCHAR(32)  NOT NULL,
    name         VARCHAR(128) NOT NULL,
    tag          VARCHAR(64)  NOT NULL DEFAULT 'Default',
    remark       VARCHAR(512) NOT NULL DEFAULT '',
    -- 'user defined', 'recommend web' or 'recommend non web'
    fw_type      VARCHAR(32)  NOT NULL,
    -- 'web' / 'non web' for the two recommended firewalls of a scope, NULL for user-defined ones: the unique
    -- index below lets concurrent first calls create each recommended firewall exactly once
    recommended  VARCHAR(16),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX firewall_scope ON firewall (cloud, account_id, region, created_at);
-- UCloud refuses a second firewall of the same name in one region and project (RetCode 4364)
CREATE UNIQUE INDEX firewall_name ON firewall (cloud, account_id, region, project_id, name);
CREATE UNIQUE INDEX firewall_recommended ON firewall (cloud, account_id, region, project_id, recommended);

CREATE TABLE firewall_rule (
    firewall_id  VARCHAR(64)  NOT NULL REFERENCES firewall (id) ON DELETE CASCADE,
    seq          INT          NOT NULL,
    protocol     VARCHAR(8)   NOT NULL,
    dst_port     VARCHAR(64)  NOT NULL DEFAULT '',
    src_ip       VARCHAR(64)  NOT NULL,
    rule_action  VARCHAR(8)   NOT NULL,
    priority     VARCHAR(8)   NOT NULL,
    remark       VARCHAR(256) NOT NULL DEFAULT '',
    PRIMARY KEY (firewall_id, seq)
);

-- A host has exactly one firewall (the primary key); a firewall with hosts cannot go (the foreign key).
CREATE TABLE firewall_binding (
    instance_id  VARCHAR(64)  PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    firewall_id  VARCHAR(64)  NOT NULL REFERENCES firewall (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX firewall_binding_firewall ON firewall_binding (firewall_id, instance_id);

-- The default VPC and subnet of a scope, made on demand for hosts that name neither (UCloud's DefaultVPC).
CREATE TABLE default_network (
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id       VARCHAR(64)  NOT NULL REFERENCES vpc (id) ON DELETE CASCADE,
    subnet_id    VARCHAR(64)  NOT NULL REFERENCES subnet (id) ON DELETE CASCADE,
    PRIMARY KEY (cloud, account_id, region, project_id)
);
