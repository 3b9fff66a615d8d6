package io.cloudtwin.core.vpn;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpnGateways" of the state document, imported through VpnGatewayService (in their VPC and vSwitch). */
@Section(name = "vpnGateways", order = 76)
record VpnGatewaySection(VpnGatewayStore store, VpnGatewayService gateways)
        implements StateSection<VpnGatewaySection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String vswitchId, String name, String description, int bandwidth, boolean ipsec,
                           boolean ssl, int sslConnections, String vpnType, String networkType, String chargeType,
                           String internetIp, boolean autoPropagate) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(),
                g.id(), g.vpcId(), g.vswitchId(), g.name(), g.description(), g.bandwidth(), g.ipsec(), g.ssl(),
                g.sslConnections(), g.vpnType(), g.networkType(), g.chargeType(), g.internetIp(), g.autoPropagate()))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "VPN gateway", store::exists, scope -> {
            gateways.create(scope, d.id(), new VpnGatewayService.NewVpnGateway(
                    Fixtures.required(d.vpcId(), "vpcId of VPN gateway " + d.id()), d.vswitchId(), d.name(), d.description(),
                    d.bandwidth(), d.ipsec(), d.ssl(), d.sslConnections(), Fixtures.text(d.vpnType(), "Normal"),
                    Fixtures.text(d.networkType(), "public"), Fixtures.text(d.chargeType(), "PostpayByFlow"),
                    d.internetIp()), Map.of());
            if (d.autoPropagate()) gateways.update(scope, d.id(), null, null, true);
        });
    }
}
