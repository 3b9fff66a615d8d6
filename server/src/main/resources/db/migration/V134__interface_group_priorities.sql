-- A UCloud network interface's security groups carry their priorities (CreateNetworkInterface's PrioritySecGroup,
-- 1 to 5); NULL for an Aliyun ENI's, whose groups have none.
ALTER TABLE interface_group ADD COLUMN priority INT;
