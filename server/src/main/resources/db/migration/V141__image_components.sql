-- Image Builder components (CreateImageComponent): the build or test steps an image template runs, kept as given.
CREATE TABLE image_component (
    id                 VARCHAR(64)    PRIMARY KEY,
    cloud              VARCHAR(16)    NOT NULL,
    account_id         VARCHAR(64)    NOT NULL,
    region             VARCHAR(64)    NOT NULL,
    project_id         VARCHAR(64)    NOT NULL DEFAULT '',
    name               VARCHAR(128)   NOT NULL DEFAULT '',
    description        VARCHAR(256)   NOT NULL DEFAULT '',
    system_type        VARCHAR(16)    NOT NULL,
    component_type     VARCHAR(16)    NOT NULL,
    component_version  VARCHAR(32)    NOT NULL DEFAULT '',
    content            VARCHAR(16384) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX image_component_scope ON image_component (cloud, account_id, region, created_at);
