package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.List;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.security.Firewall;
import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.core.security.FirewallStore;

/** The "firewalls" of the state document: UCloud UNet firewalls, made by FirewallService as CreateFirewall does. */
@Section(name = "firewalls", order = 40)
record FirewallSection(FirewallStore store,
                       FirewallService firewalls) implements StateSection<FirewallSection.Document> {
    /**
     * type: "user defined" (default), "recommend web" or "recommend non web" (at most one of each recommended kind per
     * account, region and project); rules in UCloud's own form, e.g. "TCP|22|0.0.0.0/0|ACCEPT|HIGH".
     */
    public record Document(String account, String region, String project, String id, String name, String tag,
                           String remark, String type, List<String> rules) {}

    @Override
    public List<Document> export() {
        List<Firewall> all = store.all();
        var rules = store.rulesOf(all.stream().map(Firewall::id).toList());
        return all.stream().map(f -> new Document(f.accountId(), f.region(), f.projectId(), f.id(), f.name(), f.tag(),
                f.remark(), f.type(), rules.getOrDefault(f.id(), List.of()).stream().map(FirewallRule::text).toList()))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(Cloud.UCLOUD.key(), d.account(), d.region(), d.project(), "firewall " + d.id());
        String id = d.id() == null ? Ids.random("firewall-", 8) : d.id();
        if (store.exists(id)) return false;
        List<FirewallRule> parsed = new ArrayList<>();
        for (String r : Fixtures.list(d.rules())) {
            try {
                parsed.add(FirewallRule.parse(r));
            } catch (DomainException e) {
                throw new InvalidFixture("firewall " + id + ": rule " + r + " is not PROTOCOL|PORT|SRC_IP|ACTION|PRIORITY");
            }
        }
        String type = d.type() == null || d.type().isBlank() ? FirewallService.USER_DEFINED : d.type();
        firewalls.load(scope, id, Fixtures.required(d.name(), "name of firewall " + id), d.tag(), d.remark(), type, parsed);
        return true;
    }
}
