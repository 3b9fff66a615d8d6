-- DescribeInstances / DescribeUHostInstance list a region's instances of a scope ordered by (created_at, id). With
-- the scope index alone H2 sorted every instance of the scope for every page. This index is in listing order, and
-- InstanceStore.list names the scope columns first in its ORDER BY (constant within a scope, so the order is the
-- same) so that H2 reads the page straight from the index ("index sorted") and stops after it.
CREATE INDEX instance_listing ON instance (cloud, account_id, region, project_id, created_at, id);
