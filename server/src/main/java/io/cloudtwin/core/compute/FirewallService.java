package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.UniqueWrites;
import io.cloudtwin.core.network.DefaultNetworks;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.security.Firewall;
import io.cloudtwin.core.security.FirewallFilter;
import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.core.security.FirewallStore;

/**
 * UCloud UNet firewalls. A SecurityMode=Firewall host has exactly one firewall: the one it was created with, or the
 * recommended web firewall, until GrantFirewall applies another. Every account, region and project has two
 * recommended firewalls ("recommend web", "recommend non web"), made on demand and never deletable.
 *
 * <p>Locks: a grant locks the instance row, then the firewall row (instances before firewalls, as instances before
 * groups in BindingService); a rule change, a rename and a deletion lock the firewall row; creating hosts locks the
 * firewall, then (in InstanceService) the VPC and the subnet. A deletion therefore either sees a grant's binding or
 * makes the grant find no firewall, and the foreign key of firewall_binding refuses whatever slips past.
 */
@Service
public record FirewallService(FirewallStore store, InstanceStore instances, InstanceService instanceService,
                              DefaultNetworks defaultNetworks, NetworkService networks, Transitions transitions,
                              UniqueWrites writes, Transactions tx) implements KindService<Firewall> {
    /** Name, type and rules of the recommended firewalls (the rules are cloudtwin's reading of the console's). */
    private record Recommended(String kind, String name, String type, List<String> rules) {}

    private static final List<Recommended> RECOMMENDED = List.of(
            new Recommended("web", "Web服务器推荐", "recommend web", List.of("TCP|22|0.0.0.0/0|ACCEPT|HIGH",
                    "TCP|3389|0.0.0.0/0|ACCEPT|HIGH", "TCP|80|0.0.0.0/0|ACCEPT|HIGH", "TCP|443|0.0.0.0/0|ACCEPT|HIGH",
                    "ICMP||0.0.0.0/0|ACCEPT|HIGH")),
            new Recommended("non web", "非Web服务器推荐", "recommend non web", List.of("TCP|22|0.0.0.0/0|ACCEPT|HIGH",
                    "TCP|3389|0.0.0.0/0|ACCEPT|HIGH", "ICMP||0.0.0.0/0|ACCEPT|HIGH")));
    public static final String USER_DEFINED = "user defined";

    /**
     * Makes the scope's recommended firewalls if it lacks them, in a transaction of its own: the unique index on
     * (scope, recommended) lets one of several concurrent first callers make each, the others find them. Call it
     * before the caller's own transaction takes locks.
     */
    public void ensureRecommended(Scope scope) {
        if (store.recommendedCount(scope) == RECOMMENDED.size()) return;
        for (Recommended r : RECOMMENDED) {
            writes.inOwnTransaction(() -> {
                if (store.recommended(scope, r.kind()).isPresent()) return;
                Firewall f = new Firewall(Ids.random("firewall-", 8), scope.cloud(), scope.accountId(),
                        scope.region(), scope.projectId(), groupId(), r.name(), "Default", "", r.type(), r.kind(),
                        transitions.now());
                store.insert(f);
                store.replaceRules(f.id(), r.rules().stream().map(FirewallRule::parse).toList());
            });
        }
    }

    /** Creates a user-defined firewall; 4364 when the scope already has one of that name. */
    public Firewall create(Scope scope, String name, String tag, String remark, List<FirewallRule> rules) {
        return tx.call(() -> {
            ensureRecommended(scope);
            Firewall f = new Firewall(Ids.random("firewall-", 8), scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), groupId(), name, nz(tag, "Default"), nz(remark, ""), USER_DEFINED, null,
                    transitions.now());
            return insert(f, rules, DuplicateKeyException.class);
        });
    }

    /**
     * A firewall a state document describes, with its id and type (user defined, or one of the recommended ones, at
     * most one of each per scope): the same name rule as CreateFirewall, its rules parsed as UCloud writes them.
     */
    public Firewall load(Scope scope, String id, String name, String tag, String remark, String type, List<FirewallRule> rules) {
        return tx.call(() -> {
            String recommended = type.equals(USER_DEFINED) ? null : RECOMMENDED.stream().filter(r -> r.type().equals(type))
                    .map(Recommended::kind).findFirst()
                    .orElseThrow(() -> new DomainException(DomainError.INVALID_FIREWALL_RULE, "type " + type));
            Firewall f = new Firewall(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), groupId(),
                    name, nz(tag, "Default"), nz(remark, ""), type, recommended, transitions.now());
            return insert(f, rules, DataIntegrityViolationException.class);
        });
    }

    /** Inserts a firewall with its rules; the refusal named (a name the scope has already) answers 4364. */
    private Firewall insert(Firewall f, List<FirewallRule> rules, Class<? extends DataIntegrityViolationException> taken) {
        try {
            store.insert(f);
        } catch (DataIntegrityViolationException e) {
            if (!taken.isInstance(e)) throw e;
            throw new DomainException(DomainError.FIREWALL_NAME_EXISTS, f.name());
        }
        store.replaceRules(f.id(), rules);
        return f;
    }

    /** The scope's firewalls (its recommended ones made first), filtered, one page, with rules and resource counts. */
    public Page<View> list(Scope scope, FirewallFilter filter, int offset, int limit) {
        return tx.call(() -> {
            ensureRecommended(scope);
            Page<Firewall> page = store.list(scope, filter, offset, limit);
            List<String> ids = page.items().stream().map(Firewall::id).toList();
            Map<String, List<FirewallRule>> rules = store.rulesOf(ids);
            Map<String, Long> counts = store.resourceCounts(ids);
            return new Page<>(page.items().stream().map(f -> new View(f, rules.getOrDefault(f.id(), List.of()),
                    counts.getOrDefault(f.id(), 0L))).toList(), page.total());
        });
    }

    /** A firewall with its rules and how many resources it is applied to. */
    public record View(Firewall firewall, List<FirewallRule> rules, long resourceCount) {}

    /** Replaces every rule of a firewall (UpdateFirewall). */
    public void replaceRules(Scope scope, String id, List<FirewallRule> rules) {
        tx.run(() -> {
            store.locked(scope, id);
            store.replaceRules(id, rules);
        });
    }

    /** Renames, re-tags or re-marks a firewall; null leaves a field as it is. 4364 for a taken name. */
    public void updateAttributes(Scope scope, String id, String name, String tag, String remark) {
        tx.run(() -> {
            store.locked(scope, id);
            try {
                store.updateAttributes(id, name, tag, remark);
            } catch (DuplicateKeyException e) {
                throw new DomainException(DomainError.FIREWALL_NAME_EXISTS, name);
            }
        });
    }

    /** Applies a firewall to a host, replacing the one it had (GrantFirewall). */
    public void grant(Scope scope, String id, String instanceId) {
        tx.run(() -> {
            transitions.settle();
            instances.lock(scope, instanceId).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, instanceId));
            store.locked(scope, id);
            try {
                store.bind(instanceId, id, transitions.now());
            } catch (DataIntegrityViolationException e) {
                throw notFound(id);
            }
        });
    }

    /** Deletes a user-defined firewall that no resource uses: 4358 for a recommended one, 4361 while in use. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            Firewall f = store.locked(scope, id);
            if (f.isRecommended()) throw new DomainException(DomainError.FIREWALL_NOT_DELETABLE, id);
            if (store.inUse(id)) throw new DomainException(DomainError.FIREWALL_IN_USE, id);
            Constraints.enforce(() -> store.delete(id), DomainError.FIREWALL_IN_USE, id);
        });
    }

    /** The hosts a firewall of the scope is applied to, one page, in id order. */
    public Page<Instance> resources(Scope scope, String id, int offset, int limit) {
        return tx.call(() -> {
            store.get(scope, id);
            transitions.settle();
            return instances.withFirewall(id, offset, limit);
        });
    }

    /** The firewall of each of the given hosts, by host id (absent: the host has none, e.g. SecGroup mode). */
    public Map<String, String> firewallsOf(List<String> instanceIds) {
        return tx.read(() -> store.firewallsOf(instanceIds));
    }

    /**
     * Creates hosts as CreateUHostInstance does: placed in the named subnet, or - when the request names no network
     * and no security group - in the scope's default subnet; in Firewall mode (firewall != null) each gets the named
     * firewall, or the recommended web firewall when the name is empty. All or nothing, one transaction.
     */
    public List<Instance> createHosts(Scope scope, InstanceService.NewInstance spec, int count, Placement placement) {
        return tx.call(() -> {
            Firewall fw = null;
            if (placement.firewallMode()) {
                if (placement.firewallId() == null || placement.firewallId().isEmpty()) {
                    ensureRecommended(scope);
                    fw = store.recommended(scope, RECOMMENDED.get(0).kind()).orElseThrow(() -> notFound("recommend web"));
                    fw = store.lock(scope, fw.id()).orElseThrow(() -> notFound("recommend web"));
                } else {
                    fw = store.locked(scope, placement.firewallId());
                }
            }
            InstanceService.NewInstance placed = spec;
            boolean namesNetwork = !nz(spec.vpcId(), "").isEmpty() || !nz(spec.subnetId(), "").isEmpty();
            if (!namesNetwork && spec.groups().isEmpty()) {
                Subnet s = defaultNetworks.subnet(scope);
                placed = withSubnet(spec, s.id());
            } else if (nz(spec.subnetId(), "").isEmpty() && !nz(spec.vpcId(), "").isEmpty()) {
                var subnets = networks.listSubnets(scope, new SubnetFilter(null,
                        spec.vpcId(), null, null), 0, 1);
                if (!subnets.items().isEmpty()) placed = withSubnet(spec, subnets.items().get(0).id());
            }
            List<Instance> created = instanceService.create(scope, placed, count);
            if (fw != null) {
                var now = transitions.now();
                for (Instance i : created) store.bind(i.id(), fw.id(), now);
            }
            return new ArrayList<>(created);
        });
    }

    /** Where CreateUHostInstance puts hosts: Firewall mode with a firewall id (empty: the recommended web one). */
    public record Placement(boolean firewallMode, String firewallId) {}

    private static InstanceService.NewInstance withSubnet(InstanceService.NewInstance s, String subnetId) {
        return new InstanceService.NewInstance(s.zone(), s.name(), s.description(), s.imageId(), s.instanceType(),
                s.vpcId(), s.cpu(), s.memoryMb(), s.target(), s.groups(), s.tag(), subnetId, s.privateIp());
    }

    /** A legacy numeric security-group id, as UCloud still reports it in GroupId. */
    private static String groupId() {
        return String.valueOf(Ids.number(100_000, 1_000_000));
    }

    private static DomainException notFound(String id) {
        return new DomainException(DomainError.FIREWALL_NOT_FOUND, id);
    }

    private static String nz(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
