package io.cloudtwin.core.eip;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "eips" of the state document: each EIP with its address and, when bound, its target. Imported through
 * ElasticIpService as requests make them: the address must be free, the target must exist and take it. After the
 * instances and interfaces (order 65), so their targets are there.
 */
@Section(name = "eips", order = 65)
record EipSection(ElasticIpStore store, ElasticIpService eips, AddressPoolService pools)
        implements StateSection<EipSection.Document> {
    /**
     * targetKind: instance, interface, nat_gateway, load_balancer; absent when free. mode: how it forwards to its
     * target (absent: NAT). addressPoolId: the public IP address pool its address is of, segmentId the segment it
     * was allocated with (absent: none).
     */
    public record Document(String cloud, String account, String region, String project, String id, String address,
                           String name, String description, Integer bandwidthMbps, String internetChargeType,
                           String chargeType, String isp, String targetKind, String targetId, String mode,
                           String addressPoolId, String segmentId) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(), e.projectId(),
                e.id(), e.address(), e.name(), e.description(), e.bandwidthMbps(), e.internetChargeType(), e.chargeType(),
                e.isp(), e.bound() ? e.targetKind() : null, e.bound() ? e.targetId() : null,
                e.bound() ? e.mode() : null, Fixtures.absent(e.addressPoolId()), Fixtures.absent(e.segmentId())))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "EIP", store::exists, scope -> {
            var spec = new ElasticIpService.NewEip(d.name(), d.description(),
                    d.bandwidthMbps() == null ? 5 : d.bandwidthMbps(),
                    d.internetChargeType() == null ? "PayByBandwidth" : d.internetChargeType(),
                    d.chargeType() == null ? "PostPaid" : d.chargeType(), d.isp() == null ? "BGP" : d.isp(),
                    d.address()).in(Fixtures.text(d.segmentId()));
            if (d.addressPoolId() == null) eips.allocate(scope, d.id(), spec, Map.of());
            else pools.allocate(scope, d.addressPoolId(), d.id(), spec, Map.of());
            if (d.targetId() != null) {
                if (d.targetKind() == null) throw new InvalidFixture("EIP " + d.id() + " names a target without its targetKind");
                eips.bind(scope, d.id(), d.targetKind(), d.targetId(), d.mode() == null ? ElasticIp.NAT : d.mode());
            }
        });
    }
}
