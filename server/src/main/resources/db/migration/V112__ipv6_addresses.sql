-- IPv6 addresses given out in a vSwitch's /64, to an owner (a network interface, or an instance for its primary
-- one), as subnet_address gives IPv4 ones: the primary key makes a double allocation impossible, and a vSwitch with
-- any is not deleted (the key). id: the VPC product's Ipv6AddressId.
CREATE TABLE subnet_ipv6_address (
    subnet_id    VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    address      VARCHAR(64)  NOT NULL,
    owner_id     VARCHAR(64)  NOT NULL,
    id           VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subnet_id, address)
);
CREATE INDEX subnet_ipv6_address_owner ON subnet_ipv6_address (owner_id);
ALTER TABLE subnet_ipv6_address ADD CONSTRAINT subnet_ipv6_address_id UNIQUE (id);

-- The public bandwidth of an IPv6 address through its VPC's IPv6 gateway: one an address (the unique index), gone
-- with the address (the cascade), and a gateway with any is not deleted (the key).
CREATE TABLE ipv6_internet_bandwidth (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    ipv6_address_id       VARCHAR(64)  NOT NULL,
    ipv6_gateway_id       VARCHAR(64)  NOT NULL,
    bandwidth             INT          NOT NULL,
    internet_charge_type  VARCHAR(32)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ipv6_internet_bandwidth_address ON ipv6_internet_bandwidth (ipv6_address_id);
ALTER TABLE ipv6_internet_bandwidth ADD FOREIGN KEY (ipv6_address_id) REFERENCES subnet_ipv6_address (id)
    ON DELETE CASCADE;
ALTER TABLE ipv6_internet_bandwidth ADD FOREIGN KEY (ipv6_gateway_id) REFERENCES ipv6_gateway (id);

-- An egress-only rule of an IPv6 gateway: the address (one with public bandwidth) reaches out, nothing reaches in.
-- One an address (the unique index), gone with the address (the cascade); a gateway with any is not deleted.
CREATE TABLE ipv6_egress_rule (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    ipv6_gateway_id   VARCHAR(64)  NOT NULL,
    ipv6_address_id   VARCHAR(64)  NOT NULL,
    name              VARCHAR(128) NOT NULL DEFAULT '',
    description       VARCHAR(256) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ipv6_egress_rule_address ON ipv6_egress_rule (ipv6_address_id);
ALTER TABLE ipv6_egress_rule ADD FOREIGN KEY (ipv6_address_id) REFERENCES subnet_ipv6_address (id) ON DELETE CASCADE;
ALTER TABLE ipv6_egress_rule ADD FOREIGN KEY (ipv6_gateway_id) REFERENCES ipv6_gateway (id);
