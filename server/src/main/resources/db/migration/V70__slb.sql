-- Aliyun SLB (classic load balancer) on the load balancers of V61. Same SQL on H2 and PostgreSQL.
--
-- An internet SLB created without a vSwitch stands in no VPC (NetworkType classic): vpc_id and subnet_id may be NULL.
ALTER TABLE load_balancer ALTER COLUMN vpc_id DROP NOT NULL;
ALTER TABLE load_balancer ALTER COLUMN subnet_id DROP NOT NULL;
-- The offer: its spec (Aliyun LoadBalancerSpec, '' for none), bandwidth (Mbps, -1 for pay by traffic without a cap) and
-- how it is billed (internet charge type), in the cloud's words.
ALTER TABLE load_balancer ADD COLUMN spec VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE load_balancer ADD COLUMN bandwidth INT NOT NULL DEFAULT 0;
ALTER TABLE load_balancer ADD COLUMN charge_type VARCHAR(32) NOT NULL DEFAULT '';
-- active or inactive (Aliyun SetLoadBalancerStatus); a deletion-protected one cannot be deleted.
ALTER TABLE load_balancer ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'active';
ALTER TABLE load_balancer ADD COLUMN delete_protection BOOLEAN NOT NULL DEFAULT FALSE;
-- The public address of an internet-facing one (NULL: none); never two load balancers with one address.
ALTER TABLE load_balancer ADD COLUMN public_address VARCHAR(64);
CREATE UNIQUE INDEX load_balancer_public_address ON load_balancer (public_address);

-- A listener's port on the backends (NULL: the backends' own ports, UCloud), its bandwidth cap (NULL: none), whether
-- it runs (Aliyun: a new listener is stopped until started) and the rest of its settings in the cloud's own words, as
-- a query string (Key=Value&...), kept as given.
ALTER TABLE lb_listener ADD COLUMN backend_port INT;
ALTER TABLE lb_listener ADD COLUMN bandwidth INT;
ALTER TABLE lb_listener ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'running';
ALTER TABLE lb_listener ADD COLUMN settings VARCHAR(4000) NOT NULL DEFAULT '';
-- Two listeners never take one port and protocol family of a load balancer (port_family: tcp for TCP, HTTP and
-- HTTPS, udp for UDP), also when two requests race.
ALTER TABLE lb_listener ADD COLUMN port_family VARCHAR(8) NOT NULL DEFAULT '';
UPDATE lb_listener SET port_family = CASE WHEN UPPER(protocol) = 'UDP' THEN 'udp' ELSE 'tcp' END;
CREATE UNIQUE INDEX lb_listener_port ON lb_listener (load_balancer_id, port_family, port);

-- A member of a load balancer's default server pool (Aliyun BackendServers): an instance (server_type ecs) or a
-- network interface (eni) serving every listener of the load balancer on the listener's backend port, with its weight.
-- A server is a member once (the unique index); it goes with its load balancer, and with its instance or interface
-- (releasing either takes it out: the foreign keys cascade in the releasing transaction).
CREATE TABLE lb_member (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)  NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    server_id         VARCHAR(64)  NOT NULL,
    server_type       VARCHAR(16)  NOT NULL,
    instance_id       VARCHAR(64)  REFERENCES instance (id) ON DELETE CASCADE,
    interface_id      VARCHAR(64)  REFERENCES network_interface (id) ON DELETE CASCADE,
    server_ip         VARCHAR(64)  NOT NULL DEFAULT '',
    weight            INT          NOT NULL,
    description       VARCHAR(256) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_member_server ON lb_member (load_balancer_id, server_id);
CREATE INDEX lb_member_instance ON lb_member (instance_id);
CREATE INDEX lb_member_interface ON lb_member (interface_id);
CREATE INDEX lb_member_scope ON lb_member (cloud, account_id, region, created_at);
