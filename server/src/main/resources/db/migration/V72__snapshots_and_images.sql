-- Snapshots of disks and custom images (Aliyun ECS, issue 20). Same SQL on H2 and PostgreSQL.
-- A snapshot keeps what it was taken of (disk_id, its size, kind and category, its instance then) but no foreign key
-- to the disk: a manual snapshot outlives its disk, as on the real cloud.
CREATE TABLE snapshot (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    name                  VARCHAR(256) NOT NULL DEFAULT '',
    description           VARCHAR(512) NOT NULL DEFAULT '',
    disk_id               VARCHAR(64)  NOT NULL,
    source_disk_size      INTEGER      NOT NULL,
    source_disk_kind      VARCHAR(16)  NOT NULL,
    source_disk_category  VARCHAR(64)  NOT NULL DEFAULT '',
    instance_id           VARCHAR(64)  NOT NULL DEFAULT '',
    category              VARCHAR(32)  NOT NULL DEFAULT 'standard',
    retention_days        INTEGER,
    encrypted             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX snapshot_disk ON snapshot (disk_id);
CREATE INDEX snapshot_scope ON snapshot (cloud, account_id, region, created_at);

-- Custom images. name_key is the name, or the id when the image has none: the unique index keeps two images of a
-- scope from sharing a name (InvalidImageName.Duplicated), also when two creations race.
CREATE TABLE image (
    id                  VARCHAR(64)  PRIMARY KEY,
    cloud               VARCHAR(16)  NOT NULL,
    account_id          VARCHAR(64)  NOT NULL,
    region              VARCHAR(64)  NOT NULL,
    project_id          VARCHAR(64)  NOT NULL DEFAULT '',
    name                VARCHAR(256) NOT NULL DEFAULT '',
    name_key            VARCHAR(256) NOT NULL,
    description         VARCHAR(512) NOT NULL DEFAULT '',
    image_family        VARCHAR(256) NOT NULL DEFAULT '',
    image_version       VARCHAR(64)  NOT NULL DEFAULT '',
    platform            VARCHAR(64)  NOT NULL DEFAULT '',
    architecture        VARCHAR(16)  NOT NULL DEFAULT 'x86_64',
    os_type             VARCHAR(16)  NOT NULL DEFAULT 'linux',
    boot_mode           VARCHAR(16)  NOT NULL DEFAULT 'BIOS',
    size_gb             INTEGER      NOT NULL,
    source_instance_id  VARCHAR(64)  NOT NULL DEFAULT '',
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX image_name ON image (cloud, account_id, region, name_key);
CREATE INDEX image_scope ON image (cloud, account_id, region, created_at);

-- The disks of an image (its DiskDeviceMappings), in order, the first the system disk: each from a snapshot (whose
-- deletion the foreign key refuses while an image uses it) or, snapshot_id NULL, an empty data disk of that size.
CREATE TABLE image_disk (
    image_id     VARCHAR(64) NOT NULL REFERENCES image (id),
    seq          INTEGER     NOT NULL,
    snapshot_id  VARCHAR(64) REFERENCES snapshot (id),
    device       VARCHAR(32) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    size_gb      INTEGER     NOT NULL,
    PRIMARY KEY (image_id, seq)
);
CREATE INDEX image_disk_snapshot ON image_disk (snapshot_id);
