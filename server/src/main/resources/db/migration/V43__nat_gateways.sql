-- NAT gateways (Aliyun NAT gateways; UCloud NATGW can stand on the same rows), in a vSwitch/subnet of their VPC (the
-- foreign keys keep the VPC and the subnet while a gateway stands in them). Their SNAT entries (a source: a vSwitch or
-- a CIDR block, once per gateway; translated to EIPs bound to the gateway) and forward (DNAT) entries (an external
-- address and port, once per gateway and protocol) go with them.
CREATE TABLE nat_gateway (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id                VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    subnet_id             VARCHAR(64)  REFERENCES subnet (id),
    name                  VARCHAR(128) NOT NULL DEFAULT '',
    description           VARCHAR(256) NOT NULL DEFAULT '',
    spec                  VARCHAR(32)  NOT NULL DEFAULT '',
    nat_type              VARCHAR(32)  NOT NULL,
    network_type          VARCHAR(32)  NOT NULL,
    eip_bind_mode         VARCHAR(32)  NOT NULL,
    internet_charge_type  VARCHAR(32)  NOT NULL,
    charge_type           VARCHAR(32)  NOT NULL,
    icmp_reply_enabled    BOOLEAN      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX nat_gateway_scope ON nat_gateway (cloud, account_id, region, created_at);
CREATE INDEX nat_gateway_vpc ON nat_gateway (vpc_id);
CREATE INDEX nat_gateway_subnet ON nat_gateway (subnet_id);

CREATE TABLE snat_entry (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    nat_gateway_id    VARCHAR(64)  NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    source_subnet_id  VARCHAR(64)  NOT NULL DEFAULT '',
    source_cidr       VARCHAR(64)  NOT NULL DEFAULT '',
    -- the source as one value (the vSwitch id or the CIDR block): once per gateway
    source_key        VARCHAR(64)  NOT NULL,
    snat_ips          VARCHAR(512) NOT NULL,
    name              VARCHAR(128) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX snat_entry_source ON snat_entry (nat_gateway_id, source_key);
CREATE INDEX snat_entry_scope ON snat_entry (cloud, account_id, region, created_at);

CREATE TABLE forward_entry (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    nat_gateway_id    VARCHAR(64)  NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    external_ip       VARCHAR(64)  NOT NULL,
    external_port     VARCHAR(16)  NOT NULL,
    internal_ip       VARCHAR(64)  NOT NULL,
    internal_port     VARCHAR(16)  NOT NULL,
    ip_protocol       VARCHAR(8)   NOT NULL,
    name              VARCHAR(128) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX forward_entry_external ON forward_entry (nat_gateway_id, external_ip, external_port, ip_protocol);
CREATE INDEX forward_entry_scope ON forward_entry (cloud, account_id, region, created_at);
