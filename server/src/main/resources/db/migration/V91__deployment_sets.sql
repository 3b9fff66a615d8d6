-- Aliyun's deployment sets are isolation groups too, told apart by how they spread their instances (strategy):
-- HOSTS for UCloud's groups (seven a zone), AVAILABILITY, AVAILABILITY_GROUP and LOW_LATENCY for Aliyun's. An
-- AVAILABILITY_GROUP set has group_count groups, and each of its members stands in one of them (group_no, from 1;
-- 0 in the other strategies). The capacity of each is counted under the set's row lock.
ALTER TABLE isolation_group ADD COLUMN strategy VARCHAR(32) NOT NULL DEFAULT 'HOSTS';
ALTER TABLE isolation_group ADD COLUMN group_count INT NOT NULL DEFAULT 0;
ALTER TABLE isolation_member ADD COLUMN group_no INT NOT NULL DEFAULT 0;
