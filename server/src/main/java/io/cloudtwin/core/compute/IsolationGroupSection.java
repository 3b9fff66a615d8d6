package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "isolationGroups" of the state document, each with the hosts in it; imported through IsolationGroupService as
 * requests make them, so a document's group holds at most seven hosts of a zone too.
 */
@Section(name = "isolationGroups", order = 56)
record IsolationGroupSection(IsolationGroupStore store, IsolationGroupService groups, InstanceService instances)
        implements StateSection<IsolationGroupSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String remark, List<String> hosts) {}

    @Override
    public List<Document> export() {
        var members = store.allMembers();
        return store.all().stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(),
                g.id(), g.name(), g.remark(), members.entrySet().stream().filter(e -> e.getValue().equals(g.id()))
                        .map(Map.Entry::getKey).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of an isolation group");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "isolation group " + id);
        if (store.exists(id)) return false;
        groups.create(scope, id, Fixtures.required(d.name(), "name of isolation group " + id),
                Fixtures.text(d.remark()));
        groups.join(scope, id, Fixtures.list(d.hosts()).stream().map(h -> instances.get(scope, h)).toList());
        return true;
    }
}
