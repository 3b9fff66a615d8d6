package io.cloudtwin.core.compute;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "snapshotGroups" of the state document: each group with its snapshots, brought back after them. */
@Section(name = "snapshotGroups", order = 83)
record SnapshotGroupSection(SnapshotGroupStore store, SnapshotStore snapshots, SnapshotGroupService groups)
        implements StateSection<SnapshotGroupSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String instanceId, List<String> snapshotIds) implements Scoped {}

    @Override
    public List<Document> export() {
        List<SnapshotGroup> all = store.all();
        var members = store.members(all.stream().map(SnapshotGroup::id).toList());
        return all.stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(), g.id(),
                g.name(), g.description(), g.instanceId(), members.getOrDefault(g.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "snapshot group", store::exists, scope -> {
            List<String> taken = d.snapshotIds() == null ? List.of() : d.snapshotIds();
            for (String s : taken) {
                if (!snapshots.exists(s)) throw new InvalidFixture("snapshot group " + d.id() + ": no snapshot " + s);
            }
            groups.restore(new SnapshotGroup(d.id(), scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), Fixtures.text(d.name()), Fixtures.text(d.description()),
                    Fixtures.required(d.instanceId(), "instanceId of snapshot group " + d.id()), fixtures.now()),
                    taken);
        });
    }
}
