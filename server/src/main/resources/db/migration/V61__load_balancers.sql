-- Load balancers (UCloud ULB; an Aliyun SLB later), their listeners (UCloud VServers) and backends. Same SQL on H2
-- and PostgreSQL. Every load balancer stands in a subnet of a VPC (neither can go while it does: the foreign keys);
-- an internal one holds an address of that subnet (subnet_address, owner = the load balancer).
CREATE TABLE load_balancer (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL,
    tag          VARCHAR(64)  NOT NULL DEFAULT '',
    remark       VARCHAR(512) NOT NULL DEFAULT '',
    vpc_id       VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    subnet_id    VARCHAR(64)  NOT NULL REFERENCES subnet (id),
    -- true: reachable from its VPC only (UCloud InnerMode, Aliyun intranet); its address is private_ip
    internal     BOOLEAN      NOT NULL,
    private_ip   VARCHAR(64)  NOT NULL DEFAULT '',
    -- UCloud only: RequestProxy or PacketsTransmit, the kind of every VServer of the ULB
    listen_type  VARCHAR(32),
    -- UCloud only: the UNet firewall applied to the ULB (none: NULL); a firewall in use cannot go
    firewall_id  VARCHAR(64)  REFERENCES firewall (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX load_balancer_scope ON load_balancer (cloud, account_id, region, created_at);
CREATE INDEX load_balancer_vpc ON load_balancer (vpc_id);
CREATE INDEX load_balancer_subnet ON load_balancer (subnet_id);
CREATE INDEX load_balancer_firewall ON load_balancer (firewall_id);

-- A listener: a protocol and a port of its load balancer (the port is checked free under the load balancer's row
-- lock), how it spreads requests (method), keeps sessions (persistence) and checks its backends (health_check), in
-- the cloud's own words (UCloud: Roundrobin, ServerInsert, Port/Path). They go with their load balancer.
CREATE TABLE lb_listener (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)  NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    name              VARCHAR(128) NOT NULL,
    protocol          VARCHAR(16)  NOT NULL,
    port              INT          NOT NULL,
    method            VARCHAR(32)  NOT NULL,
    persistence       VARCHAR(32)  NOT NULL,
    persistence_info  VARCHAR(512) NOT NULL DEFAULT '',
    idle_timeout      INT          NOT NULL,
    health_check      VARCHAR(32)  NOT NULL,
    health_domain     VARCHAR(256) NOT NULL DEFAULT '',
    health_path       VARCHAR(256) NOT NULL DEFAULT '',
    -- UCloud only: RequestProxy or PacketsTransmit
    listen_type       VARCHAR(32),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lb_listener_load_balancer ON lb_listener (load_balancer_id, created_at);

-- A backend: an instance serving a listener on a port. One instance and port once per listener (the unique index);
-- a backend goes with its listener, and with its instance (terminating a host takes it out of every listener).
CREATE TABLE lb_backend (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)  NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    listener_id       VARCHAR(64)  NOT NULL REFERENCES lb_listener (id) ON DELETE CASCADE,
    instance_id       VARCHAR(64)  NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
    port              INT          NOT NULL,
    weight            INT          NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    -- UCloud only: a backup server (IsBackup), used when the others fail
    backup            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_backend_target ON lb_backend (listener_id, instance_id, port);
CREATE INDEX lb_backend_load_balancer ON lb_backend (load_balancer_id, created_at);
CREATE INDEX lb_backend_instance ON lb_backend (instance_id);
