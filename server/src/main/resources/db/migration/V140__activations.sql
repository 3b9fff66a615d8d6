-- Cloud Assistant activation codes (CreateActivation): what servers outside the cloud register as managed instances
-- with. The code itself is answered once, at creation, and not kept.
CREATE TABLE activation (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    instance_name         VARCHAR(64)  NOT NULL DEFAULT '',
    description           VARCHAR(128) NOT NULL DEFAULT '',
    instance_count        INT          NOT NULL,
    time_to_live_in_hours BIGINT       NOT NULL,
    ip_address_range      VARCHAR(64)  NOT NULL,
    disabled              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activation_scope ON activation (cloud, account_id, region, created_at);
