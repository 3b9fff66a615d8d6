package io.cloudtwin.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.core.SecurityGroup;
import io.cloudtwin.core.SecurityGroupRule;
import io.cloudtwin.core.Transitions;
import io.cloudtwin.store.InstanceStore;
import io.cloudtwin.store.MembershipStore;
import io.cloudtwin.store.RuleStore;
import io.cloudtwin.store.SecurityGroupStore;

/** Exports the whole store as a Fixture, and imports one (seed files, admin API). */
@Service
public class StateService {
    private final Accounts accounts;
    private final SecurityGroupStore groups;
    private final InstanceStore instances;
    private final MembershipStore memberships;
    private final RuleStore rules;
    private final Transitions clock;
    @org.springframework.beans.factory.annotation.Autowired
    private io.cloudtwin.store.QuotaStore quotas;

    public StateService(Accounts accounts, SecurityGroupStore groups, InstanceStore instances,
                        MembershipStore memberships, RuleStore rules, Transitions clock) {
        this.accounts = accounts;
        this.groups = groups;
        this.instances = instances;
        this.memberships = memberships;
        this.rules = rules;
        this.clock = clock;
    }

    /** A fixture that cannot be imported: names what is wrong. */
    public static class InvalidFixture extends RuntimeException {
        InvalidFixture(String message) {
            super(message, null, false, false);
        }
    }

    /** The whole state without account secrets (access key secrets, private keys). */
    public Fixture export() {
        return export(false);
    }

    /** The whole state; account secrets only when asked for. */
    @Transactional(readOnly = true)
    public Fixture export(boolean secrets) {
        clock.settle();
        var allRules = rules.all();
        var bindings = memberships.all();
        List<CloudtwinProperties.AccountProperties> accountDocs = accounts.all().stream()
                .map(a -> secrets ? a.toProperties() : a.withoutSecrets().toProperties()).toList();
        List<Fixture.Group> groupDocs = groups.all().stream().map(g -> new Fixture.Group(g.cloud().key(), g.accountId(),
                g.region(), g.projectId(), g.id(), g.name(), g.description(), g.vpcId(), g.groupType(), g.tag(),
                allRules.getOrDefault(g.id(), List.of()).stream().map(r -> new Fixture.Rule(r.id(), r.direction(),
                        r.ipRange(), r.priority(), r.protocol(), r.dstPort(), r.action(), r.remark())).toList())).toList();
        List<Fixture.Host> hostDocs = instances.all().stream().map(i -> new Fixture.Host(i.cloud().key(), i.accountId(),
                i.region(), i.projectId(), i.zone(), i.id(), i.name(), i.description(), i.imageId(), i.instanceType(),
                i.vpcId(), i.cpu(), i.memoryMb(), statusWord(i.status()), i.lockReason(), i.tag(),
                bindings.getOrDefault(i.id(), List.of()).stream()
                        .map(m -> new Fixture.Binding(m.groupId(), m.priority())).toList())).toList();
        return new Fixture(accountDocs, groupDocs, hostDocs);
    }

