-- The instance RAM role of an Aliyun instance (RunInstances' RamRoleName, AttachInstanceRamRole): one at most; it goes
-- with the instance.
CREATE TABLE instance_ram_role (
    instance_id VARCHAR(64) PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    role_name   VARCHAR(64) NOT NULL
);
CREATE INDEX instance_ram_role_name ON instance_ram_role (role_name);
