-- How an Aliyun instance is maintained: what ECS does when its host needs maintenance (AutoRecover by default, Stop,
-- AutoRedeploy), whether it notifies before, and the daily window for it (HH:mm:ss, both or neither).
ALTER TABLE instance_detail ADD COLUMN maintenance_action VARCHAR(16) NOT NULL DEFAULT 'AutoRecover';
ALTER TABLE instance_detail ADD COLUMN maintenance_notify BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE instance_detail ADD COLUMN maintenance_start VARCHAR(8);
ALTER TABLE instance_detail ADD COLUMN maintenance_end VARCHAR(8);
