-- Every UCloud VPC has its default route table (RouteTableType 1), made with it from now on (SystemRouteTables): the
-- VPCs made before this version get theirs here, with the id the code derives (routetable- and the suffix of the
-- VPC's id) and the VPC's creation time.
INSERT INTO route_table (id, cloud, account_id, region, project_id, vpc_id, system_table, name, description,
                         associate_type, created_at)
SELECT 'routetable-' || SUBSTRING(v.id FROM POSITION('-' IN v.id) + 1), v.cloud, v.account_id, v.region, v.project_id,
       v.id, TRUE, '', '', 'VSwitch', v.created_at
FROM vpc v
WHERE v.cloud = 'ucloud'
  AND NOT EXISTS (SELECT 1 FROM route_table t WHERE t.vpc_id = v.id AND t.system_table);
