-- Forwarding rules of Aliyun SLB's HTTP and HTTPS listeners: the requests for a domain and/or a URL path go to a
-- server group of the listener's load balancer; settings: the rule's own scheduling, session and health check settings
-- under the API's names (used when it does not follow its listener's). Same SQL on H2 and PostgreSQL.
--
-- A rule's domain and URL together are its listener's once (the unique index). A rule goes with its
-- listener; a server group a rule sends to is not deleted (checked under the load balancer's row lock, which every
-- change of its rules, listeners and groups takes; the cascade only lets a load balancer's deletion take its rules and
-- groups in any order).
CREATE TABLE lb_listener_rule (
    id                VARCHAR(64)   PRIMARY KEY,
    cloud             VARCHAR(16)   NOT NULL,
    account_id        VARCHAR(64)   NOT NULL,
    region            VARCHAR(64)   NOT NULL,
    project_id        VARCHAR(64)   NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)   NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    listener_id       VARCHAR(64)   NOT NULL REFERENCES lb_listener (id) ON DELETE CASCADE,
    name              VARCHAR(64)   NOT NULL,
    domain            VARCHAR(256)  NOT NULL DEFAULT '',
    url               VARCHAR(128)  NOT NULL DEFAULT '',
    server_group_id   VARCHAR(64)   NOT NULL REFERENCES lb_server_group (id) ON DELETE CASCADE,
    settings          VARCHAR(4000) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_listener_rule_match ON lb_listener_rule (listener_id, domain, url);
CREATE INDEX lb_listener_rule_group ON lb_listener_rule (server_group_id);
CREATE INDEX lb_listener_rule_scope ON lb_listener_rule (cloud, account_id, region, created_at);
