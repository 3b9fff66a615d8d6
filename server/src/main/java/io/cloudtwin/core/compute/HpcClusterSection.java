package io.cloudtwin.core.compute;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "hpcClusters" of the state document, created through HpcClusterService. */
@Section(name = "hpcClusters", order = 17)
record HpcClusterSection(HpcClusterStore store, HpcClusterService clusters)
        implements StateSection<HpcClusterSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(c -> new Document(c.cloud().key(), c.accountId(), c.region(), c.projectId(),
                c.id(), c.name(), c.description())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "HPC cluster", store::exists, scope ->
                clusters.create(scope, d.id(), Fixtures.required(d.name(), "name of HPC cluster " + d.id()),
                        d.description()));
    }
}
