-- Capacity reservations (Aliyun's CreateCapacityReservation): a private pool of instances of one type in one zone.
-- Instances that use one carry the labels privatePool Target and privatePoolId (resource_label): counted, not kept.
CREATE TABLE capacity_reservation (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    name            VARCHAR(128)  NOT NULL DEFAULT '',
    description     VARCHAR(256)  NOT NULL DEFAULT '',
    instance_type   VARCHAR(64)   NOT NULL,
    zone_id         VARCHAR(64)   NOT NULL,
    instance_amount INT           NOT NULL,
    platform        VARCHAR(16)   NOT NULL,
    match_criteria  VARCHAR(16)   NOT NULL,
    start_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time        TIMESTAMP WITH TIME ZONE,
    end_time_type   VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX capacity_reservation_scope ON capacity_reservation (cloud, account_id, region, created_at);
