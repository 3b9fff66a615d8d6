package io.cloudtwin.core.vpn;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "sslVpnClientCerts" of the state document, imported through SslVpnService after their servers. */
@Section(name = "sslVpnClientCerts", order = 79)
record SslVpnClientCertSection(SslVpnClientCertStore store, SslVpnService ssl)
        implements StateSection<SslVpnClientCertSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String sslVpnServerId, String name) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(c -> new Document(c.cloud().key(), c.accountId(), c.region(),
                c.projectId(), c.id(), c.sslVpnServerId(), c.name())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "SSL VPN client cert", store::exists, scope ->
                ssl.createCert(scope, d.id(), Fixtures.required(d.sslVpnServerId(), "sslVpnServerId of " + d.id()),
                        d.name()));
    }
}
