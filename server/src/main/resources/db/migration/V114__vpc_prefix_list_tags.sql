-- A VPC prefix list's tags and labels name their own kind, vpc_prefix_list, so that neither product tags, lists or
-- moves the other's prefix lists; those written before as prefix_list are renamed.
UPDATE resource_tag SET resource_type = 'vpc_prefix_list'
WHERE resource_type = 'prefix_list' AND resource_id IN (SELECT id FROM prefix_list WHERE product = 'vpc');
UPDATE resource_label SET resource_type = 'vpc_prefix_list'
WHERE resource_type = 'prefix_list' AND resource_id IN (SELECT id FROM prefix_list WHERE product = 'vpc');
