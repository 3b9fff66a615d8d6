package io.cloudtwin.core.vpn;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpnConnections" of the state document, imported through VpnConnectionService after both gateways. */
@Section(name = "vpnConnections", order = 77)
record VpnConnectionSection(VpnConnectionStore store, VpnConnectionService connections)
        implements StateSection.Rows<VpnConnectionSection.Document, VpnConnection> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String vpnGatewayId, String customerGatewayId, String name, String localSubnet,
                           String remoteSubnet, boolean effectImmediately, boolean enableDpd,
                           boolean enableNatTraversal, boolean autoConfigRoute, VpnSettings.Ike ike,
                           VpnSettings.Ipsec ipsec, VpnSettings.HealthCheck healthCheck, VpnSettings.Bgp bgp,
                           String remoteCaCertificate) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "VPN connection", store::exists, scope ->
                connections.create(scope, d.id(), Fixtures.required(d.vpnGatewayId(), "vpnGatewayId of VPN connection " + d.id()),
                        Fixtures.required(d.customerGatewayId(), "customerGatewayId of VPN connection " + d.id()),
                        new VpnConnectionService.Settings(d.name(), Fixtures.required(d.localSubnet(), "localSubnet of " + d.id()),
                                Fixtures.required(d.remoteSubnet(), "remoteSubnet of " + d.id()), d.effectImmediately(),
                                d.enableDpd(), d.enableNatTraversal(), d.autoConfigRoute(), d.ike(), d.ipsec(),
                                d.healthCheck(), d.bgp(), d.remoteCaCertificate()), Map.of()));
    }
}
