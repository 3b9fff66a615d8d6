-- Server certificates of load balancers (UCloud ULB SSL): the PEM content as uploaded (certificate, private key, CA
-- chain), its hash and what the certificate names. A listener (VServer) serves one certificate at most; a certificate
-- a listener serves cannot be deleted (the foreign key holds that against a binding made at the same time); a
-- listener's binding goes with the listener.
CREATE TABLE certificate (
    id           VARCHAR(64)    PRIMARY KEY,
    cloud        VARCHAR(16)    NOT NULL,
    account_id   VARCHAR(64)    NOT NULL,
    region       VARCHAR(64)    NOT NULL,
    project_id   VARCHAR(64)    NOT NULL DEFAULT '',
    name         VARCHAR(256)   NOT NULL,
    cert_type    VARCHAR(16)    NOT NULL,
    content      VARCHAR(65536) NOT NULL,
    hash_value   VARCHAR(64)    NOT NULL,
    domains      VARCHAR(4096)  NOT NULL DEFAULT '',
    not_before   TIMESTAMP WITH TIME ZONE,
    not_after    TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_scope ON certificate (cloud, account_id, region, created_at);

CREATE TABLE certificate_binding (
    listener_id     VARCHAR(64) PRIMARY KEY REFERENCES lb_listener (id) ON DELETE CASCADE,
    certificate_id  VARCHAR(64) NOT NULL REFERENCES certificate (id)
);
CREATE INDEX certificate_binding_certificate ON certificate_binding (certificate_id);
