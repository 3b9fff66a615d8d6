-- An ECS instance's public side: how it is billed, its public bandwidth, and the static public IP address
-- (RunInstances with InternetMaxBandwidthOut > 0, AllocatePublicIpAddress) that the unique index gives out once.
ALTER TABLE instance_detail ADD COLUMN instance_charge_type VARCHAR(16) NOT NULL DEFAULT 'PostPaid';
ALTER TABLE instance_detail ADD COLUMN internet_charge_type VARCHAR(16) NOT NULL DEFAULT 'PayByTraffic';
ALTER TABLE instance_detail ADD COLUMN bandwidth_out INTEGER NOT NULL DEFAULT 0;
ALTER TABLE instance_detail ADD COLUMN bandwidth_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE instance_detail ADD COLUMN public_ip VARCHAR(64);
CREATE UNIQUE INDEX instance_detail_public_ip ON instance_detail (public_ip);
