-- UCloud business-group tag on hosts and groups, and security-group rules.
ALTER TABLE instance ADD COLUMN tag VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE security_group ADD COLUMN tag VARCHAR(64) NOT NULL DEFAULT '';

CREATE TABLE security_group_rule (
    id           VARCHAR(64)  PRIMARY KEY,
    group_id     VARCHAR(64)  NOT NULL REFERENCES security_group (id) ON DELETE CASCADE,
    direction    VARCHAR(16)  NOT NULL,
    ip_range     VARCHAR(512) NOT NULL,
    priority     INT          NOT NULL,
    protocol     VARCHAR(16)  NOT NULL,
    dst_port     VARCHAR(256) NOT NULL,
    rule_action  VARCHAR(16)  NOT NULL,
    remark       VARCHAR(256) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX security_group_rule_group ON security_group_rule (group_id, created_at);
