-- Aliyun's IPv6: a VPC's /56 block (null: IPv6 disabled) and the ISP it is announced through, and a vSwitch's /64 of
-- it (null: disabled). No two VPCs share a block and no two vSwitches of a VPC share one (the unique indexes; a row
-- without a block is in neither). An IPv6 gateway: one a VPC, which keeps the VPC (the key).
ALTER TABLE vpc ADD COLUMN ipv6_cidr_block VARCHAR(64);
ALTER TABLE vpc ADD COLUMN ipv6_isp VARCHAR(32);
CREATE UNIQUE INDEX vpc_ipv6_block ON vpc (ipv6_cidr_block);
ALTER TABLE subnet ADD COLUMN ipv6_cidr_block VARCHAR(64);
CREATE UNIQUE INDEX subnet_ipv6_block ON subnet (vpc_id, ipv6_cidr_block);
CREATE TABLE ipv6_gateway (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id          VARCHAR(64)  NOT NULL,
    name            VARCHAR(128) NOT NULL DEFAULT '',
    description     VARCHAR(256) NOT NULL DEFAULT '',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ipv6_gateway_vpc ON ipv6_gateway (vpc_id);
ALTER TABLE ipv6_gateway ADD FOREIGN KEY (vpc_id) REFERENCES vpc (id);
