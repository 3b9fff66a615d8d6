package io.cloudtwin.core.compute;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "dedicatedHostClusters" of the state document, created before the hosts that name them. */
@Section(name = "dedicatedHostClusters", order = 18)
record DedicatedHostClusterSection(DedicatedHostClusterStore store, DedicatedHostClusterService clusters)
        implements StateSection.Rows<DedicatedHostClusterSection.Document, DedicatedHostCluster> {
    public record Document(String cloud, String account, String region, String project, String id, String zone,
                           String name, String description) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "dedicated host cluster", store::exists, scope ->
                clusters.create(scope, d.id(), Fixtures.required(d.zone(), "zone of dedicated host cluster " + d.id()), d.name(),
                        d.description(), Map.of()));
    }
}
