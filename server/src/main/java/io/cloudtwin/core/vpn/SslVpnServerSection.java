package io.cloudtwin.core.vpn;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "sslVpnServers" of the state document, imported through SslVpnService (one a gateway with SSL enabled). */
@Section(name = "sslVpnServers", order = 78)
record SslVpnServerSection(SslVpnServerStore store, SslVpnService ssl)
        implements StateSection.Rows<SslVpnServerSection.Document, SslVpnServer> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, String name, String clientIpPool, String localSubnet, String proto,
                           String cipher, int port, boolean compress) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "SSL VPN server", store::exists, scope ->
                ssl.createServer(scope, d.id(),
                        Fixtures.required(d.vpnGatewayId(), "vpnGatewayId of SSL VPN server " + d.id()),
                        new SslVpnService.ServerSettings(d.name(),
                                Fixtures.required(d.clientIpPool(), "clientIpPool of " + d.id()),
                                Fixtures.required(d.localSubnet(), "localSubnet of " + d.id()),
                                Fixtures.required(d.proto(), "proto of " + d.id()),
                                Fixtures.required(d.cipher(), "cipher of " + d.id()), d.port(), d.compress())));
    }
}
