-- UCloud NAT gateways: whether the default SNAT rule spreads traffic over the gateway's EIPs (UpdateNATGWSnatpool's
-- IsSnatpoolEnabled, answered by DescribeNATGW). Same SQL on H2 and PostgreSQL.
ALTER TABLE nat_gateway ADD COLUMN snatpool_enabled BOOLEAN NOT NULL DEFAULT FALSE;
