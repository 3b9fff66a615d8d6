-- UCloud hardware isolation groups: the hosts of a group stand on different physical machines, at most seven of
-- them in each zone (counted under the group's row lock). A group with hosts cannot be deleted (the foreign key
-- holds that against a host joining at the same time); a host's membership goes with the host.
CREATE TABLE isolation_group (
    id           VARCHAR(64)   PRIMARY KEY,
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    region       VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL DEFAULT '',
    name         VARCHAR(256)  NOT NULL,
    remark       VARCHAR(1024) NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX isolation_group_scope ON isolation_group (cloud, account_id, region, created_at);

CREATE TABLE isolation_member (
    instance_id  VARCHAR(64)  PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    group_id     VARCHAR(64)  NOT NULL REFERENCES isolation_group (id),
    zone         VARCHAR(64)  NOT NULL
);
CREATE INDEX isolation_member_group ON isolation_member (group_id, zone);
