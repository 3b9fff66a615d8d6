package io.cloudtwin.core.mirror;

import static java.util.Objects.requireNonNullElse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.balancing.LoadBalancer;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.tag.TagService;

/**
 * Traffic mirroring: filters and their rules, sessions and their sources. A filter's rules change under the filter's
 * row lock (at most RULES_PER_DIRECTION a direction, a priority once per direction); a session is made or moved to a
 * filter under that filter's lock, so a filter a session uses is never deleted; a session's sources change under the
 * session's lock. Lock order: the session, then the filter. A source is a network interface attached to an instance; a
 * target is one too (NetworkInterface) or an internal load balancer in a VPC (SLB), never also a source of the session.
 */
@Service
public record TrafficMirrorService(TrafficMirrorStore store, InterfaceService interfaces,
                                   LoadBalancerService loadBalancers, WallClock clock, TagService tags,
                                   Transactions tx) {
    /** How many rules a filter has at most in each direction (their priorities are 1 to this). */
    public static final int RULES_PER_DIRECTION = 10;
    public static final String INGRESS = "ingress";
    public static final String EGRESS = "egress";
    /** The target types, in the cloud's words. */
    public static final String NETWORK_INTERFACE = "NetworkInterface";
    public static final String SLB = "SLB";
    /** The port range of every port, which rules of protocols without ports (ALL, ICMP) have. */
    public static final String EVERY_PORT = "-1/-1";
    private static final Set<String> PORTLESS = Set.of("ALL", "ICMP");
    /** The VXLAN network ids a session takes. */
    private static final int VNI_RANGE = 16_777_216;
    public static final int DEFAULT_PACKET_LENGTH = 1500;

    /** A rule as asked for: priority 0 takes the direction's lowest free one; a null port range is every port. */
    public record NewRule(int priority, String action, String protocol, String sourceCidr, String destinationCidr,
                          String sourcePortRange, String destinationPortRange) {}

    public record NewFilter(String name, String description, List<NewRule> ingress, List<NewRule> egress) {}

    /** The rules a filter was made with or given, by direction, in the order asked. */
    public record RuleIds(List<String> ingress, List<String> egress) {}

    public TrafficMirrorFilter createFilter(Scope scope, String id, NewFilter spec, Map<String, String> tagged,
                                            Supplier<String> ruleIds) {
        return tx.call(() -> {
            TrafficMirrorFilter f = new TrafficMirrorFilter(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), spec.name(), spec.description(), clock.now());
            store.insert(f);
            addRules(scope, f, spec.ingress(), spec.egress(), ruleIds);
            tags.tagNew(scope, ResourceType.TRAFFIC_MIRROR_FILTER, id, tagged);
            return f;
        });
    }

    /** Renames or re-describes a filter; null leaves each as it is. */
    public void updateFilter(Scope scope, String id, String name, String description) {
        tx.run(() -> {
            lockFilter(scope, id);
            store.update(id, RowChanges.of("name", name, "description", description));
        });
    }

    /** Deletes a filter with its rules and tags; refused while a session mirrors through it. */
    public void deleteFilter(Scope scope, String id) {
        tx.run(() -> {
            lockFilter(scope, id);
            if (store.filterUsed(id)) throw new DomainException(DomainError.MIRROR_FILTER_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** Adds rules to a filter, all or none. */
    public RuleIds addRules(Scope scope, String filterId, List<NewRule> ingress, List<NewRule> egress,
                            Supplier<String> ruleIds) {
        return tx.call(() -> addRules(scope, lockFilter(scope, filterId), ingress, egress, ruleIds));
    }

    private RuleIds addRules(Scope scope, TrafficMirrorFilter f, List<NewRule> ingress, List<NewRule> egress,
                             Supplier<String> ruleIds) {
        List<TrafficMirrorRule> existing = store.rulesOf(f.id());
        return new RuleIds(addRules(scope, f, INGRESS, ingress, existing, ruleIds),
                addRules(scope, f, EGRESS, egress, existing, ruleIds));
    }

    private List<String> addRules(Scope scope, TrafficMirrorFilter f, String direction, List<NewRule> asked,
                                  List<TrafficMirrorRule> existing, Supplier<String> ruleIds) {
        Set<Integer> taken = new HashSet<>();
        for (TrafficMirrorRule r : existing) if (r.direction().equals(direction)) taken.add(r.priority());
        if (taken.size() + asked.size() > RULES_PER_DIRECTION) {
            throw new DomainException(DomainError.MIRROR_RULES_EXCEEDED, f.id());
        }
        List<String> ids = new ArrayList<>();
        for (NewRule n : asked) {
            int priority = n.priority();
            if (priority == 0) {
                priority = 1;
                while (taken.contains(priority)) priority++;
            }
            if (!taken.add(priority)) throw new DomainException(DomainError.MIRROR_PRIORITY_TAKEN, String.valueOf(priority));
            String id = ruleIds.get();
            store.rules().insert(rule(scope, id, f.id(), direction, priority, n.action(), n.protocol(), n.sourceCidr(),
                    n.destinationCidr(), n.sourcePortRange(), n.destinationPortRange()));
            ids.add(id);
        }
        return ids;
    }

    private TrafficMirrorRule rule(Scope scope, String id, String filterId, String direction, int priority,
                                   String action, String protocol, String sourceCidr, String destinationCidr,
                                   String sourcePorts, String destinationPorts) {
        boolean portless = PORTLESS.contains(protocol);
        return new TrafficMirrorRule(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), filterId,
                direction, priority, action, protocol, sourceCidr, destinationCidr,
                portless || sourcePorts == null ? EVERY_PORT : sourcePorts,
                portless || destinationPorts == null ? EVERY_PORT : destinationPorts, clock.now());
    }

    /** A rule's new settings; null leaves each as it is (a protocol without ports makes both ranges every port). */
    public record RuleChange(Integer priority, String action, String protocol, String sourceCidr,
                             String destinationCidr, String sourcePortRange, String destinationPortRange) {}

    /** Changes a rule, known by its id alone, under its filter's lock: its priority once per filter and direction. */
    public void updateRule(Scope scope, String ruleId, RuleChange c) {
        tx.run(() -> {
            TrafficMirrorRule old = store.rules().get(scope, ruleId, DomainError.MIRROR_RULE_NOT_FOUND);
            lockFilter(scope, old.filterId());
            old = store.rules().get(scope, ruleId, DomainError.MIRROR_RULE_NOT_FOUND);
            TrafficMirrorRule now = rule(scope, old.id(), old.filterId(), old.direction(),
                    requireNonNullElse(c.priority(), old.priority()), requireNonNullElse(c.action(), old.action()),
                    requireNonNullElse(c.protocol(), old.protocol()),
                    requireNonNullElse(c.sourceCidr(), old.sourceCidr()),
                    requireNonNullElse(c.destinationCidr(), old.destinationCidr()),
                    requireNonNullElse(c.sourcePortRange(), old.sourcePortRange()),
                    requireNonNullElse(c.destinationPortRange(), old.destinationPortRange()));
            for (TrafficMirrorRule other : store.rulesOf(old.filterId())) {
                if (!other.id().equals(ruleId) && other.direction().equals(now.direction())
                        && other.priority() == now.priority()) {
                    throw new DomainException(DomainError.MIRROR_PRIORITY_TAKEN, String.valueOf(now.priority()));
                }
            }
            store.rules().update(ruleId, RowChanges.of("priority", now.priority(), "action", now.action(),
                    "protocol", now.protocol(), "sourceCidr", now.sourceCidr(), "destinationCidr",
                    now.destinationCidr(), "sourcePortRange", now.sourcePortRange(), "destinationPortRange",
                    now.destinationPortRange()));
        });
    }

    /** Deletes rules of the filter, all or none (one that is not the filter's: MIRROR_RULE_NOT_FOUND). */
    public void deleteRules(Scope scope, String filterId, List<String> ruleIds) {
        tx.run(() -> {
            lockFilter(scope, filterId);
            for (String id : new LinkedHashSet<>(ruleIds)) {
                store.rules().partOf(scope, id, TrafficMirrorRule::filterId, filterId, DomainError.MIRROR_RULE_NOT_FOUND);
                store.rules().delete(id);
            }
        });
    }

    /** A session as asked for: a null VXLAN network id or packet length takes the default; enabled null is false. */
    public record NewSession(String name, String description, String filterId, String targetId, String targetType,
                             int priority, Integer virtualNetworkId, Integer packetLength, Boolean enabled,
                             List<String> sourceIds) {}

    public TrafficMirrorSession createSession(Scope scope, String id, NewSession spec, Map<String, String> tagged) {
        return tx.call(() -> {
            lockFilter(scope, spec.filterId());
            requireTarget(scope, spec.targetType(), spec.targetId());
            List<String> sources = sources(scope, spec.sourceIds(), spec.targetId());
            TrafficMirrorSession s = new TrafficMirrorSession(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), spec.name(), spec.description(), spec.filterId(), spec.targetId(),
                    spec.targetType(), spec.priority(), spec.virtualNetworkId() == null
                    ? Math.floorMod(id.hashCode(), VNI_RANGE) : spec.virtualNetworkId(),
                    spec.packetLength() == null ? DEFAULT_PACKET_LENGTH : spec.packetLength(),
                    Boolean.TRUE.equals(spec.enabled()), clock.now());
            Constraints.enforce(() -> store.sessions().insert(s),
                    DomainError.MIRROR_PRIORITY_TAKEN, String.valueOf(spec.priority()));
            for (String source : sources) store.addSource(id, source, clock.now());
            tags.tagNew(scope, ResourceType.TRAFFIC_MIRROR_SESSION, id, tagged);
            return s;
        });
    }

    /** A session's new settings; null leaves each as it is. */
    public record SessionChange(String name, String description, String filterId, String targetId, String targetType,
                                Integer priority, Integer virtualNetworkId, Boolean enabled) {}

    public void updateSession(Scope scope, String id, SessionChange c) {
        tx.run(() -> {
            TrafficMirrorSession s = lockSession(scope, id);
            if (c.filterId() != null && !c.filterId().equals(s.filterId())) lockFilter(scope, c.filterId());
            String targetType = requireNonNullElse(c.targetType(), s.targetType());
            String targetId = requireNonNullElse(c.targetId(), s.targetId());
            if (!targetType.equals(s.targetType()) || !targetId.equals(s.targetId())) {
                requireTarget(scope, targetType, targetId);
                if (store.sourcesOf(id).contains(targetId)) {
                    throw new DomainException(DomainError.MIRROR_DUPLICATE_ROLE, targetId);
                }
            }
            try {
                store.sessions().update(id, RowChanges.of("name", c.name(), "description", c.description(),
                        "filterId", c.filterId(), "targetId", c.targetId(), "targetType", c.targetType(),
                        "priority", c.priority(), "virtualNetworkId", c.virtualNetworkId(), "enabled", c.enabled()));
            } catch (DataIntegrityViolationException e) {
                throw new DomainException(DomainError.MIRROR_PRIORITY_TAKEN, String.valueOf(c.priority()));
            }
        });
    }

    public void deleteSession(Scope scope, String id) {
        tx.run(() -> {
            lockSession(scope, id);
            tags.deleting(id, () -> store.sessions().delete(id));
        });
    }

    /** Adds sources to a session, all or none (one it mirrors already: MIRROR_SOURCE_ASSOCIATED). */
    public void addSources(Scope scope, String id, List<String> sourceIds) {
        tx.run(() -> {
            TrafficMirrorSession s = lockSession(scope, id);
            List<String> had = store.sourcesOf(id);
            for (String source : sources(scope, sourceIds, s.targetId())) {
                if (had.contains(source)) throw new DomainException(DomainError.MIRROR_SOURCE_ASSOCIATED, source);
                store.addSource(id, source, clock.now());
            }
        });
    }

    /** Removes sources from a session, all or none (one it does not mirror: MIRROR_SOURCE_NOT_ASSOCIATED). */
    public void removeSources(Scope scope, String id, List<String> sourceIds) {
        tx.run(() -> {
            lockSession(scope, id);
            for (String source : distinct(sourceIds)) {
                if (!store.removeSource(id, source)) {
                    throw new DomainException(DomainError.MIRROR_SOURCE_NOT_ASSOCIATED, source);
                }
            }
        });
    }

    /** The sources asked for, each once (MIRROR_SOURCE_DUPLICATED), each an attached interface other than the target. */
    private List<String> sources(Scope scope, List<String> sourceIds, String targetId) {
        List<String> out = distinct(sourceIds);
        for (String source : out) {
            if (source.equals(targetId)) throw new DomainException(DomainError.MIRROR_DUPLICATE_ROLE, source);
            requireAttached(scope, source);
        }
        return out;
    }

    private static List<String> distinct(List<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) if (!seen.add(id)) throw new DomainException(DomainError.MIRROR_SOURCE_DUPLICATED, id);
        return List.copyOf(seen);
    }

    private void requireTarget(Scope scope, String type, String id) {
        switch (type) {
            case NETWORK_INTERFACE -> requireAttached(scope, id);
            case SLB -> {
                LoadBalancer lb = loadBalancers.get(scope, id);
                if (!lb.internal() || lb.vpcId() == null) {
                    throw new DomainException(DomainError.MIRROR_TARGET_NOT_IN_VPC, id);
                }
            }
            default -> throw new DomainException(DomainError.MIRROR_TARGET_TYPE, type);
        }
    }

    private void requireAttached(Scope scope, String interfaceId) {
        NetworkInterface n = interfaces.get(scope, interfaceId);
        if (n.instanceId() == null) throw new DomainException(DomainError.MIRROR_FREE_INTERFACE, interfaceId);
    }

    private TrafficMirrorFilter lockFilter(Scope scope, String id) {
        return store.locked(scope, id);
    }

    private TrafficMirrorSession lockSession(Scope scope, String id) {
        return store.sessions().locked(scope, id, DomainError.MIRROR_SESSION_NOT_FOUND);
    }

    /** What a filter listing asks for: ids (empty: any) and a name (null: any). */
    public record FilterQuery(List<String> ids, String name) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("name", name);
        }
    }

    /** The scope's filters the query leaves, by page or after a NextToken. */
    public Listing<TrafficMirrorFilter> filters(Scope scope, FilterQuery q) {
        return store.listing(tx, scope, q.where());
    }

    public Map<String, List<TrafficMirrorRule>> rulesOf(List<String> filterIds) {
        return tx.read(() -> store.rulesOf(filterIds));
    }

    /** What a session listing asks for; null or empty: any. */
    public record SessionQuery(List<String> ids, String name, String filterId, String targetId,
                               Integer virtualNetworkId, Integer priority, Boolean enabled) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("name", name).equal("filter_id", filterId)
                    .equal("target_id", targetId).equal("virtual_network_id", virtualNetworkId)
                    .equal("priority", priority).equal("enabled", enabled);
        }
    }

    /**
     * The session ids a listing narrows to: ids, and (source given) those that mirror the source among them; empty
     * when no session can match.
     */
    public Optional<List<String>> narrowed(List<String> ids, String source) {
        if (source == null || source.isEmpty()) return Optional.of(ids);
        List<String> mirroring = tx.read(() -> store.sessionsOfSource(source));
        List<String> out = ids.isEmpty() ? mirroring : mirroring.stream().filter(ids::contains).toList();
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** The scope's sessions the query leaves, by page or after a NextToken. */
    public Listing<TrafficMirrorSession> sessions(Scope scope, SessionQuery q) {
        return store.sessions().listing(tx, scope, q.where(), DomainError.MIRROR_SESSION_NOT_FOUND);
    }

    public Map<String, List<String>> sourcesOf(List<String> sessionIds) {
        return tx.read(() -> store.sourcesOf(sessionIds));
    }
}
