package io.cloudtwin.core.mirror;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "trafficMirrorSessions" of the state document, made again through TrafficMirrorService after their filters,
 * network interfaces and load balancers, with their sources.
 */
@Section(name = "trafficMirrorSessions", order = 74)
record TrafficMirrorSessionSection(TrafficMirrorStore store, TrafficMirrorService mirrors)
        implements StateSection<TrafficMirrorSessionSection.Document> {
    public record Document(String cloud, String account, String region, String id, String name, String description,
                           String filterId, String targetId, String targetType, Integer priority,
                           Integer virtualNetworkId, Integer packetLength, Boolean enabled, List<String> sourceIds) {}

    @Override
    public List<Document> export() {
        List<TrafficMirrorSession> all = store.sessions().all();
        var sources = store.sourcesOf(all.stream().map(TrafficMirrorSession::id).toList());
        return all.stream().map(s -> new Document(s.cloud().key(), s.accountId(), s.region(), s.id(), s.name(),
                s.description(), s.filterId(), s.targetId(), s.targetType(), s.priority(), s.virtualNetworkId(),
                s.packetLength(), s.enabled(), sources.getOrDefault(s.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a traffic mirror session");
        Scope scope = fixtures.regionScope(d.cloud(), d.account(), d.region(), "traffic mirror session " + id);
        if (store.sessions().exists(id)) return false;
        if (d.priority() == null) throw new InvalidFixture("missing priority of traffic mirror session " + id);
        mirrors.createSession(scope, id, new TrafficMirrorService.NewSession(Fixtures.text(d.name()),
                Fixtures.text(d.description()), Fixtures.required(d.filterId(), "filterId of " + id),
                Fixtures.required(d.targetId(), "targetId of " + id),
                Fixtures.required(d.targetType(), "targetType of " + id), d.priority(), d.virtualNetworkId(),
                d.packetLength(), d.enabled(), Fixtures.list(d.sourceIds())), Map.of());
        return true;
    }
}
