-- Aliyun SLB's master-slave server groups are server groups too (kind master_slave beside vserver): two members, one
-- Master and one Slave (role; '' for a VServer group's members). A listener forwards to either kind through
-- lb_listener.server_group_id, so the rules that keep a group in use hold for both.
ALTER TABLE lb_server_group ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'vserver';
ALTER TABLE lb_server_group_member ADD COLUMN role VARCHAR(16) NOT NULL DEFAULT '';
