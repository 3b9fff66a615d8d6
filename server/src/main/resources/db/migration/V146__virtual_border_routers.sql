-- Virtual border routers (Aliyun's CreateVirtualBorderRouter): a VLAN of an Enabled Express Connect circuit, routed by
-- a route table of its own. A VLAN serves one router of its circuit; a circuit is not deleted under its routers.
CREATE TABLE virtual_border_router (
    id                       VARCHAR(64)   PRIMARY KEY,
    cloud                    VARCHAR(16)   NOT NULL,
    account_id               VARCHAR(64)   NOT NULL,
    region                   VARCHAR(64)   NOT NULL,
    project_id               VARCHAR(64)   NOT NULL DEFAULT '',
    physical_connection_id   VARCHAR(64)   NOT NULL REFERENCES physical_connection (id),
    access_point_id          VARCHAR(64)   NOT NULL,
    vlan_id                  INT           NOT NULL,
    local_gateway_ip         VARCHAR(64)   NOT NULL DEFAULT '',
    peer_gateway_ip          VARCHAR(64)   NOT NULL DEFAULT '',
    peering_subnet_mask      VARCHAR(64)   NOT NULL DEFAULT '',
    enable_ipv6              BOOLEAN       NOT NULL,
    local_ipv6_gateway_ip    VARCHAR(64)   NOT NULL DEFAULT '',
    peer_ipv6_gateway_ip     VARCHAR(64)   NOT NULL DEFAULT '',
    peering_ipv6_subnet_mask VARCHAR(64)   NOT NULL DEFAULT '',
    circuit_code             VARCHAR(128)  NOT NULL DEFAULT '',
    name                     VARCHAR(128)  NOT NULL DEFAULT '',
    description              VARCHAR(256)  NOT NULL DEFAULT '',
    bandwidth                INT,
    min_rx_interval          BIGINT        NOT NULL,
    min_tx_interval          BIGINT        NOT NULL,
    detect_multiplier        BIGINT        NOT NULL,
    mtu                      INT           NOT NULL,
    sitelink_enable          BOOLEAN       NOT NULL,
    route_table_id           VARCHAR(64)   NOT NULL,
    vlan_interface_id        VARCHAR(64)   NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    activated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    terminated_at            TIMESTAMP WITH TIME ZONE,
    recovered_at             TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX virtual_border_router_scope ON virtual_border_router (cloud, account_id, region, created_at);
CREATE UNIQUE INDEX virtual_border_router_vlan ON virtual_border_router (physical_connection_id, vlan_id);
