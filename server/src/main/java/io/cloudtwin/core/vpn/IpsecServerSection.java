package io.cloudtwin.core.vpn;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "ipsecServers" of the state document, imported through IpsecServerService (one a gateway with SSL enabled). */
@Section(name = "ipsecServers", order = 81)
record IpsecServerSection(IpsecServerStore store, IpsecServerService servers)
        implements StateSection.Rows<IpsecServerSection.Document, IpsecServer> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, String name, String clientIpPool, String localSubnet,
                           boolean effectImmediately, VpnSettings.Ike ike, VpnSettings.Ipsec ipsec, String psk,
                           boolean pskEnabled) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPsec server", store::exists, scope ->
                servers.create(scope, d.id(),
                        Fixtures.required(d.vpnGatewayId(), "vpnGatewayId of IPsec server " + d.id()),
                        new IpsecServerService.Settings(d.name(),
                                Fixtures.required(d.clientIpPool(), "clientIpPool of IPsec server " + d.id()),
                                Fixtures.required(d.localSubnet(), "localSubnet of IPsec server " + d.id()),
                                d.effectImmediately(), d.ike(), d.ipsec(), d.psk(), d.pskEnabled())));
    }
}
