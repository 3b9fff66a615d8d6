-- What a UHost is created with beyond the cloud-neutral instance row: billing, machine type, login mode and disks.
CREATE TABLE uhost_detail (
    instance_id   VARCHAR(64) PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    charge_type   VARCHAR(16) NOT NULL,
    machine_type  VARCHAR(16) NOT NULL,
    login_mode    VARCHAR(16) NOT NULL,
    -- null for hosts billed by use (Dynamic, Preemptive, Postpay)
    expire_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE uhost_disk (
    disk_id      VARCHAR(64) PRIMARY KEY,
    instance_id  VARCHAR(64) NOT NULL REFERENCES instance (id) ON DELETE CASCADE,
    seq          INT         NOT NULL,
    is_boot      BOOLEAN     NOT NULL,
    disk_type    VARCHAR(32) NOT NULL,
    size_gb      INT         NOT NULL
);
CREATE INDEX uhost_disk_instance ON uhost_disk (instance_id, seq);
