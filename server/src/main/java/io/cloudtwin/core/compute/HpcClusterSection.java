package io.cloudtwin.core.compute;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "hpcClusters" of the state document, created through HpcClusterService. */
@Section(name = "hpcClusters", order = 17)
record HpcClusterSection(HpcClusterStore store, HpcClusterService clusters)
        implements StateSection.Rows<HpcClusterSection.Document, HpcCluster> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "HPC cluster", store::exists, scope ->
                clusters.create(scope, d.id(), Fixtures.required(d.name(), "name of HPC cluster " + d.id()),
                        d.description()));
    }
}
