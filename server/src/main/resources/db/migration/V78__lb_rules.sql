-- Forwarding rules of a load balancer's HTTP or HTTPS listener (UCloud ULB content forwarding policies): requests
-- whose host (Domain) or path (Path) matches go to the rule's backends, which are backends of the same listener. A
-- rule goes with its listener; a backend goes out of its rules with its host (the cascade), but ReleaseBackend
-- refuses a backend a rule holds (checked under the load balancer's row lock, as the rules are changed).
CREATE TABLE lb_rule (
    id                VARCHAR(64)   PRIMARY KEY,
    cloud             VARCHAR(16)   NOT NULL,
    account_id        VARCHAR(64)   NOT NULL,
    region            VARCHAR(64)   NOT NULL,
    project_id        VARCHAR(64)   NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)   NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    listener_id       VARCHAR(64)   NOT NULL REFERENCES lb_listener (id) ON DELETE CASCADE,
    match_type        VARCHAR(16)   NOT NULL,
    match_text        VARCHAR(1024) NOT NULL,
    match_mode        VARCHAR(16)   NOT NULL DEFAULT '',
    priority          INT           NOT NULL DEFAULT 0,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lb_rule_listener ON lb_rule (listener_id, created_at);

CREATE TABLE lb_rule_backend (
    rule_id     VARCHAR(64) NOT NULL REFERENCES lb_rule (id) ON DELETE CASCADE,
    backend_id  VARCHAR(64) NOT NULL REFERENCES lb_backend (id) ON DELETE CASCADE,
    PRIMARY KEY (rule_id, backend_id)
);
CREATE INDEX lb_rule_backend_backend ON lb_rule_backend (backend_id);
