package io.cloudtwin.core.vpn;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "sslVpnClientCerts" of the state document, imported through SslVpnService after their servers. */
@Section(name = "sslVpnClientCerts", order = 79)
record SslVpnClientCertSection(SslVpnClientCertStore store, SslVpnService ssl)
        implements StateSection<SslVpnClientCertSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String sslVpnServerId, String name) {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(c -> new Document(c.cloud().key(), c.accountId(), c.region(),
                c.projectId(), c.id(), c.sslVpnServerId(), c.name())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of an SSL VPN client certificate");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "SSL VPN client cert " + id);
        if (store.exists(id)) return false;
        ssl.createCert(scope, id, Fixtures.required(d.sslVpnServerId(), "sslVpnServerId of " + id), d.name());
        return true;
    }
}
