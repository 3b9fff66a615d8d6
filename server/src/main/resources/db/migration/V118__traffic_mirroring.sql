-- Traffic mirroring (Aliyun VPC): filters with their rules (a priority once per filter and direction: the unique
-- index), and sessions copying the traffic of their sources (network interfaces) to a target through a filter. A
-- session's priority is taken once per account and region (the unique index); a filter a session uses is not deleted
-- (the service checks it under the filter's row lock, which a session's creation also takes; the key stands behind).
CREATE TABLE traffic_mirror_filter (
    id           VARCHAR(64)   PRIMARY KEY,
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    region       VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL DEFAULT '',
    name         VARCHAR(128)  NOT NULL DEFAULT '',
    description  VARCHAR(256)  NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX traffic_mirror_filter_scope ON traffic_mirror_filter (cloud, account_id, region, created_at);

CREATE TABLE traffic_mirror_rule (
    id                      VARCHAR(64)   PRIMARY KEY,
    cloud                   VARCHAR(16)   NOT NULL,
    account_id              VARCHAR(64)   NOT NULL,
    region                  VARCHAR(64)   NOT NULL,
    project_id              VARCHAR(64)   NOT NULL DEFAULT '',
    filter_id               VARCHAR(64)   NOT NULL REFERENCES traffic_mirror_filter (id) ON DELETE CASCADE,
    direction               VARCHAR(16)   NOT NULL,
    priority                INT           NOT NULL,
    action                  VARCHAR(16)   NOT NULL,
    protocol                VARCHAR(16)   NOT NULL,
    source_cidr             VARCHAR(64)   NOT NULL,
    destination_cidr        VARCHAR(64)   NOT NULL,
    source_port_range       VARCHAR(32)   NOT NULL,
    destination_port_range  VARCHAR(32)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX traffic_mirror_rule_priority ON traffic_mirror_rule (filter_id, direction, priority);

CREATE TABLE traffic_mirror_session (
    id                  VARCHAR(64)   PRIMARY KEY,
    cloud               VARCHAR(16)   NOT NULL,
    account_id          VARCHAR(64)   NOT NULL,
    region              VARCHAR(64)   NOT NULL,
    project_id          VARCHAR(64)   NOT NULL DEFAULT '',
    name                VARCHAR(128)  NOT NULL DEFAULT '',
    description         VARCHAR(256)  NOT NULL DEFAULT '',
    filter_id           VARCHAR(64)   NOT NULL REFERENCES traffic_mirror_filter (id),
    target_id           VARCHAR(64)   NOT NULL,
    target_type         VARCHAR(32)   NOT NULL,
    priority            INT           NOT NULL,
    virtual_network_id  INT           NOT NULL,
    packet_length       INT           NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX traffic_mirror_session_priority ON traffic_mirror_session (cloud, account_id, region, priority);
CREATE INDEX traffic_mirror_session_scope ON traffic_mirror_session (cloud, account_id, region, created_at);

CREATE TABLE traffic_mirror_source (
    session_id  VARCHAR(64)  NOT NULL REFERENCES traffic_mirror_session (id) ON DELETE CASCADE,
    source_id   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, source_id)
);
CREATE INDEX traffic_mirror_source_by_source ON traffic_mirror_source (source_id);
