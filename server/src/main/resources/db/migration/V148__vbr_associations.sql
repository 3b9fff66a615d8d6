-- Further circuits of a virtual border router (Aliyun's AssociatePhysicalConnectionToVirtualBorderRouter): a VLAN of
-- another Enabled circuit with the gateway addresses of its own peering subnet. A VLAN of a circuit serves one router,
-- whether as the router's own circuit or as an associated one (checked under the circuit's row lock, which every
-- router and association on it takes; the index below keeps associations apart).
CREATE TABLE vbr_association (
    id                       VARCHAR(160)  PRIMARY KEY,
    cloud                    VARCHAR(16)   NOT NULL,
    account_id               VARCHAR(64)   NOT NULL,
    region                   VARCHAR(64)   NOT NULL,
    project_id               VARCHAR(64)   NOT NULL DEFAULT '',
    vbr_id                   VARCHAR(64)   NOT NULL REFERENCES virtual_border_router (id) ON DELETE CASCADE,
    physical_connection_id   VARCHAR(64)   NOT NULL REFERENCES physical_connection (id),
    vlan_id                  INT           NOT NULL,
    local_gateway_ip         VARCHAR(64)   NOT NULL DEFAULT '',
    peer_gateway_ip          VARCHAR(64)   NOT NULL DEFAULT '',
    peering_subnet_mask      VARCHAR(64)   NOT NULL DEFAULT '',
    enable_ipv6              BOOLEAN       NOT NULL,
    local_ipv6_gateway_ip    VARCHAR(64)   NOT NULL DEFAULT '',
    peer_ipv6_gateway_ip     VARCHAR(64)   NOT NULL DEFAULT '',
    peering_ipv6_subnet_mask VARCHAR(64)   NOT NULL DEFAULT '',
    circuit_code             VARCHAR(128)  NOT NULL DEFAULT '',
    status                   VARCHAR(16)   NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vbr_association_scope ON vbr_association (cloud, account_id, region, created_at);
CREATE UNIQUE INDEX vbr_association_vlan ON vbr_association (physical_connection_id, vlan_id);
