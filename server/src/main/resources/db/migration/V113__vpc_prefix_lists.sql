-- VPC prefix lists (CreateVpcPrefixList) live beside ECS ones (CreatePrefixList) in prefix_list; product says whose
-- each is: each product's actions see only its own, and only an ECS one is a security group rule's peer.
ALTER TABLE prefix_list ADD COLUMN product VARCHAR(8) NOT NULL DEFAULT 'ecs';
