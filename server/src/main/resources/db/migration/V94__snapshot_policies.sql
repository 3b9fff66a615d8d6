-- Automatic snapshot policies (Aliyun): when snapshots are taken (hours of the day, days of the week) and how long
-- they are kept, applied to disks. A disk follows one policy at most; a policy's deletion takes it off its disks
-- (SET NULL), and its row lock serializes that with applying it.
CREATE TABLE snapshot_policy (
    id                    VARCHAR(64)   PRIMARY KEY,
    cloud                 VARCHAR(16)   NOT NULL,
    account_id            VARCHAR(64)   NOT NULL,
    region                VARCHAR(64)   NOT NULL,
    project_id            VARCHAR(64)   NOT NULL DEFAULT '',
    name                  VARCHAR(128)  NOT NULL DEFAULT '',
    time_points           VARCHAR(256)  NOT NULL,
    repeat_weekdays       VARCHAR(64)   NOT NULL,
    retention_days        INT           NOT NULL,
    cross_region_copy     BOOLEAN       NOT NULL DEFAULT FALSE,
    target_copy_regions   VARCHAR(256)  NOT NULL DEFAULT '',
    copied_retention_days INT           NOT NULL DEFAULT -1,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX snapshot_policy_scope ON snapshot_policy (cloud, account_id, region, created_at);

ALTER TABLE disk ADD COLUMN snapshot_policy_id VARCHAR(64) REFERENCES snapshot_policy (id) ON DELETE SET NULL;
CREATE INDEX disk_snapshot_policy ON disk (snapshot_policy_id);
