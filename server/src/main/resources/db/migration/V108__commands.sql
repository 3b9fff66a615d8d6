-- The cloud's assistant (Aliyun's Cloud Assistant): commands kept in a region (content: the script, Base64; kept:
-- false for a one-off run's command, never listed), and runs of them on instances, each keeping what its command was
-- when it ran (a command deleted later leaves its runs). A run has one target an instance; the emulator runs no
-- script, so a target ends at once (SUCCEEDED or FAILED) or waits for its schedule until stopped.
CREATE TABLE command (
    id               VARCHAR(64)  PRIMARY KEY,
    cloud            VARCHAR(16)  NOT NULL,
    account_id       VARCHAR(64)  NOT NULL,
    region           VARCHAR(64)  NOT NULL,
    project_id       VARCHAR(64)  NOT NULL DEFAULT '',
    name             VARCHAR(128) NOT NULL,
    description      VARCHAR(512) NOT NULL DEFAULT '',
    type             VARCHAR(32)  NOT NULL,
    content          VARCHAR(24576) NOT NULL,
    working_dir      VARCHAR(256) NOT NULL DEFAULT '',
    timeout          BIGINT       NOT NULL,
    enable_parameter BOOLEAN      NOT NULL,
    kept             BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE invocation (
    id                  VARCHAR(64)  PRIMARY KEY,
    cloud               VARCHAR(16)  NOT NULL,
    account_id          VARCHAR(64)  NOT NULL,
    region              VARCHAR(64)  NOT NULL,
    project_id          VARCHAR(64)  NOT NULL DEFAULT '',
    command_id          VARCHAR(64)  NOT NULL,
    command_name        VARCHAR(128) NOT NULL,
    command_type        VARCHAR(32)  NOT NULL,
    command_description VARCHAR(512) NOT NULL DEFAULT '',
    command_content     VARCHAR(24576) NOT NULL,
    working_dir         VARCHAR(256) NOT NULL DEFAULT '',
    timeout             BIGINT       NOT NULL,
    repeat_mode         VARCHAR(32)  NOT NULL,
    frequency           VARCHAR(256) NOT NULL DEFAULT '',
    parameters          VARCHAR(32768) NOT NULL DEFAULT '',
    username            VARCHAR(256) NOT NULL DEFAULT '',
    state               VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invocation_command ON invocation (command_id);

CREATE TABLE invocation_target (
    invocation_id   VARCHAR(64)  NOT NULL REFERENCES invocation (id) ON DELETE CASCADE,
    instance_id     VARCHAR(64)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    error_code      VARCHAR(64)  NOT NULL DEFAULT '',
    error_info      VARCHAR(256) NOT NULL DEFAULT '',
    exit_code       BIGINT,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    stopped_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (invocation_id, instance_id)
);
CREATE INDEX invocation_target_instance ON invocation_target (instance_id);
