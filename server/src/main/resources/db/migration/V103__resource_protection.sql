-- Resources protected from deletion by the VPC product's DeletionProtection (EIPs, NAT gateways, shared bandwidths):
-- a row while the protection is on. resource_type as resource_tag stores it.
CREATE TABLE resource_protection (
    cloud         VARCHAR(16) NOT NULL,
    account_id    VARCHAR(64) NOT NULL,
    region        VARCHAR(64) NOT NULL,
    resource_type VARCHAR(32) NOT NULL,
    resource_id   VARCHAR(64) NOT NULL PRIMARY KEY
);
