-- A DescribeInstances / DescribeUHostInstance page used to count every instance of the scope and to skip `offset`
-- rows of the listing index: both grew with the store (5.6 ms of CPU per page of 100 at 100,000 instances).
-- listing_count keeps each scope's number of instances; its row is also the lock that serializes the scope's
-- creations and deletions. listing_run cuts the scope's listing order (created_at, id) into runs of about
-- cloudtwin.listing.bucket-size instances: a page at any offset sums the runs before it and seeks to the start of
-- its run, so it walks at most two runs of the index. Both are kept by InstanceStore.insert/delete in the same
-- transaction (store/ListingStore.java); a missing row is built afresh from the instance table by the next writer.
CREATE TABLE listing_count (
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    region      VARCHAR(64)  NOT NULL,
    project_id  VARCHAR(64)  NOT NULL,
    instances   BIGINT       NOT NULL,
    PRIMARY KEY (cloud, account_id, region, project_id)
);

CREATE TABLE listing_run (
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    region      VARCHAR(64)  NOT NULL,
    project_id  VARCHAR(64)  NOT NULL,
    first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    first_id    VARCHAR(64)  NOT NULL,
    members     BIGINT       NOT NULL,
    PRIMARY KEY (cloud, account_id, region, project_id, first_at, first_id)
);
