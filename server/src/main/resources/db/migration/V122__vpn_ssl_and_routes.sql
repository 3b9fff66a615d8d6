-- The VPN's SSL servers (one a gateway, the unique index) with their client certificates, which go with their server;
-- and the gateways' route entries: destination-based (policy false) and policy-based (policy true, with a source),
-- each to a VPN connection of the gateway as its next hop, gone with that connection. A gateway with an SSL server
-- or a route entry is not deleted (checked under its row lock, the keys behind).
CREATE TABLE ssl_vpn_server (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    vpn_gateway_id  VARCHAR(64)   NOT NULL,
    name            VARCHAR(128)  NOT NULL DEFAULT '',
    client_ip_pool  VARCHAR(64)   NOT NULL,
    local_subnet    VARCHAR(1024) NOT NULL,
    proto           VARCHAR(8)    NOT NULL,
    cipher          VARCHAR(16)   NOT NULL,
    port            INT           NOT NULL,
    compress        BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ssl_vpn_server_gateway ON ssl_vpn_server (vpn_gateway_id);
ALTER TABLE ssl_vpn_server ADD FOREIGN KEY (vpn_gateway_id) REFERENCES vpn_gateway (id);

CREATE TABLE ssl_vpn_client_cert (
    id                 VARCHAR(64)  PRIMARY KEY,
    cloud              VARCHAR(16)  NOT NULL,
    account_id         VARCHAR(64)  NOT NULL,
    region             VARCHAR(64)  NOT NULL,
    project_id         VARCHAR(64)  NOT NULL DEFAULT '',
    ssl_vpn_server_id  VARCHAR(64)  NOT NULL REFERENCES ssl_vpn_server (id) ON DELETE CASCADE,
    name               VARCHAR(128) NOT NULL DEFAULT '',
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ssl_vpn_client_cert_server ON ssl_vpn_client_cert (ssl_vpn_server_id);

CREATE TABLE vpn_route_entry (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    vpn_gateway_id  VARCHAR(64)  NOT NULL REFERENCES vpn_gateway (id),
    policy          BOOLEAN      NOT NULL,
    route_source    VARCHAR(64)  NOT NULL DEFAULT '',
    route_dest      VARCHAR(64)  NOT NULL,
    next_hop        VARCHAR(64)  NOT NULL REFERENCES vpn_connection (id) ON DELETE CASCADE,
    weight          INT          NOT NULL,
    published       BOOLEAN      NOT NULL,
    description     VARCHAR(256) NOT NULL DEFAULT '',
    priority        INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX vpn_route_entry_route ON vpn_route_entry (vpn_gateway_id, policy, route_source, route_dest, next_hop);
CREATE INDEX vpn_route_entry_next_hop ON vpn_route_entry (next_hop);
