-- Bandwidth packages (UCloud UNet's CreateBandwidthPackage): a temporary bandwidth on an EIP from enable_time until
-- disable_time, gone to every read after it. An EIP is not released while a package of it is live (the service checks
-- under the EIP's row lock, which a package's creation takes); the rows of ended ones go with their EIP.
CREATE TABLE bandwidth_package (
    id            VARCHAR(64)  PRIMARY KEY,
    cloud         VARCHAR(16)  NOT NULL,
    account_id    VARCHAR(64)  NOT NULL,
    region        VARCHAR(64)  NOT NULL,
    project_id    VARCHAR(64)  NOT NULL DEFAULT '',
    eip_id        VARCHAR(64)  NOT NULL REFERENCES elastic_ip (id) ON DELETE CASCADE,
    bandwidth     INT          NOT NULL,
    enable_time   TIMESTAMP WITH TIME ZONE NOT NULL,
    disable_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bandwidth_package_scope ON bandwidth_package (cloud, account_id, region, created_at);
CREATE INDEX bandwidth_package_eip ON bandwidth_package (eip_id, disable_time);
