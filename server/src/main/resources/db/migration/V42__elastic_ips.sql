-- Elastic IPs (Aliyun EIP addresses, UCloud UNet EIPs): a public address of a scope, bound to at most one target at a
-- time (target_kind / target_id; '' when free). An instance or an interface holds at most one EIP (the unique index
-- on exclusive_target, NULL for targets that take several, a NAT gateway); the address is unique over every cloud
-- and account (the pool is the emulator's, docs/aliyun.md "Elastic IPs").
CREATE TABLE elastic_ip (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    address               VARCHAR(64)  NOT NULL,
    name                  VARCHAR(256) NOT NULL DEFAULT '',
    description           VARCHAR(512) NOT NULL DEFAULT '',
    bandwidth_mbps        INT          NOT NULL,
    internet_charge_type  VARCHAR(32)  NOT NULL,
    charge_type           VARCHAR(32)  NOT NULL,
    isp                   VARCHAR(32)  NOT NULL,
    target_kind           VARCHAR(32)  NOT NULL DEFAULT '',
    target_id             VARCHAR(64)  NOT NULL DEFAULT '',
    exclusive_target      VARCHAR(64),
    private_ip            VARCHAR(64)  NOT NULL DEFAULT '',
    bound_at              TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX elastic_ip_address ON elastic_ip (address);
CREATE UNIQUE INDEX elastic_ip_exclusive_target ON elastic_ip (exclusive_target);
CREATE INDEX elastic_ip_scope ON elastic_ip (cloud, account_id, region, created_at);
CREATE INDEX elastic_ip_target ON elastic_ip (target_id);
