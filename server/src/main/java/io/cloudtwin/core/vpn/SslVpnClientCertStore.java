package io.cloudtwin.core.vpn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The ssl_vpn_client_cert rows (V122). */
@Component
public class SslVpnClientCertStore extends ScopedStore<SslVpnClientCert> {
    public SslVpnClientCertStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "ssl_vpn_client_cert", SslVpnClientCert.class, DomainError.SSL_VPN_CLIENT_CERT_NOT_FOUND);
    }
}
