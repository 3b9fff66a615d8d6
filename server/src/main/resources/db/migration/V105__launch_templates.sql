-- Aliyun's launch templates: a named template of a region with numbered versions, each the instance settings it
-- keeps (data, a JSON document of the parameters the version was created with). Version numbers count up and are
-- never reused (latest_version, the last one made); one version is the default. Versions are made and deleted
-- under the template's row lock, which counts them.
CREATE TABLE launch_template (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    name            VARCHAR(128) NOT NULL,
    default_version BIGINT       NOT NULL,
    latest_version  BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX launch_template_name ON launch_template (cloud, account_id, region, project_id, name);

CREATE TABLE launch_template_version (
    template_id     VARCHAR(64)  NOT NULL REFERENCES launch_template (id) ON DELETE CASCADE,
    version_number  BIGINT       NOT NULL,
    description     VARCHAR(256),
    data            VARCHAR(262144) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (template_id, version_number)
);
