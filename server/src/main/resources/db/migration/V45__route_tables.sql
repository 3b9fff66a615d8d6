-- Route tables of a VPC (Aliyun VPC route tables): the VPC's system table, made with the VPC (id vtb- and the VPC id's
-- suffix, as CreateVpc has always answered it, so one per VPC) and removed in its deletion (core.routing's
-- VpcCompanion), and custom tables, whose foreign key refuses the VPC's deletion.
CREATE TABLE route_table (
    id              VARCHAR(64)  PRIMARY KEY,
    cloud           VARCHAR(16)  NOT NULL,
    account_id      VARCHAR(64)  NOT NULL,
    region          VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id          VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    system_table    BOOLEAN      NOT NULL,
    name            VARCHAR(256) NOT NULL DEFAULT '',
    description     VARCHAR(512) NOT NULL DEFAULT '',
    associate_type  VARCHAR(32)  NOT NULL DEFAULT 'VSwitch',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX route_table_vpc ON route_table (vpc_id);
CREATE INDEX route_table_scope ON route_table (cloud, account_id, region, created_at);

-- A vSwitch associated with a custom table: one table per vSwitch (the primary key), of the vSwitch's VPC. The
-- foreign keys refuse deleting the table or the vSwitch while associated.
CREATE TABLE route_table_vswitch (
    subnet_id       VARCHAR(64)  PRIMARY KEY REFERENCES subnet (id),
    route_table_id  VARCHAR(64)  NOT NULL REFERENCES route_table (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX route_table_vswitch_table ON route_table_vswitch (route_table_id);

-- Custom route entries: one per destination in a table (the unique index: of two racing creations one wins), to a
-- next hop of the table's VPC (next_hop_kind in the core's words: instance, interface, nat_gateway).
CREATE TABLE route_entry (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    route_table_id    VARCHAR(64)  NOT NULL REFERENCES route_table (id),
    destination_cidr  VARCHAR(64)  NOT NULL,
    next_hop_kind     VARCHAR(32)  NOT NULL,
    next_hop_id       VARCHAR(64)  NOT NULL,
    name              VARCHAR(256) NOT NULL DEFAULT '',
    description       VARCHAR(512) NOT NULL DEFAULT '',
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX route_entry_destination ON route_entry (route_table_id, destination_cidr);
CREATE INDEX route_entry_next_hop ON route_entry (next_hop_id);
CREATE INDEX route_entry_scope ON route_entry (cloud, account_id, region, created_at);

-- The system tables of the Aliyun VPCs made before this migration (Aliyun VPC ids are vpc- and a suffix).
INSERT INTO route_table (id, cloud, account_id, region, project_id, vpc_id, system_table, name, description,
                         associate_type, created_at)
SELECT 'vtb-' || SUBSTRING(id, 5), cloud, account_id, region, project_id, id, TRUE, '', '', 'VSwitch', created_at
FROM vpc WHERE cloud = 'aliyun' AND id LIKE 'vpc-%';
