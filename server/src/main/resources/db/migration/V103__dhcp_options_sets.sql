-- DHCP options sets (Aliyun VPC): the domain name, DNS servers and lease times a VPC's hosts get. A VPC is
-- associated with one set at most (vpc.dhcp_options_set_id); a set with VPCs is not deleted.
CREATE TABLE dhcp_options_set (
    id                  VARCHAR(64)  PRIMARY KEY,
    cloud               VARCHAR(16)  NOT NULL,
    account_id          VARCHAR(64)  NOT NULL,
    region              VARCHAR(64)  NOT NULL,
    project_id          VARCHAR(64)  NOT NULL DEFAULT '',
    name                VARCHAR(128) NOT NULL DEFAULT '',
    description         VARCHAR(256) NOT NULL DEFAULT '',
    domain_name         VARCHAR(256) NOT NULL DEFAULT '',
    domain_name_servers VARCHAR(256) NOT NULL DEFAULT '',
    lease_time          VARCHAR(16)  NOT NULL,
    ipv6_lease_time     VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dhcp_options_set_scope ON dhcp_options_set (cloud, account_id, region, created_at);

ALTER TABLE vpc ADD COLUMN dhcp_options_set_id VARCHAR(64) REFERENCES dhcp_options_set (id);
CREATE INDEX vpc_dhcp_options_set ON vpc (dhcp_options_set_id);
