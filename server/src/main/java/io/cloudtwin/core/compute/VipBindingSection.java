package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.network.Vip;
import io.cloudtwin.core.network.VipStore;

/**
 * The "vipBindings" of the state document: the hosts bound to each virtual IP (kind instance or interface), after the
 * VIPs, instances and interfaces they name; imported through VipBindings as AssociateHaVip binds them, so a host of
 * another subnet, or an eleventh, is refused as a request's.
 */
@Section(name = "vipBindings", order = 62)
record VipBindingSection(VipStore store, VipBindings bindings) implements StateSection<VipBindingSection.Document> {
    public record Document(String cloud, String account, String region, String project, String vip, String host,
                           String kind) {}

    @Override
    public List<Document> export() {
        Map<String, Vip> vips = store.all().stream().collect(Collectors.toMap(Vip::id, v -> v));
        return store.allBindings().stream().map(b -> {
            Vip v = vips.get(b.vipId());
            return new Document(v.cloud().key(), v.accountId(), v.region(), v.projectId(), b.vipId(), b.targetId(),
                    b.kind());
        }).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String vip = Fixtures.required(d.vip(), "vip of a VIP binding");
        String host = Fixtures.required(d.host(), "host of VIP binding " + vip);
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "VIP binding " + vip);
        if (store.bindingsOf(List.of(vip)).stream().anyMatch(b -> b.targetId().equals(host))) return false;
        String kind = d.kind() == null ? Vip.INSTANCE : d.kind();
        if (!kind.equals(Vip.INSTANCE) && !kind.equals(Vip.INTERFACE)) {
            throw new InvalidFixture("VIP binding " + vip + ": kind must be instance or interface, not " + kind);
        }
        bindings.bind(scope, vip, host, kind);
        return true;
    }
}
