-- Aliyun's gateway route tables (AssociateType Gateway): an IPv4 gateway takes at most one, a table at most one
-- gateway (the unique index); a table a gateway holds is not deleted (the key).
ALTER TABLE ipv4_gateway ADD COLUMN route_table_id VARCHAR(64);
CREATE UNIQUE INDEX ipv4_gateway_route_table ON ipv4_gateway (route_table_id);
ALTER TABLE ipv4_gateway ADD FOREIGN KEY (route_table_id) REFERENCES route_table (id);
