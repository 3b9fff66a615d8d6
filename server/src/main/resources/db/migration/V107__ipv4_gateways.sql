-- Aliyun's IPv4 gateways: one a VPC (the unique index), made disabled and enabled once; route entries may send
-- traffic to one (next_hop_id), and a gateway they name is not deleted. A VPC with a gateway is not deleted (the key).
CREATE TABLE ipv4_gateway (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id          VARCHAR(64)  NOT NULL,
    name            VARCHAR(128) NOT NULL DEFAULT '',
    description     VARCHAR(256) NOT NULL DEFAULT '',
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ipv4_gateway_vpc ON ipv4_gateway (vpc_id);
ALTER TABLE ipv4_gateway ADD FOREIGN KEY (vpc_id) REFERENCES vpc (id);
