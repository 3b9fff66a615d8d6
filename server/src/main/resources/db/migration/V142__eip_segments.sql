-- Contiguous EIPs (Aliyun's AllocateEipSegmentAddress): a block of addresses allocated at once, each an EIP of its
-- own that names the segment it came with and goes only with it.
CREATE TABLE eip_segment (
    id          VARCHAR(64)  PRIMARY KEY,
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    region      VARCHAR(64)  NOT NULL,
    project_id  VARCHAR(64)  NOT NULL DEFAULT '',
    segment     VARCHAR(32)  NOT NULL,
    zone        VARCHAR(64)  NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX eip_segment_scope ON eip_segment (cloud, account_id, region, created_at);

-- The segment an EIP was allocated with ('' for none).
ALTER TABLE elastic_ip ADD COLUMN segment_id VARCHAR(64) NOT NULL DEFAULT '';
CREATE INDEX elastic_ip_segment ON elastic_ip (segment_id);
