package io.cloudtwin.core.express;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vbrAssociations" of the state document: further circuits of routers, after the routers. */
@Section(name = "vbrAssociations", order = 92)
record VbrAssociationSection(VbrAssociationStore store, VirtualBorderRouterService routers)
        implements StateSection.Rows<VbrAssociationSection.Document, VbrAssociation> {
    public record Document(String cloud, String account, String region, String project, String id, String vbrId,
                           String physicalConnectionId, Integer vlanId, String localGatewayIp, String peerGatewayIp,
                           String peeringSubnetMask, Boolean enableIpv6, String localIpv6GatewayIp,
                           String peerIpv6GatewayIp, String peeringIpv6SubnetMask, String circuitCode)
            implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "router association", store::exists, scope -> routers.associate(scope,
                Fixtures.required(d.vbrId(), "vbrId of router association " + d.id()),
                Fixtures.required(d.physicalConnectionId(), "physicalConnectionId of router association " + d.id()),
                d.vlanId() == null ? 0 : d.vlanId(), new Peering(d.localGatewayIp(),
                        d.peerGatewayIp(), d.peeringSubnetMask(), Boolean.TRUE.equals(d.enableIpv6()),
                        d.localIpv6GatewayIp(), d.peerIpv6GatewayIp(), d.peeringIpv6SubnetMask()),
                Fixtures.text(d.circuitCode())));
    }
}
