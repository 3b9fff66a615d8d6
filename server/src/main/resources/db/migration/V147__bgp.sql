-- BGP on virtual border routers (Aliyun's CreateBgpGroup, CreateBgpPeer, AddBgpNetwork): groups of a router with the
-- peer's ASN, peers of a group, and the blocks a router advertises. A router is not deleted under its groups or
-- networks, a group not under its peers (each checked under the row lock of what is deleted, which their creations
-- take too); no session comes up.
CREATE TABLE bgp_group (
    id            VARCHAR(64)   PRIMARY KEY,
    cloud         VARCHAR(16)   NOT NULL,
    account_id    VARCHAR(64)   NOT NULL,
    region        VARCHAR(64)   NOT NULL,
    project_id    VARCHAR(64)   NOT NULL DEFAULT '',
    router_id     VARCHAR(64)   NOT NULL REFERENCES virtual_border_router (id),
    name          VARCHAR(128)  NOT NULL DEFAULT '',
    description   VARCHAR(256)  NOT NULL DEFAULT '',
    peer_asn      BIGINT        NOT NULL,
    local_asn     BIGINT        NOT NULL,
    auth_key      VARCHAR(64)   NOT NULL DEFAULT '',
    is_fake       BOOLEAN       NOT NULL,
    ip_version    VARCHAR(8)    NOT NULL,
    route_limit   INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bgp_group_scope ON bgp_group (cloud, account_id, region, created_at);

CREATE TABLE bgp_peer (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    bgp_group_id    VARCHAR(64)   NOT NULL REFERENCES bgp_group (id),
    peer_ip_address VARCHAR(64)   NOT NULL DEFAULT '',
    enable_bfd      BOOLEAN       NOT NULL,
    bfd_multi_hop   INT,
    ip_version      VARCHAR(8)    NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bgp_peer_scope ON bgp_peer (cloud, account_id, region, created_at);

-- a network's id is its router's and its block's, as the tools name it (RouterId:DstCidrBlock)
CREATE TABLE bgp_network (
    id              VARCHAR(160)  PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    router_id       VARCHAR(64)   NOT NULL REFERENCES virtual_border_router (id),
    dst_cidr_block  VARCHAR(64)   NOT NULL,
    vpc_id          VARCHAR(64)   NOT NULL DEFAULT '',
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bgp_network_scope ON bgp_network (cloud, account_id, region, created_at);
