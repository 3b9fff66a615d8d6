-- Virtual IPs (UCloud VIP): an address of a subnet held by no host, for failover between hosts (keepalived). The
-- address itself is given out in subnet_address like a host's (owner: the VIP), so a subnet with VIPs is in use.
CREATE TABLE vip (
    id           VARCHAR(64)   PRIMARY KEY,
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    region       VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL DEFAULT '',
    vpc_id       VARCHAR(64)   NOT NULL REFERENCES vpc (id),
    subnet_id    VARCHAR(64)   NOT NULL REFERENCES subnet (id),
    zone         VARCHAR(64)   NOT NULL DEFAULT '',
    address      VARCHAR(64)   NOT NULL,
    name         VARCHAR(256)  NOT NULL,
    tag          VARCHAR(256)  NOT NULL DEFAULT '',
    remark       VARCHAR(1024) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vip_scope ON vip (cloud, account_id, region, created_at);
CREATE INDEX vip_subnet ON vip (subnet_id);
