-- Aliyun SLB's domain extensions: an HTTPS listener serves another certificate to the clients that ask for a domain
-- (SNI). Same SQL on H2 and PostgreSQL.
--
-- A listener has one extension a domain (the unique index); an extension goes with its listener; a certificate an
-- extension serves cannot be deleted (checked under the certificate's row lock, which an extension's change takes too;
-- the foreign key holds that against one made at the same time).
CREATE TABLE lb_domain_extension (
    id                VARCHAR(64)  PRIMARY KEY,
    cloud             VARCHAR(16)  NOT NULL,
    account_id        VARCHAR(64)  NOT NULL,
    region            VARCHAR(64)  NOT NULL,
    project_id        VARCHAR(64)  NOT NULL DEFAULT '',
    load_balancer_id  VARCHAR(64)  NOT NULL REFERENCES load_balancer (id) ON DELETE CASCADE,
    listener_id       VARCHAR(64)  NOT NULL REFERENCES lb_listener (id) ON DELETE CASCADE,
    domain            VARCHAR(256) NOT NULL,
    certificate_id    VARCHAR(64)  NOT NULL REFERENCES certificate (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lb_domain_extension_domain ON lb_domain_extension (listener_id, domain);
CREATE INDEX lb_domain_extension_certificate ON lb_domain_extension (certificate_id);
CREATE INDEX lb_domain_extension_scope ON lb_domain_extension (cloud, account_id, region, created_at);
