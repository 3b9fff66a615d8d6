-- One schema for both clouds. The same SQL runs on H2 and PostgreSQL.
-- Every resource belongs to one cloud, one account, one region and (UCloud) one project.

CREATE TABLE security_group (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(512) NOT NULL DEFAULT '',
    vpc_id       VARCHAR(64)  NOT NULL DEFAULT '',
    group_type   VARCHAR(32)  NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX security_group_scope ON security_group (cloud, account_id, region, created_at);

CREATE TABLE instance (
    id            VARCHAR(64)  PRIMARY KEY,
    cloud         VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    region        VARCHAR(64)  NOT NULL,
    project_id    VARCHAR(64)  NOT NULL DEFAULT '',
    zone          VARCHAR(64)  NOT NULL DEFAULT '',
    name          VARCHAR(128) NOT NULL DEFAULT '',
    description   VARCHAR(512) NOT NULL DEFAULT '',
    image_id      VARCHAR(128) NOT NULL DEFAULT '',
    instance_type VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id        VARCHAR(64)  NOT NULL DEFAULT '',
    cpu           INT          NOT NULL DEFAULT 1,
    memory_mb     INT          NOT NULL DEFAULT 1024,
    status        VARCHAR(16)  NOT NULL,
    -- a status change in progress: status becomes next_status at settles_at
    next_status   VARCHAR(16),
    settles_at    TIMESTAMP WITH TIME ZONE,
    -- 'security' while the instance is locked for security reasons
    lock_reason   VARCHAR(32),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX instance_scope ON instance (cloud, account_id, region, created_at);
CREATE INDEX instance_settling ON instance (settles_at);

CREATE TABLE membership (
    instance_id  VARCHAR(64) NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
    group_id     VARCHAR(64) NOT NULL REFERENCES security_group (id),
    priority     INT         NOT NULL DEFAULT 1,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (instance_id, group_id)
);
CREATE INDEX membership_group ON membership (group_id, instance_id);

-- Signature nonces seen within the replay window, shared by every server process on one store.
CREATE TABLE signature_nonce (
    credential   VARCHAR(128) NOT NULL,
    nonce        VARCHAR(128) NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (credential, nonce)
);
CREATE INDEX signature_nonce_age ON signature_nonce (seen_at);
