-- Aliyun's VPN: gateways in a VPC, the customer gateways (the other side's public address) and the IPsec connections
-- between the two. A VPC or vSwitch with a gateway is not deleted (the keys), nor a gateway or customer gateway that a
-- connection joins (checked under their row locks, the keys behind). The connection's IKE, IPsec, health-check and
-- BGP settings are kept as the JSON objects the client sent (ike_config ...), completed with the cloud's defaults.
CREATE TABLE vpn_gateway (
    id               VARCHAR(64)  PRIMARY KEY,
    cloud            VARCHAR(16)  NOT NULL,
    account_id       VARCHAR(64)  NOT NULL,
    region           VARCHAR(64)  NOT NULL,
    project_id       VARCHAR(64)  NOT NULL DEFAULT '',
    vpc_id           VARCHAR(64)  NOT NULL REFERENCES vpc (id),
    vswitch_id       VARCHAR(64)  REFERENCES subnet (id),
    name             VARCHAR(128) NOT NULL DEFAULT '',
    description      VARCHAR(256) NOT NULL DEFAULT '',
    bandwidth        INT          NOT NULL,
    ipsec            BOOLEAN      NOT NULL,
    ssl              BOOLEAN      NOT NULL,
    ssl_connections  INT          NOT NULL,
    vpn_type         VARCHAR(16)  NOT NULL,
    network_type     VARCHAR(16)  NOT NULL,
    charge_type      VARCHAR(16)  NOT NULL,
    internet_ip      VARCHAR(64)  NOT NULL,
    auto_propagate   BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vpn_gateway_scope ON vpn_gateway (cloud, account_id, region, created_at);

CREATE TABLE customer_gateway (
    id           VARCHAR(64)  PRIMARY KEY,
    cloud        VARCHAR(16)  NOT NULL,
    account_id   VARCHAR(64)  NOT NULL,
    region       VARCHAR(64)  NOT NULL,
    project_id   VARCHAR(64)  NOT NULL DEFAULT '',
    ip_address   VARCHAR(64)  NOT NULL,
    name         VARCHAR(128) NOT NULL DEFAULT '',
    description  VARCHAR(256) NOT NULL DEFAULT '',
    asn          BIGINT,
    auth_key     VARCHAR(64)  NOT NULL DEFAULT '',
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX customer_gateway_address ON customer_gateway (cloud, account_id, region, ip_address);

CREATE TABLE vpn_connection (
    id                     VARCHAR(64)   PRIMARY KEY,
    cloud                  VARCHAR(16)   NOT NULL,
    account_id             VARCHAR(64)   NOT NULL,
    region                 VARCHAR(64)   NOT NULL,
    project_id             VARCHAR(64)   NOT NULL DEFAULT '',
    vpn_gateway_id         VARCHAR(64)   NOT NULL REFERENCES vpn_gateway (id),
    customer_gateway_id    VARCHAR(64)   NOT NULL REFERENCES customer_gateway (id),
    name                   VARCHAR(128)  NOT NULL DEFAULT '',
    local_subnet           VARCHAR(1024) NOT NULL,
    remote_subnet          VARCHAR(1024) NOT NULL,
    effect_immediately     BOOLEAN       NOT NULL,
    enable_dpd             BOOLEAN       NOT NULL,
    enable_nat_traversal   BOOLEAN       NOT NULL,
    auto_config_route      BOOLEAN       NOT NULL,
    ike_config             VARCHAR(1024) NOT NULL,
    ipsec_config           VARCHAR(1024) NOT NULL,
    health_check_config    VARCHAR(1024) NOT NULL,
    bgp_config             VARCHAR(1024) NOT NULL,
    remote_ca_certificate  VARCHAR(8192) NOT NULL DEFAULT '',
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX vpn_connection_pair ON vpn_connection (vpn_gateway_id, customer_gateway_id);
CREATE INDEX vpn_connection_customer_gateway ON vpn_connection (customer_gateway_id);
