-- A UHost created with Features.UNI has a default network interface (uni-...), which lives and dies with the host and
-- holds the host's own address; NULL for a host created without the feature, which can take no other interface.
-- UCloud's own network interfaces (UNI) are rows of network_interface, scoped by project_id like every UCloud row.
ALTER TABLE uhost_detail ADD COLUMN interface_id VARCHAR(64);
CREATE INDEX uhost_detail_interface ON uhost_detail (interface_id);
