-- UDisk snapshots (UCloud, issue 21) on the cloud-neutral snapshot table of V72: the zone of the disk a snapshot was
-- taken of and that disk's name then (DescribeUDiskSnapshot answers both, also once the disk is gone); rows written
-- before keep ''. Same SQL on H2 and PostgreSQL.
ALTER TABLE snapshot ADD COLUMN zone VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE snapshot ADD COLUMN source_disk_name VARCHAR(256) NOT NULL DEFAULT '';
