-- UCloud NAT gateways' SnatDnat rules (CreateSnatDnatRule): an EIP of the gateway mapped one-to-one, every port of TCP
-- and UDP, to the private address of a host of the gateway's subnets (SNAT out through the EIP, DNAT in to the host).
-- A private address and an EIP are each in one rule of a gateway at most (the unique indexes back the check made
-- under the gateway's row lock); the rules go with their gateway. Same SQL on H2 and PostgreSQL.
CREATE TABLE snat_dnat_rule (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    nat_gateway_id    VARCHAR(64)  NOT NULL REFERENCES nat_gateway (id) ON DELETE CASCADE,
    private_ip        VARCHAR(64)  NOT NULL,
    eip               VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX snat_dnat_rule_private_ip ON snat_dnat_rule (nat_gateway_id, private_ip);
CREATE UNIQUE INDEX snat_dnat_rule_eip ON snat_dnat_rule (nat_gateway_id, eip);
CREATE INDEX snat_dnat_rule_scope ON snat_dnat_rule (cloud, account_id, region, created_at);
