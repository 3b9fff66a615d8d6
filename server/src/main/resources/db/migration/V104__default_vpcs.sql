-- Aliyun's default VPC (CreateDefaultVpc): one a region, its row in default_network naming no subnet of its own
-- (UCloud's default network names its DefaultVPC and DefaultNetwork together). Its default vSwitches
-- (CreateDefaultVSwitch): one a zone, each its own row here, gone with the vSwitch or the VPC.
ALTER TABLE default_network ALTER COLUMN subnet_id DROP NOT NULL;

CREATE TABLE default_vswitch (
    vpc_id     VARCHAR(64)  NOT NULL REFERENCES vpc (id) ON DELETE CASCADE,
    zone       VARCHAR(64)  NOT NULL,
    subnet_id  VARCHAR(64)  NOT NULL UNIQUE REFERENCES subnet (id) ON DELETE CASCADE,
    PRIMARY KEY (vpc_id, zone)
);
