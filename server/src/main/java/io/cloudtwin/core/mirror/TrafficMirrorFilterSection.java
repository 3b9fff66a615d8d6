package io.cloudtwin.core.mirror;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "trafficMirrorFilters" of the state document, each with its rules (ingress ones first, each keeping its id),
 * made again through TrafficMirrorService.
 */
@Section(name = "trafficMirrorFilters", order = 73)
record TrafficMirrorFilterSection(TrafficMirrorStore store, TrafficMirrorService mirrors)
        implements StateSection<TrafficMirrorFilterSection.Document> {
    public record Rule(String id, String direction, int priority, String action, String protocol, String sourceCidr,
                       String destinationCidr, String sourcePortRange, String destinationPortRange) {}

    public record Document(String cloud, String account, String region, String id, String name, String description,
                           List<Rule> rules) {}

    @Override
    public List<Document> export() {
        List<TrafficMirrorFilter> all = store.all();
        var rules = store.rulesOf(all.stream().map(TrafficMirrorFilter::id).toList());
        return all.stream().map(f -> new Document(f.cloud().key(), f.accountId(), f.region(), f.id(), f.name(),
                f.description(), rules.getOrDefault(f.id(), List.of()).stream().map(r -> new Rule(r.id(),
                        r.direction(), r.priority(), r.action(), r.protocol(), r.sourceCidr(), r.destinationCidr(),
                        r.sourcePortRange(), r.destinationPortRange())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a traffic mirror filter");
        Scope scope = fixtures.regionScope(d.cloud(), d.account(), d.region(), "traffic mirror filter " + id);
        if (store.exists(id)) return false;
        List<Rule> rules = d.rules() == null ? List.of() : d.rules();
        List<Rule> ingress = rules.stream().filter(r -> TrafficMirrorService.INGRESS.equals(r.direction())).toList();
        List<Rule> egress = rules.stream().filter(r -> !TrafficMirrorService.INGRESS.equals(r.direction())).toList();
        Iterator<String> ids = Stream.concat(ingress.stream(), egress.stream())
                .map(r -> Fixtures.required(r.id(), "id of a rule of traffic mirror filter " + id)).iterator();
        mirrors.createFilter(scope, id, new TrafficMirrorService.NewFilter(Fixtures.text(d.name()),
                Fixtures.text(d.description()), ingress.stream().map(TrafficMirrorFilterSection::rule).toList(),
                egress.stream().map(TrafficMirrorFilterSection::rule).toList()), Map.of(), ids::next);
        return true;
    }

    private static TrafficMirrorService.NewRule rule(Rule r) {
        return new TrafficMirrorService.NewRule(r.priority(), r.action(), r.protocol(), r.sourceCidr(),
                r.destinationCidr(), r.sourcePortRange(), r.destinationPortRange());
    }
}
