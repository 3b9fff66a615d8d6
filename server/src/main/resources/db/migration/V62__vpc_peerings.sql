-- VPC peerings (UCloud VPCIntercom; an Aliyun VPC peer connection later): two VPCs of one account, possibly in
-- different regions and projects, reach each other. Same SQL on H2 and PostgreSQL. A pair of VPCs is peered once,
-- whichever side asked (pair_key: the two ids in order, unique); neither VPC can go while peered (the foreign keys).
CREATE TABLE vpc_peering (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id          VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    peer_region     VARCHAR(64)  NOT NULL,
    peer_project_id VARCHAR(64)  NOT NULL DEFAULT '',
    peer_vpc_id     VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    pair_key        VARCHAR(130) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX vpc_peering_pair ON vpc_peering (pair_key);
CREATE INDEX vpc_peering_vpc ON vpc_peering (vpc_id);
CREATE INDEX vpc_peering_peer ON vpc_peering (peer_vpc_id);
