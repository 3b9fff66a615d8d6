package io.cloudtwin.core.express;

import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "virtualBorderRouters" of the state document, after the circuits they are on (which must be Enabled). */
@Section(name = "virtualBorderRouters", order = 91)
record VirtualBorderRouterSection(VirtualBorderRouterStore store, VirtualBorderRouterService routers)
        implements StateSection.Rows<VirtualBorderRouterSection.Document, VirtualBorderRouter> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String physicalConnectionId, String accessPointId, Integer vlanId, String localGatewayIp,
                           String peerGatewayIp, String peeringSubnetMask, Boolean enableIpv6,
                           String localIpv6GatewayIp, String peerIpv6GatewayIp, String peeringIpv6SubnetMask,
                           String circuitCode, String name, String description, Integer bandwidth,
                           Long minRxInterval, Long minTxInterval, Long detectMultiplier, Integer mtu,
                           Boolean sitelinkEnable, String routeTableId, String vlanInterfaceId, String status,
                           OffsetDateTime activatedAt, OffsetDateTime terminatedAt, OffsetDateTime recoveredAt)
            implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "virtual border router", store::exists, scope -> {
            routers.create(scope, d.id(), new VirtualBorderRouterService.NewRouter(
                    Fixtures.required(d.physicalConnectionId(), "physicalConnectionId of router " + d.id()),
                    d.vlanId() == null ? 0 : d.vlanId(), new Peering(d.localGatewayIp(),
                            d.peerGatewayIp(), d.peeringSubnetMask(), Boolean.TRUE.equals(d.enableIpv6()),
                            d.localIpv6GatewayIp(), d.peerIpv6GatewayIp(), d.peeringIpv6SubnetMask()),
                    Fixtures.text(d.circuitCode()), Fixtures.text(d.name()), Fixtures.text(d.description()),
                    d.bandwidth()),
                    Fixtures.text(d.routeTableId(), Ids.random("vtb-", 24)),
                    Fixtures.text(d.vlanInterfaceId(), Ids.random("ri-", 24)),
                    new VirtualBorderRouterService.Standing(Fixtures.text(d.status(), VirtualBorderRouter.ACTIVE),
                            d.activatedAt(), d.terminatedAt(),
                            d.recoveredAt()), Map.of());
            routers.modify(scope, d.id(), new VirtualBorderRouterService.Changes(null, null, null, null, null, null,
                    null, null, null, null, null, null, d.minRxInterval(), d.minTxInterval(), d.detectMultiplier(),
                    d.mtu(), d.sitelinkEnable()));
        });
    }
}
