-- The VPN's IPsec servers (client-to-site over IKE, CreateIpsecServer): one a gateway with SSL VPN enabled (the unique
-- index, the gateway's row lock), their IKE and IPsec settings kept as JSON over the cloud's, gone with their gateway.
CREATE TABLE ipsec_server (
    id                  VARCHAR(64)   PRIMARY KEY,
    cloud               VARCHAR(16)   NOT NULL,
    account_id          VARCHAR(64)   NOT NULL,
    region              VARCHAR(64)   NOT NULL,
    project_id          VARCHAR(64)   NOT NULL DEFAULT '',
    vpn_gateway_id      VARCHAR(64)   NOT NULL,
    name                VARCHAR(128)  NOT NULL DEFAULT '',
    client_ip_pool      VARCHAR(64)   NOT NULL,
    local_subnet        VARCHAR(1024) NOT NULL,
    effect_immediately  BOOLEAN       NOT NULL,
    ike_config          VARCHAR(1024) NOT NULL,
    ipsec_config        VARCHAR(1024) NOT NULL,
    psk                 VARCHAR(128)  NOT NULL,
    psk_enabled         BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ipsec_server_gateway ON ipsec_server (vpn_gateway_id);
ALTER TABLE ipsec_server ADD FOREIGN KEY (vpn_gateway_id) REFERENCES vpn_gateway (id) ON DELETE CASCADE;
