-- A VPC's grants to cloud enterprise networks (GrantInstanceToCen): which CEN, of which account, may attach it. One
-- grant of a network to a CEN of an owner; gone with the VPC.
CREATE TABLE cen_grant (
    id            VARCHAR(64)  PRIMARY KEY,
    cloud         VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    region        VARCHAR(64)  NOT NULL,
    project_id    VARCHAR(64)  NOT NULL DEFAULT '',
    instance_id   VARCHAR(64)  NOT NULL REFERENCES vpc (id) ON DELETE CASCADE,
    cen_id        VARCHAR(64)  NOT NULL,
    cen_owner_id  BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX cen_grant_once ON cen_grant (instance_id, cen_id, cen_owner_id);
