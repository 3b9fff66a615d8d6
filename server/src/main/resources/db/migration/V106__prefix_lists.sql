-- ECS prefix lists: a named set of CIDR blocks of one address family, at most max_entries of them, that security
-- group rules name as their peer (peer_prefix_list_id, '' for none). A prefix list that rules name is not deleted:
-- the deletion locks its row and counts them, a rule naming it locks the row before it is written.
CREATE TABLE prefix_list (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    name            VARCHAR(128) NOT NULL,
    description     VARCHAR(256) NOT NULL DEFAULT '',
    address_family  VARCHAR(8)   NOT NULL,
    max_entries     INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE prefix_list_entry (
    prefix_list_id  VARCHAR(64)  NOT NULL REFERENCES prefix_list (id) ON DELETE CASCADE,
    cidr            VARCHAR(64)  NOT NULL,
    description     VARCHAR(256) NOT NULL DEFAULT '',
    PRIMARY KEY (prefix_list_id, cidr)
);

ALTER TABLE security_group_rule ADD COLUMN peer_prefix_list_id VARCHAR(64) NOT NULL DEFAULT '';
CREATE INDEX security_group_rule_prefix_list ON security_group_rule (peer_prefix_list_id);