    /**
     * Imports a fixture in one transaction: all of it, or (InvalidFixture) none of it. Returns what was created.
     * An account that exists keeps its keys unless replaceAccounts (then a key the fixture leaves out, as an export
     * without secrets does, keeps its value).
     */
    @Transactional
    public Map<String, Integer> importFixture(Fixture f, boolean replaceAccounts) {
        int newAccounts = 0, newGroups = 0, newInstances = 0;
        if (quotas != null) quotas.forgetAll(); // counted afresh, imported resources included
        for (var a : nz(f.accounts())) {
            if (a.id() == null || a.id().isBlank()) throw new InvalidFixture("an account has no id");
            Account given = Account.from(a.name() != null ? a
                    : new CloudtwinProperties.AccountProperties(a.id(), a.id(), a.aliyun(), a.ucloud()));
            var existing = accounts.byId(a.id());
            if (existing.isPresent()) {
                if (replaceAccounts) accounts.register(given.secretsFrom(existing.get()));
                continue;
            }
            accounts.register(given);
            newAccounts++;
        }
        var now = clock.now();
        for (Fixture.Group g : nz(f.securityGroups())) {
            Cloud cloud = cloud(g.cloud());
            Account account = account(g.account());
            String id = g.id() == null ? Ids.securityGroupId(cloud) : g.id();
            if (groups.exists(id)) continue;
            groups.insert(new SecurityGroup(id, cloud, account.id(), required(g.region(), "region of group " + id),
                    project(cloud, account, g.project()), s(g.name()), s(g.description()), s(g.vpcId()),
                    g.type() == null ? (cloud == Cloud.ALIYUN ? "normal" : "user defined") : g.type(), now, s(g.tag())));
            for (Fixture.Rule r : nz(g.rules())) {
                rules.insert(new SecurityGroupRule(r.id() == null ? java.util.UUID.randomUUID().toString() : r.id(), id,
                        required(r.direction(), "rule direction"), required(r.ipRange(), "rule ipRange"),
                        r.priority() == null ? 1 : r.priority(), required(r.protocol(), "rule protocol"), s(r.dstPort()),
                        required(r.action(), "rule action"), s(r.remark())), now);
            }
            newGroups++;
        }
        for (Fixture.Host h : nz(f.instances())) {
            Cloud cloud = cloud(h.cloud());
            Account account = account(h.account());
            String id = h.id() == null ? Ids.instanceId(cloud) : h.id();
            if (instances.exists(id)) continue;
            String region = required(h.region(), "region of instance " + id);
            String project = project(cloud, account, h.project());
            instances.insert(new Instance(id, cloud, account.id(), region, project, s(h.zone()), s(h.name()),
                    s(h.description()), s(h.imageId()), s(h.instanceType()), s(h.vpcId()),
                    h.cpu() == null ? 2 : h.cpu(), h.memoryMb() == null ? 4096 : h.memoryMb(), status(h.status()),
                    h.lockReason(), now, s(h.tag()), List.of()), null, null);
            for (Fixture.Binding b : nz(h.securityGroups())) {
                groups.find(new io.cloudtwin.core.Scope(cloud, account.id(), region, project), b.id())
                        .orElseThrow(() -> new InvalidFixture("instance " + id + " names security group " + b.id()
                                + ", which is not in its cloud, account, region and project"));
                memberships.add(id, b.id(), b.priority() == null ? 1 : b.priority(), now);
            }
            newInstances++;
        }
        return Map.of("accounts", newAccounts, "securityGroups", newGroups, "instances", newInstances);
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String required(String v, String what) {
        if (v == null || v.isBlank()) throw new InvalidFixture("missing " + what);
        return v;
    }

    private static Cloud cloud(String c) {
        try {
            return Cloud.valueOf(required(c, "cloud").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture("cloud must be aliyun or ucloud, not " + c);
        }
    }

    private Account account(String id) {
        if (id == null || id.isBlank()) return accounts.defaultAccount();
        return accounts.byId(id).orElseThrow(() -> new InvalidFixture("unknown account " + id));
    }

    private static String project(Cloud cloud, Account account, String project) {
        if (cloud == Cloud.ALIYUN) return "";
        if (project == null || project.isBlank()) return account.defaultUcloudProject();
        if (!account.ucloudProjects().contains(project)) throw new InvalidFixture("unknown project " + project);
        return project;
    }

    /** Running, Stopped, Pending...; UCloud's Initializing too. Settled states only make sense in a fixture. */
    static InstanceStatus status(String s) {
        if (s == null || s.isBlank()) return InstanceStatus.RUNNING;
        String v = s.trim().toUpperCase(Locale.ROOT);
        if (v.equals("INITIALIZING")) return InstanceStatus.PENDING;
        try {
            return InstanceStatus.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture("unknown status " + s);
        }
    }

    static String statusWord(InstanceStatus s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
