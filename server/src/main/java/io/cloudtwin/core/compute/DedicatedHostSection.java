package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "dedicatedHosts" of the state document, allocated through DedicatedHostService before the instances (whose
 * dedicatedHost label, in resourceLabels, places them).
 */
@Section(name = "dedicatedHosts", order = 19)
record DedicatedHostSection(DedicatedHostStore store, DedicatedHostService hosts)
        implements StateSection.Rows<DedicatedHostSection.Document, DedicatedHost> {
    public record Document(String cloud, String account, String region, String project, String id, String zone,
                           String hostType, String name, String description, String actionOnMaintenance,
                           String autoPlacement, String autoReleaseTime, String cpuOverCommitRatio, String chargeType,
                           String saleCycle, OffsetDateTime expiresAt, int slbUdpTimeout, int udpTimeout,
                           String clusterId) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "dedicated host", store::exists, scope -> {
            hosts.allocate(scope, d.id(), Fixtures.required(d.zone(), "zone of dedicated host " + d.id()),
                    Fixtures.required(d.hostType(), "hostType of dedicated host " + d.id()),
                    new DedicatedHostService.Changes(d.name(), d.description(),
                            Fixtures.text(d.actionOnMaintenance(), "Stop"), Fixtures.text(d.autoPlacement(), "on"),
                            d.cpuOverCommitRatio(), d.slbUdpTimeout(), d.udpTimeout()),
                    Fixtures.text(d.chargeType(), DedicatedHost.POST_PAID), null, d.autoReleaseTime(),
                    Fixtures.text(d.clusterId()).isEmpty() ? null : d.clusterId(), Map.of());
            if (DedicatedHost.PRE_PAID.equals(d.chargeType()) && d.expiresAt() != null) {
                store.update(d.id(), RowChanges.of("chargeType", DedicatedHost.PRE_PAID, "saleCycle",
                        Fixtures.text(d.saleCycle()), "expiresAt", d.expiresAt()));
            }
        });
    }
}
