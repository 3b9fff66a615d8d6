package io.cloudtwin.core.vpn;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "sslVpnClientCerts" of the state document, imported through SslVpnService after their servers. */
@Section(name = "sslVpnClientCerts", order = 79)
record SslVpnClientCertSection(SslVpnClientCertStore store, SslVpnService ssl)
        implements StateSection.Rows<SslVpnClientCertSection.Document, SslVpnClientCert> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String sslVpnServerId, String name) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "SSL VPN client cert", store::exists, scope ->
                ssl.createCert(scope, d.id(), Fixtures.required(d.sslVpnServerId(), "sslVpnServerId of " + d.id()),
                        d.name()));
    }
}
