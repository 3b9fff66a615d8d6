-- Public IP address pools (Aliyun's CreatePublicIpAddressPool): blocks of public addresses an account brings or is
-- given, from which its EIPs take their addresses (AllocateEipAddress PublicIpAddressPoolId).
CREATE TABLE address_pool (
    id                         VARCHAR(64)   PRIMARY KEY,
    cloud                      VARCHAR(16)   NOT NULL,
    account_id                 VARCHAR(64)   NOT NULL,
    region                     VARCHAR(64)   NOT NULL,
    project_id                 VARCHAR(64)   NOT NULL DEFAULT '',
    name                       VARCHAR(128)  NOT NULL DEFAULT '',
    description                VARCHAR(256)  NOT NULL DEFAULT '',
    isp                        VARCHAR(32)   NOT NULL,
    biz_type                   VARCHAR(32)   NOT NULL,
    zones                      VARCHAR(1024) NOT NULL DEFAULT '',
    security_protection_types  VARCHAR(1024) NOT NULL DEFAULT '',
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX address_pool_scope ON address_pool (cloud, account_id, region, created_at);

-- A pool's blocks (AddPublicIpAddressPoolCidrBlock), id "pool:block" as the provider names them; gone with the pool.
CREATE TABLE address_pool_block (
    id          VARCHAR(128) PRIMARY KEY,
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    region      VARCHAR(64)  NOT NULL,
    project_id  VARCHAR(64)  NOT NULL DEFAULT '',
    pool_id     VARCHAR(64)  NOT NULL REFERENCES address_pool (id) ON DELETE CASCADE,
    cidr_block  VARCHAR(32)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX address_pool_block_pool ON address_pool_block (pool_id, created_at);

-- The /28 slots each block covers (a /24 sixteen, a /28 one): the primary key keeps two blocks, of any pools and
-- accounts, from overlapping, also when they are added at once.
CREATE TABLE address_pool_slot (
    slot      VARCHAR(32)  PRIMARY KEY,
    block_id  VARCHAR(128) NOT NULL REFERENCES address_pool_block (id) ON DELETE CASCADE
);
CREATE INDEX address_pool_slot_block ON address_pool_slot (block_id);

-- The pool an EIP took its address from ('' for none).
ALTER TABLE elastic_ip ADD COLUMN address_pool_id VARCHAR(64) NOT NULL DEFAULT '';
CREATE INDEX elastic_ip_address_pool ON elastic_ip (address_pool_id);
