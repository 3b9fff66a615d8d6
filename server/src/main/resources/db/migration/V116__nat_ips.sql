-- The NAT IP address blocks (CreateNatIpCidr) and NAT IP addresses (CreateNatIp) of VPC NAT gateways. A VPC NAT
-- gateway made in a vSwitch has a default block (the vSwitch's CIDR block) and a default address (one of the
-- vSwitch's, held in its address table as any host's is); neither is deleted but with the gateway. A block is taken
-- once per gateway, an address once per gateway (the unique indexes); the service checks the rest under the
-- gateway's row lock (overlaps with the VPC and with the gateway's other blocks, addresses in use by entries).
CREATE TABLE nat_ip_cidr (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    nat_gateway_id  VARCHAR(64)   NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    cidr            VARCHAR(64)   NOT NULL,
    name            VARCHAR(128)  NOT NULL DEFAULT '',
    description     VARCHAR(256)  NOT NULL DEFAULT '',
    is_default      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX nat_ip_cidr_of_gateway ON nat_ip_cidr (nat_gateway_id, cidr);
CREATE INDEX nat_ip_cidr_scope ON nat_ip_cidr (cloud, account_id, region, created_at);

CREATE TABLE nat_ip (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    nat_gateway_id  VARCHAR(64)   NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    nat_ip_cidr     VARCHAR(64)   NOT NULL,
    address         VARCHAR(64)   NOT NULL,
    name            VARCHAR(128)  NOT NULL DEFAULT '',
    description     VARCHAR(256)  NOT NULL DEFAULT '',
    is_default      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX nat_ip_of_gateway ON nat_ip (nat_gateway_id, address);
CREATE INDEX nat_ip_scope ON nat_ip (cloud, account_id, region, created_at);

-- A VPC NAT gateway made before this migration gets its default block (named after it, as a new one's is); its
-- default address, which would need the lowest free address of its vSwitch, it does not get.
INSERT INTO nat_ip_cidr (id, cloud, account_id, region, project_id, nat_gateway_id, cidr, is_default, created_at)
SELECT 'vpcnatcidr-' || SUBSTRING(g.id FROM POSITION('-' IN g.id) + 1), g.cloud, g.account_id, g.region,
       g.project_id, g.id, s.cidr_block, TRUE, g.created_at
FROM nat_gateway g JOIN subnet s ON s.id = g.subnet_id
WHERE g.network_type = 'intranet';
