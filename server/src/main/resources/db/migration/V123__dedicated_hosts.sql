-- ECS dedicated hosts (AllocateDedicatedHosts): a host of a type in a zone, Available at once; instances placed on
-- one carry its id (resource_label dedicatedHost). A host with instances is not released, checked under its row lock,
-- which a placement takes too. auto_release_time and cpu_over_commit_ratio are kept as given ('' for none); a
-- subscription's end is expires_at (null for pay-as-you-go).
CREATE TABLE dedicated_host (
    id                     VARCHAR(64)  PRIMARY KEY,
    cloud                  VARCHAR(16)  NOT NULL,
    account_id             VARCHAR(64)  NOT NULL,
    region                 VARCHAR(64)  NOT NULL,
    project_id             VARCHAR(64)  NOT NULL DEFAULT '',
    zone                   VARCHAR(64)  NOT NULL,
    host_type              VARCHAR(64)  NOT NULL,
    name                   VARCHAR(128) NOT NULL DEFAULT '',
    description            VARCHAR(256) NOT NULL DEFAULT '',
    action_on_maintenance  VARCHAR(16)  NOT NULL,
    auto_placement         VARCHAR(8)   NOT NULL,
    auto_release_time      VARCHAR(32)  NOT NULL DEFAULT '',
    cpu_over_commit_ratio  VARCHAR(16)  NOT NULL DEFAULT '',
    charge_type            VARCHAR(16)  NOT NULL,
    sale_cycle             VARCHAR(16)  NOT NULL DEFAULT '',
    expires_at             TIMESTAMP WITH TIME ZONE,
    slb_udp_timeout        INT          NOT NULL,
    udp_timeout            INT          NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dedicated_host_scope ON dedicated_host (cloud, account_id, region, created_at);
