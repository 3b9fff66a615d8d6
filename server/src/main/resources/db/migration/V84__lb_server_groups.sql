-- Aliyun SLB's VServer groups: named server pools of a load balancer, each member a server (an instance, server_type
-- ecs, or a network interface, eni) on a port with its weight. A listener forwards to one of its load balancer's
-- groups (lb_listener.server_group_id) instead of the default pool. Same SQL on H2 and PostgreSQL.
--
-- A group goes with its load balancer; a group a listener forwards to is not deleted (checked under the load
-- balancer's row lock, which every change of its listeners and groups takes; the listener's foreign key keeps the
-- reference to a group that exists). A server is a member once per port (the unique index), and leaves every group
-- when its instance or interface goes (the foreign keys cascade).
CREATE TABLE lb_server_group (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)  NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    name              VARCHAR(256) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lb_server_group_load_balancer ON lb_server_group (load_balancer_id, created_at);
CREATE INDEX lb_server_group_scope ON lb_server_group (cloud, account_id, region, created_at);

CREATE TABLE lb_server_group_member (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    server_group_id   VARCHAR(64)  NOT NULL REFERENCES lb_server_group (id) ON DELETE CASCADE,
    server_id         VARCHAR(64)  NOT NULL,
    server_type       VARCHAR(16)  NOT NULL,
    instance_id       VARCHAR(64)  REFERENCES instance (id) ON DELETE CASCADE,
    interface_id      VARCHAR(64)  REFERENCES network_interface (id) ON DELETE CASCADE,
    server_ip         VARCHAR(64)  NOT NULL DEFAULT '',
    port              INT          NOT NULL,
    weight            INT          NOT NULL,
    description       VARCHAR(256) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_server_group_member_server ON lb_server_group_member (server_group_id, server_id, port);
CREATE INDEX lb_server_group_member_instance ON lb_server_group_member (instance_id);
CREATE INDEX lb_server_group_member_interface ON lb_server_group_member (interface_id);
CREATE INDEX lb_server_group_member_scope ON lb_server_group_member (cloud, account_id, region, created_at);

-- NULL: the default pool. SET NULL only lets a load balancer's deletion take its listeners and groups in any order.
ALTER TABLE lb_listener ADD COLUMN server_group_id VARCHAR(64) REFERENCES lb_server_group (id) ON DELETE SET NULL;
CREATE INDEX lb_listener_server_group ON lb_listener (server_group_id);
