-- Image builder pipelines (Aliyun's CreateImagePipeline): a template (BuildContent) over a base image, and what to
-- build with and where the image goes (ToRegionId, AddAccount, kept as the cloud's comma-separated lists).
CREATE TABLE image_pipeline (
    id                          VARCHAR(64)   PRIMARY KEY,
    cloud                       VARCHAR(16)   NOT NULL,
    account_id                  VARCHAR(64)   NOT NULL,
    region                      VARCHAR(64)   NOT NULL,
    project_id                  VARCHAR(64)   NOT NULL DEFAULT '',
    name                        VARCHAR(128)  NOT NULL DEFAULT '',
    description                 VARCHAR(256)  NOT NULL DEFAULT '',
    base_image_type             VARCHAR(16)   NOT NULL,
    base_image                  VARCHAR(128)  NOT NULL DEFAULT '',
    image_name                  VARCHAR(64)   NOT NULL DEFAULT '',
    vswitch_id                  VARCHAR(64)   NOT NULL DEFAULT '',
    instance_type               VARCHAR(64)   NOT NULL DEFAULT '',
    system_disk_size            INT           NOT NULL,
    internet_max_bandwidth_out  INT           NOT NULL,
    delete_instance_on_failure  BOOLEAN       NOT NULL,
    build_content               VARCHAR(16384) NOT NULL DEFAULT '',
    to_region_ids               VARCHAR(2048) NOT NULL DEFAULT '',
    add_accounts                VARCHAR(2048) NOT NULL DEFAULT '',
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX image_pipeline_scope ON image_pipeline (cloud, account_id, region, created_at);

-- A pipeline's executions (StartImagePipelineExecution): each builds at once, its image (image_id) made; gone with
-- the pipeline.
CREATE TABLE image_pipeline_execution (
    id           VARCHAR(64)   PRIMARY KEY,
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    region       VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL DEFAULT '',
    pipeline_id  VARCHAR(64)   NOT NULL REFERENCES image_pipeline (id) ON DELETE CASCADE,
    status       VARCHAR(16)   NOT NULL,
    message      VARCHAR(256)  NOT NULL DEFAULT '',
    image_id     VARCHAR(64)   NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX image_pipeline_execution_pipeline ON image_pipeline_execution (pipeline_id, created_at);
