-- VPC vSwitch CIDR reservations (CreateVSwitchCidrReservation): IPv4 blocks of a vSwitch kept for prefixes, which the
-- vSwitch's own address allocation passes over. Made under the vSwitch's row lock, which allocation takes too; a
-- vSwitch with reservations is not deleted (the key behind).
CREATE TABLE vswitch_cidr_reservation (
    id            VARCHAR(64)  PRIMARY KEY,
    cloud         VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    region        VARCHAR(64)  NOT NULL,
    project_id    VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id        VARCHAR(64)  NOT NULL,
    subnet_id     VARCHAR(64)  NOT NULL,
    cidr          VARCHAR(64)  NOT NULL,
    ip_version    VARCHAR(8)   NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(128) NOT NULL DEFAULT '',
    description   VARCHAR(256) NOT NULL DEFAULT '',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vswitch_cidr_reservation_scope ON vswitch_cidr_reservation (cloud, account_id, region, created_at);
CREATE INDEX vswitch_cidr_reservation_subnet ON vswitch_cidr_reservation (subnet_id);
ALTER TABLE vswitch_cidr_reservation ADD FOREIGN KEY (subnet_id) REFERENCES subnet (id);
