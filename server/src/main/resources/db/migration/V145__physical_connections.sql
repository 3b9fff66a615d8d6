-- Express Connect circuits (Aliyun's CreatePhysicalConnection): a port leased at an access point, Allocated at once,
-- then Confirmed, Enabled, and Canceled or Terminated by the caller's own calls.
CREATE TABLE physical_connection (
    id              VARCHAR(64)   PRIMARY KEY,
    cloud           VARCHAR(16)   NOT NULL,
    account_id      VARCHAR(64)   NOT NULL,
    region          VARCHAR(64)   NOT NULL,
    project_id      VARCHAR(64)   NOT NULL DEFAULT '',
    access_point_id VARCHAR(64)   NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    line_operator   VARCHAR(16)   NOT NULL,
    port_type       VARCHAR(16)   NOT NULL DEFAULT '',
    bandwidth       INT,
    peer_location   VARCHAR(256)  NOT NULL DEFAULT '',
    circuit_code    VARCHAR(128)  NOT NULL DEFAULT '',
    redundant_id    VARCHAR(64)   NOT NULL DEFAULT '',
    name            VARCHAR(128)  NOT NULL DEFAULT '',
    description     VARCHAR(256)  NOT NULL DEFAULT '',
    status          VARCHAR(24)   NOT NULL,
    charge_type     VARCHAR(16)   NOT NULL DEFAULT '',
    enabled_at      TIMESTAMP WITH TIME ZONE,
    end_time        TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX physical_connection_scope ON physical_connection (cloud, account_id, region, created_at);
