-- Block storage: every instance's system disk and the data disks made with it or on their own (Aliyun ECS disks;
-- UCloud UDisks later). A disk is Available or attached to one instance (In use), in one zone; its rules (same zone,
-- one instance, never detach or delete a system disk) hold under the disk's and the instance's row locks.
CREATE TABLE disk (
    id                    VARCHAR(64)  PRIMARY KEY,
    cloud                 VARCHAR(16)  NOT NULL,
    account_id            VARCHAR(64)  NOT NULL,
    region                VARCHAR(64)  NOT NULL,
    project_id            VARCHAR(64)  NOT NULL DEFAULT '',
    zone                  VARCHAR(64)  NOT NULL DEFAULT '',
    name                  VARCHAR(128) NOT NULL DEFAULT '',
    description           VARCHAR(256) NOT NULL DEFAULT '',
    category              VARCHAR(64)  NOT NULL,
    size_gb               INT          NOT NULL,
    -- system or data
    kind                  VARCHAR(16)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    -- '' when not attached
    instance_id           VARCHAR(64)  NOT NULL DEFAULT '',
    device                VARCHAR(64)  NOT NULL DEFAULT '',
    delete_with_instance  BOOLEAN      NOT NULL,
    delete_auto_snapshot  BOOLEAN      NOT NULL,
    enable_auto_snapshot  BOOLEAN      NOT NULL,
    encrypted             BOOLEAN      NOT NULL,
    performance_level     VARCHAR(16)  NOT NULL DEFAULT '',
    charge_type           VARCHAR(16)  NOT NULL DEFAULT 'PostPaid',
    source_snapshot_id    VARCHAR(64)  NOT NULL DEFAULT '',
    image_id              VARCHAR(128) NOT NULL DEFAULT '',
    attached_at           TIMESTAMP WITH TIME ZONE,
    detached_at           TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disk_scope ON disk (cloud, account_id, region, created_at);
CREATE INDEX disk_instance ON disk (instance_id);

-- The system disks the instance_detail rows described until now become disks.
INSERT INTO disk (id, cloud, account_id, region, project_id, zone, name, description, category, size_gb, kind, status,
                  instance_id, device, delete_with_instance, delete_auto_snapshot, enable_auto_snapshot, encrypted,
                  performance_level, charge_type, source_snapshot_id, image_id, attached_at, detached_at, created_at)
SELECT d.system_disk_id, i.cloud, i.account_id, i.region, i.project_id, i.zone, '', '', d.system_disk_category,
       d.system_disk_size, 'system', 'IN_USE', i.id, '/dev/xvda', TRUE, FALSE, FALSE, FALSE, '', 'PostPaid', '',
       i.image_id, i.created_at, NULL, i.created_at
FROM instance_detail d JOIN instance i ON i.id = d.instance_id;
