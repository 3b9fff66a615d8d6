-- Disks (V41) gain what UCloud's UDisks need, in neutral words: the group a disk is filed under (UCloud's Tag, a
-- business group; '' for Aliyun's) and the time an attach or a detach under way completes (status ATTACHING or
-- DETACHING until then; NULL when none is under way). Same SQL on H2 and PostgreSQL.
ALTER TABLE disk ADD COLUMN tag VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE disk ADD COLUMN settles_at TIMESTAMP WITH TIME ZONE;
