-- Aliyun SLB's CA certificates (cert_type CA, a certificate without a private key) are certificates of the same table;
-- an HTTPS listener trusts one at most to check its clients' certificates (mutual TLS). A CA certificate a listener
-- trusts cannot be deleted (checked under the certificate's row lock, which a binding takes too; the foreign key holds
-- that against a binding made at the same time); a listener's binding goes with the listener. Same SQL on H2 and
-- PostgreSQL.
CREATE TABLE ca_certificate_binding (
    listener_id     VARCHAR(64) PRIMARY KEY REFERENCES lb_listener (id) ON DELETE CASCADE,
    certificate_id  VARCHAR(64) NOT NULL REFERENCES certificate (id)
);
CREATE INDEX ca_certificate_binding_certificate ON ca_certificate_binding (certificate_id);
