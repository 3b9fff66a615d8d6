-- What an Aliyun instance has beyond the cloud-neutral row: its host name, user data and system disk; and the
-- client tokens that make a create idempotent (the answer of the first request, given again to a retry).

CREATE TABLE instance_detail (
    instance_id          VARCHAR(64)   PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    host_name            VARCHAR(64)   NOT NULL DEFAULT '',
    -- base64, as given (at most 32 KB)
    user_data            VARCHAR(32768) NOT NULL DEFAULT '',
    system_disk_id       VARCHAR(64)   NOT NULL,
    system_disk_category VARCHAR(32)   NOT NULL DEFAULT 'cloud_efficiency',
    system_disk_size     INT           NOT NULL DEFAULT 40
);

CREATE TABLE client_token (
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    token        VARCHAR(64)   NOT NULL,
    -- the ids the first request created, comma-separated
    result       VARCHAR(4000) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cloud, account_id, action, token)
);
