-- A VPC's vRouter (Aliyun: one for each VPC, named vrt- after it): only the name and the description that
-- ModifyVRouterAttribute gives it are kept, in one row for each VPC that has them; the row goes with its VPC.
CREATE TABLE vrouter (
    vpc_id       VARCHAR(64)   PRIMARY KEY REFERENCES vpc (id) ON DELETE CASCADE,
    name         VARCHAR(128)  NOT NULL DEFAULT '',
    description  VARCHAR(256)  NOT NULL DEFAULT ''
);
