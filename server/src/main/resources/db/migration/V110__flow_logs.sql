-- Aliyun's VPC flow logs: the traffic of a VPC, a vSwitch or a network interface (resource_kind VPC, SUBNET,
-- INTERFACE), delivered to a log store of a log project. Names only: the log service is not emulated and no record is
-- ever written. active: Active or Inactive. trafficPaths: comma-separated; aggregation_interval: minutes.
CREATE TABLE flow_log (
    id                   VARCHAR(64)  PRIMARY KEY,
    cloud                VARCHAR(16)  NOT NULL,
    account_id           VARCHAR(64)  NOT NULL,
    region               VARCHAR(64)  NOT NULL,
    project_id           VARCHAR(64)  NOT NULL DEFAULT '',
    name                 VARCHAR(128) NOT NULL DEFAULT '',
    description          VARCHAR(256) NOT NULL DEFAULT '',
    resource_kind        VARCHAR(16)  NOT NULL,
    resource_id          VARCHAR(64)  NOT NULL,
    vpc_id               VARCHAR(64)  NOT NULL,
    traffic_type         VARCHAR(16)  NOT NULL,
    log_project          VARCHAR(128) NOT NULL DEFAULT '',
    log_store            VARCHAR(128) NOT NULL DEFAULT '',
    aggregation_interval INTEGER      NOT NULL,
    traffic_paths        VARCHAR(128) NOT NULL,
    ip_version           VARCHAR(16)  NOT NULL,
    active               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX flow_log_resource ON flow_log (resource_id);
