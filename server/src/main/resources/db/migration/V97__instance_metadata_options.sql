-- How an Aliyun instance serves its metadata (the instance metadata service): enabled or disabled, whether a token
-- is required (security hardening mode) and how many hops a token request may travel; ECS's defaults.
ALTER TABLE instance_detail ADD COLUMN metadata_http_endpoint VARCHAR(16) NOT NULL DEFAULT 'enabled';
ALTER TABLE instance_detail ADD COLUMN metadata_http_tokens VARCHAR(16) NOT NULL DEFAULT 'optional';
ALTER TABLE instance_detail ADD COLUMN metadata_hop_limit INT NOT NULL DEFAULT 1;
