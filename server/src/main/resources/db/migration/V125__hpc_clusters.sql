-- ECS HPC clusters (CreateHpcCluster): a named group for instances of the SCC families, of which the catalog has none,
-- so no instance joins one here.
CREATE TABLE hpc_cluster (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL,
    description  VARCHAR(256) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hpc_cluster_scope ON hpc_cluster (cloud, account_id, region, created_at);
