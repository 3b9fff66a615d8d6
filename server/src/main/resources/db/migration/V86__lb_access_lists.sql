-- Access control lists of load balancers (Aliyun SLB's ACLs): a named list of address blocks of one IP version, and
-- the listeners that filter their clients by it (a white or black list: the listener's own AclType setting). Same SQL
-- on H2 and PostgreSQL.
--
-- A block is in a list once (the unique index). A listener binds one list at most (the binding's primary key); a list
-- a listener binds is not deleted (checked under the list's row lock, which a binding takes too; the foreign key holds
-- it against a binding made at the same time); a listener's binding goes with the listener.
CREATE TABLE lb_acl (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(256) NOT NULL,
    ip_version   VARCHAR(8)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lb_acl_scope ON lb_acl (cloud, account_id, region, created_at);

CREATE TABLE lb_acl_entry (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    acl_id       VARCHAR(64)  NOT NULL REFERENCES lb_acl (id) ON DELETE CASCADE,
    entry        VARCHAR(64)  NOT NULL,
    comment      VARCHAR(256) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_acl_entry_block ON lb_acl_entry (acl_id, entry);
CREATE INDEX lb_acl_entry_scope ON lb_acl_entry (cloud, account_id, region, created_at);

CREATE TABLE lb_acl_binding (
    listener_id  VARCHAR(64) PRIMARY KEY REFERENCES lb_listener (id) ON DELETE CASCADE,
    acl_id       VARCHAR(64) NOT NULL REFERENCES lb_acl (id)
);
CREATE INDEX lb_acl_binding_acl ON lb_acl_binding (acl_id);
