-- Networks, in cloud-neutral terms: a VPC (Aliyun VPC, UCloud VPC) and its subnets (Aliyun vSwitch, UCloud subnet).
-- Addresses given out in a subnet are rows of subnet_address; its primary key makes a double allocation impossible.

CREATE TABLE vpc (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(512) NOT NULL DEFAULT '',
    -- one or more IPv4 CIDR blocks, comma-separated (UCloud VPCs may have several)
    cidr_blocks  VARCHAR(512) NOT NULL,
    tag          VARCHAR(64)  NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vpc_scope ON vpc (cloud, account_id, region, created_at);

CREATE TABLE subnet (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id       VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    zone         VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(512) NOT NULL DEFAULT '',
    cidr_block   VARCHAR(32)  NOT NULL,
    tag          VARCHAR(64)  NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subnet_scope ON subnet (cloud, account_id, region, created_at);
CREATE INDEX subnet_vpc ON subnet (vpc_id);

CREATE TABLE subnet_address (
    subnet_id    VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    address      VARCHAR(15)  NOT NULL,
    -- the instance or network interface holding the address
    owner_id     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (subnet_id, address)
);
CREATE INDEX subnet_address_owner ON subnet_address (owner_id);

ALTER TABLE instance ADD COLUMN subnet_id VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE instance ADD COLUMN private_ip VARCHAR(15) NOT NULL DEFAULT '';
