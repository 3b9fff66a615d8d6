-- Permissions on a network interface granted to another account (CreateNetworkInterfacePermission): that account
-- may attach the card to its instances. One permission of a kind per card and account; gone with the card.
CREATE TABLE interface_permission (
    id                  VARCHAR(64)  PRIMARY KEY,
    cloud               VARCHAR(16)  NOT NULL,
    account_id          VARCHAR(64)  NOT NULL,
    region              VARCHAR(64)  NOT NULL,
    project_id          VARCHAR(64)  NOT NULL DEFAULT '',
    interface_id        VARCHAR(64)  NOT NULL REFERENCES network_interface (id) ON DELETE CASCADE,
    grantee_account_id  BIGINT       NOT NULL,
    permission          VARCHAR(32)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX interface_permission_once ON interface_permission (interface_id, grantee_account_id, permission);
CREATE INDEX interface_permission_scope ON interface_permission (cloud, account_id, region, created_at);
