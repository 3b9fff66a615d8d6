-- UCloud NAT gateways (NATGW) on the NAT gateway rows of V43: the business group they are filed under (Tag; '' for
-- Aliyun's), the UNet firewall applied to them (a firewall in use cannot go), whether their white list is on, and
-- whether they must keep one EIP at least (UCloud's: UnBindEIP of the last one is 4235). A UCloud gateway stands in
-- several subnets of its VPC (nat_gateway.subnet_id stays NULL), each subnet in one gateway at most; its white list
-- names the hosts that may go out through it. Same SQL on H2 and PostgreSQL.
ALTER TABLE nat_gateway ADD COLUMN tag VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE nat_gateway ADD COLUMN firewall_id VARCHAR(64);
-- the index first, so that the foreign key uses it (as the one-script in-memory schema does) instead of its own
CREATE INDEX nat_gateway_firewall_id ON nat_gateway (firewall_id);
ALTER TABLE nat_gateway ADD CONSTRAINT nat_gateway_firewall FOREIGN KEY (firewall_id) REFERENCES firewall (id);
ALTER TABLE nat_gateway ADD COLUMN white_list_open BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE nat_gateway ADD COLUMN keeps_eip BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE nat_gateway_subnetwork (
    subnet_id       VARCHAR(64) PRIMARY KEY REFERENCES subnet (id),
    nat_gateway_id  VARCHAR(64) NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE
);
CREATE INDEX nat_gateway_subnetwork_gateway ON nat_gateway_subnetwork (nat_gateway_id);

CREATE TABLE nat_white_list (
    nat_gateway_id  VARCHAR(64) NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    resource_id     VARCHAR(64) NOT NULL,
    PRIMARY KEY (nat_gateway_id, resource_id)
);
