-- Per-account quotas (cloudtwin.limits.*): how many security groups and instances each account of each cloud has,
-- kept by the statements that create and delete them, checked by a conditional UPDATE under the row's lock.
-- A missing row is counted afresh from the resource tables (after reset, fixture imports and upgrades).
CREATE TABLE account_usage (
    cloud       VARCHAR(16) NOT NULL,
    account_id  VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    used        BIGINT      NOT NULL,
    PRIMARY KEY (cloud, account_id, kind)
);
