package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "isolationGroups" of the state document (UCloud's isolation groups, Aliyun's deployment sets), each with its
 * strategy (absent: HOSTS) and the hosts in it, and for an AVAILABILITY_GROUP set the group each host stands in;
 * imported through IsolationGroupService as requests make them, so a document's group holds no more than a request's.
 */
@Section(name = "isolationGroups", order = 56)
record IsolationGroupSection(IsolationGroupStore store, IsolationGroupService groups, InstanceService instances)
        implements StateSection<IsolationGroupSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String remark, String strategy, Integer groupCount, List<String> hosts,
                           Map<String, Integer> groupNumbers) implements Scoped {}

    @Override
    public List<Document> export() {
        var members = store.allMembers();
        return store.all().stream().map(g -> {
            var mine = members.stream().filter(m -> m.groupId().equals(g.id())).toList();
            Map<String, Integer> numbers = new TreeMap<>();
            mine.stream().filter(m -> m.groupNo() > 0).forEach(m -> numbers.put(m.instanceId(), m.groupNo()));
            return new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(), g.id(), g.name(), g.remark(),
                    g.strategy().name(), g.groupCount(), mine.stream().map(IsolationGroup.Member::instanceId)
                            .toList(), numbers.isEmpty() ? null : numbers);
        }).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "isolation group", store::exists, scope -> {
            IsolationGroup.Strategy strategy = d.strategy() == null ? IsolationGroup.Strategy.HOSTS
                    : Fixtures.choice(IsolationGroup.Strategy.class, d.strategy(),
                            "strategy of isolation group " + d.id());
            groups.create(scope, d.id(), Fixtures.required(d.name(), "name of isolation group " + d.id()),
                    Fixtures.text(d.remark()), strategy, d.groupCount() == null ? 0 : d.groupCount());
            Map<String, Integer> numbers = d.groupNumbers() == null ? Map.of() : d.groupNumbers();
            for (String host : Fixtures.list(d.hosts())) {
                groups.join(scope, d.id(), List.of(instances.get(scope, host)), numbers.get(host));
            }
        });
    }
}
