-- Every table of a kind that carries tags has the scope's columns, so tagging locks any kind's row the same way
-- (ResourceType.table). Network interfaces are Aliyun's, whose scope has no project: ''.
ALTER TABLE network_interface ADD COLUMN project_id VARCHAR(64) NOT NULL DEFAULT '';
