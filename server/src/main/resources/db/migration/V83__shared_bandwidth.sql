-- Shared bandwidth (Aliyun's Internet Shared Bandwidth, the VPC product's common bandwidth package; UCloud's
-- ShareBandwidth): one cap in Mbps that the EIPs of its region added to it share. Same SQL on H2 and PostgreSQL.
CREATE TABLE shared_bandwidth (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(512) NOT NULL DEFAULT '',
    -- UCloud's Tag (a business group; Aliyun: '')
    tag          VARCHAR(64)  NOT NULL DEFAULT '',
    bandwidth    INT          NOT NULL,
    -- how it is billed, in the cloud's words (Aliyun InternetChargeType PayByBandwidth; UCloud ChargeType Month)
    charge_type  VARCHAR(32)  NOT NULL DEFAULT '',
    -- the operator (Aliyun ISP, UCloud OperatorName: BGP); Aliyun's Ratio (the guaranteed share, in percent; UCloud 0)
    isp          VARCHAR(32)  NOT NULL DEFAULT '',
    ratio        INT          NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX shared_bandwidth_scope ON shared_bandwidth (cloud, account_id, region, created_at);

-- An EIP sharing a bandwidth: in one at a time (the primary key), taken out when the EIP goes (the cascade). A
-- bandwidth with EIPs cannot go (the foreign key). ip_bandwidth: the EIP's own cap inside it (Aliyun's
-- ModifyCommonBandwidthPackageIpBandwidth), NULL for the whole shared bandwidth.
CREATE TABLE shared_bandwidth_eip (
    eip_id               VARCHAR(64) PRIMARY KEY REFERENCES elastic_ip (id) ON DELETE CASCADE,
    shared_bandwidth_id  VARCHAR(64) NOT NULL REFERENCES shared_bandwidth (id),
    ip_bandwidth         INT,
    joined_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX shared_bandwidth_eip_package ON shared_bandwidth_eip (shared_bandwidth_id, joined_at);
