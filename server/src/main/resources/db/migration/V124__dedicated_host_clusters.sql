-- ECS dedicated host clusters (CreateDedicatedHostCluster): a named group of dedicated hosts in one zone. A host names
-- its cluster (null: none), in the cluster's zone; a cluster with hosts is not deleted (checked under its row lock,
-- which a host's joining takes too; the key behind).
CREATE TABLE dedicated_host_cluster (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    zone         VARCHAR(64)  NOT NULL,
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(256) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dedicated_host_cluster_scope ON dedicated_host_cluster (cloud, account_id, region, created_at);
ALTER TABLE dedicated_host ADD COLUMN cluster_id VARCHAR(64);
ALTER TABLE dedicated_host ADD FOREIGN KEY (cluster_id) REFERENCES dedicated_host_cluster (id);
