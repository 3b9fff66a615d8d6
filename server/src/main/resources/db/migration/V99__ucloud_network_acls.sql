-- UCloud's network ACLs tell when an ACL and each of its entries were last changed and when an entry was made, and
-- name each subnet's binding (an association id). Rows made before this carry no such times: they read as made and
-- changed when their ACL was made.
ALTER TABLE network_acl ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE network_acl_entry ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE network_acl_entry ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE network_acl_binding ADD COLUMN id VARCHAR(64);
