-- VPC gateway endpoints (CreateVpcGatewayEndpoint): a VPC's private way to a cloud service (ServiceName), one
-- endpoint a VPC and service (the unique index), and the route tables of its VPC associated with it. An endpoint with
-- route tables is not deleted, nor a route table associated with an endpoint, nor a VPC with an endpoint (the service
-- checks each under the row lock; the foreign keys stand behind it).
CREATE TABLE gateway_endpoint (
    id               VARCHAR(64)   PRIMARY KEY,
    cloud            VARCHAR(16)   NOT NULL,
    account_id       VARCHAR(64)   NOT NULL,
    region           VARCHAR(64)   NOT NULL,
    project_id       VARCHAR(64)   NOT NULL DEFAULT '',
    vpc_id           VARCHAR(64)   NOT NULL,
    service_name     VARCHAR(128)  NOT NULL,
    name             VARCHAR(128)  NOT NULL DEFAULT '',
    description      VARCHAR(256)  NOT NULL DEFAULT '',
    policy_document  VARCHAR(16384) NOT NULL DEFAULT '',
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX gateway_endpoint_service ON gateway_endpoint (vpc_id, service_name);
ALTER TABLE gateway_endpoint ADD FOREIGN KEY (vpc_id) REFERENCES vpc (id);

CREATE TABLE gateway_endpoint_route_table (
    endpoint_id     VARCHAR(64)  NOT NULL,
    route_table_id  VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (endpoint_id, route_table_id)
);
CREATE INDEX gateway_endpoint_route_table_by_table ON gateway_endpoint_route_table (route_table_id);
ALTER TABLE gateway_endpoint_route_table ADD FOREIGN KEY (endpoint_id) REFERENCES gateway_endpoint (id);
ALTER TABLE gateway_endpoint_route_table ADD FOREIGN KEY (route_table_id) REFERENCES route_table (id);
