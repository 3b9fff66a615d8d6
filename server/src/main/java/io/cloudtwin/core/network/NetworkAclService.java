package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Network ACLs, their entries and the subnets bound to them. Rules: an ACL belongs to a VPC (at most MAX_PER_VPC, counted
 * under the VPC's row lock) and binds subnets of that VPC only, a subnet to one ACL at most; each direction holds at
 * most its cloud's ENTRY_QUOTA of custom entries, which a change replaces as a whole (Aliyun) or one at a time, each at
 * a priority of its own in its direction (UCloud); an ACL with subnets bound is not deleted, nor is a bound subnet.
 * Locks: the ACL's row before its subnets' (in id order); two ACLs in id order. Every change of entries is made under
 * the ACL's row lock.
 */
@Service
public record NetworkAclService(NetworkAclStore store, NetworkService networks, WallClock clock, TagService tags,
                                Transactions tx) {
    /** ACLs a VPC may have (the cloud's default quota). */
    public static final int MAX_PER_VPC = 20;
    /**
     * Custom entries a direction of an ACL may hold (each cloud's default quota: Aliyun's network ACL quotas, UCloud's
     * network ACL introduction). Aliyun's system entries stand after the positions its custom ones may take.
     */
    public static final Map<Cloud, Integer> ENTRY_QUOTA = Map.of(Cloud.ALIYUN, 20, Cloud.UCLOUD, 50);
    public static final String CUSTOM = "custom";
    public static final String SYSTEM = "system";
    private static final List<String> DIRECTIONS = List.of(NetworkAcl.INGRESS, NetworkAcl.EGRESS);

    /**
     * What an entry is made with (see NetworkAcl.Entry); id null: a new one; priority null: after those before it;
     * targets: the resources it applies to (empty: all of its subnets').
     */
    public record NewEntry(String id, String name, String description, String policy, String protocol, String port,
                           String cidr, String ipVersion, Integer priority, List<String> targets) {
        public NewEntry(String id, String name, String description, String policy, String protocol, String port,
                        String cidr, String ipVersion) {
            this(id, name, description, policy, protocol, port, cidr, ipVersion, null, List.of());
        }
    }

    /**
     * An ACL with its entries (by direction, in order), the resources entries name (by entry id; absent: all) and its
     * bindings (in the order they were made).
     */
    public record View(NetworkAcl acl, List<NetworkAcl.Entry> entries, Map<String, List<String>> targets,
                       List<NetworkAcl.Binding> bindings) {
        public List<NetworkAcl.Entry> entries(String direction) {
            return entries.stream().filter(e -> e.direction().equals(direction)).toList();
        }
    }

    /** What a listing narrows to; null: any. subnetId: the ACL it is bound to. */
    public record Filter(Collection<String> ids, String name, String vpcId, String subnetId) {}

    /**
     * The entries a new ACL is made with, by direction, in order (ids null): custom ones, which a change of its entries
     * replaces, and the cloud's own (system), which stay after them.
     */
    public record Defaults(Map<String, List<NewEntry>> custom, Map<String, List<NewEntry>> system) {}

    /** A new ACL of a VPC of the scope, with the cloud's default entries. */
    public NetworkAcl create(Scope scope, String id, String vpcId, String name, String description, Defaults defaults,
                             Supplier<String> entryIds, Map<String, String> tagged) {
        return tx.call(() -> {
            Vpc vpc = networks.lockVpc(scope, vpcId);
            if (store.countInVpc(vpc.id()) >= MAX_PER_VPC) throw new DomainException(DomainError.NETWORK_ACL_LIMIT, vpc.id());
            NetworkAcl acl = new NetworkAcl(id, scope.cloud(), scope.accountId(), vpc.region(), vpc.projectId(), vpc.id(),
                    name == null ? "" : name, description == null ? "" : description, clock.now(), null);
            store.insert(acl);
            int quota = ENTRY_QUOTA.get(scope.cloud());
            defaults.custom().forEach((direction, entries) -> insert(acl.id(), direction, CUSTOM, 0, quota, entries,
                    entryIds));
            defaults.system().forEach((direction, entries) -> insert(acl.id(), direction, SYSTEM, quota, quota, entries,
                    entryIds));
            tags.tagNew(scope, ResourceType.NETWORK_ACL, id, tagged);
            return acl;
        });
    }

    /** A page of the scope's ACLs that match, in creation order. */
    public Page<View> list(Scope scope, Filter f, int offset, int limit) {
        return tx.read(() -> {
            ScopedTable.Where where = new ScopedTable.Where().in("id", f.ids()).equal("name", f.name())
                    .equal("vpc_id", f.vpcId());
            if (f.subnetId() != null) {
                where.in("id", List.of(store.ofSubnets(List.of(f.subnetId())).getOrDefault(f.subnetId(), "")));
            }
            Page<NetworkAcl> page = store.list(scope, where, offset, limit);
            return new Page<>(views(page.items()), page.total());
        });
    }

    public View get(Scope scope, String id) {
        return tx.read(() -> views(List.of(store.get(scope, id))).get(0));
    }

    /** Renames or re-describes an ACL; null leaves a field as it is. */
    public void update(Scope scope, String id, String name, String description) {
        tx.run(() -> store.change(scope, id,
                RowChanges.of("name", name, "description", description, "updatedAt", clock.now())));
    }

    /**
     * A new custom entry of a direction, at a priority no entry of that direction has (NETWORK_ACL_ENTRY_EXISTS), while
     * the direction holds fewer than its quota (NETWORK_ACL_ENTRY_LIMIT); its id.
     */
    public String addEntry(Scope scope, String aclId, String direction, NewEntry entry, Supplier<String> entryIds) {
        return tx.call(() -> {
            store.locked(scope, aclId);
            List<NetworkAcl.Entry> current = inDirection(custom(aclId), direction, null);
            if (current.size() >= ENTRY_QUOTA.get(scope.cloud())) {
                throw new DomainException(DomainError.NETWORK_ACL_ENTRY_LIMIT, direction);
            }
            requireFree(current, entry.priority());
            String id = entryIds.get();
            OffsetDateTime now = clock.now();
            store.insertEntry(row(id, aclId, direction, entry.priority(), CUSTOM, entry, now, now));
            store.setTargets(id, entry.targets());
            touch(aclId);
            return id;
        });
    }

    /**
     * An entry of the ACL becomes this one, of this direction (NETWORK_ACL_ENTRY_NOT_FOUND naming the entry when it is
     * no custom entry of the ACL); the priority and quota rules of addEntry hold in the direction it ends in.
     */
    public void updateEntry(Scope scope, String aclId, String entryId, String direction, NewEntry entry) {
        tx.run(() -> {
            store.locked(scope, aclId);
            List<NetworkAcl.Entry> custom = custom(aclId);
            NetworkAcl.Entry was = custom.stream().filter(e -> e.id().equals(entryId)).findFirst()
                    .orElseThrow(() -> new DomainException(DomainError.NETWORK_ACL_ENTRY_NOT_FOUND, entryId));
            List<NetworkAcl.Entry> others = inDirection(custom, direction, entryId);
            if (!was.direction().equals(direction) && others.size() >= ENTRY_QUOTA.get(scope.cloud())) {
                throw new DomainException(DomainError.NETWORK_ACL_ENTRY_LIMIT, direction);
            }
            requireFree(others, entry.priority());
            store.updateEntry(row(entryId, aclId, direction, entry.priority(), CUSTOM, entry, was.createdAt(),
                    clock.now()));
            store.setTargets(entryId, entry.targets());
            touch(aclId);
        });
    }

    /** Removes a custom entry of the ACL (NETWORK_ACL_ENTRY_NOT_FOUND naming it when it is none). */
    public void deleteEntry(Scope scope, String aclId, String entryId) {
        tx.run(() -> {
            store.locked(scope, aclId);
            if (store.deleteEntry(aclId, entryId, CUSTOM) == 0) {
                throw new DomainException(DomainError.NETWORK_ACL_ENTRY_NOT_FOUND, entryId);
            }
            touch(aclId);
        });
    }

    /**
     * The custom entries of each direction given become these, in this order (a given id keeps an entry of that
     * direction of the ACL its id, once; another id, or one given twice: NETWORK_ACL_ENTRY_NOT_FOUND naming the
     * direction), all or none; the cloud's entries stay after them.
     */
    public void replaceEntries(Scope scope, String id, Map<String, List<NewEntry>> byDirection,
                               Supplier<String> entryIds) {
        tx.run(() -> {
            store.locked(scope, id);
            List<NetworkAcl.Entry> current = store.entriesOf(List.of(id)).getOrDefault(id, List.of());
            byDirection.forEach((direction, entries) -> {
                Set<String> had = new TreeSet<>();
                for (NetworkAcl.Entry e : current) {
                    if (e.direction().equals(direction) && e.entryType().equals(CUSTOM)) had.add(e.id());
                }
                for (NewEntry e : entries) {
                    if (e.id() != null && !had.remove(e.id())) {
                        throw new DomainException(DomainError.NETWORK_ACL_ENTRY_NOT_FOUND, direction);
                    }
                }
                store.deleteEntries(id, direction, CUSTOM);
                insert(id, direction, CUSTOM, 0, ENTRY_QUOTA.get(scope.cloud()), entries, entryIds);
            });
        });
    }

    /** The target's custom entries become copies of the source's (both of the scope, and of one VPC). */
    public void copyEntries(Scope scope, String id, String sourceId, Supplier<String> entryIds) {
        tx.run(() -> {
            NetworkAcl target = store.get(scope, id);
            NetworkAcl source = store.get(scope, sourceId, DomainError.NETWORK_ACL_SOURCE_NOT_FOUND);
            for (String locking : new TreeSet<>(List.of(id, sourceId))) {
                store.locked(scope, locking, locking.equals(id) ? DomainError.NETWORK_ACL_NOT_FOUND
                        : DomainError.NETWORK_ACL_SOURCE_NOT_FOUND);
            }
            if (!target.vpcId().equals(source.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, sourceId);
            List<NetworkAcl.Entry> copied = store.entriesOf(List.of(sourceId)).getOrDefault(sourceId, List.of());
            for (String direction : DIRECTIONS) {
                store.deleteEntries(id, direction, CUSTOM);
                insert(id, direction, CUSTOM, 0, ENTRY_QUOTA.get(scope.cloud()), copied.stream()
                        .filter(e -> e.direction().equals(direction) && e.entryType().equals(CUSTOM))
                        .map(e -> new NewEntry(null, e.name(), e.description(), e.policy(), e.protocol(), e.port(),
                                e.cidr(), e.ipVersion())).toList(), entryIds);
            }
        });
    }

    /** Binds subnets of the ACL's VPC, all or none; a subnet bound to an ACL already: NETWORK_ACL_BINDING_EXISTS. */
    public void bind(Scope scope, String id, Collection<String> subnetIds) {
        tx.run(() -> {
            NetworkAcl acl = store.locked(scope, id);
            for (String subnetId : new TreeSet<>(subnetIds)) {
                Subnet s = networks.lockSubnet(scope, subnetId);
                if (!s.vpcId().equals(acl.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
                if (store.ofSubnets(List.of(subnetId)).containsKey(subnetId)) {
                    throw new DomainException(DomainError.NETWORK_ACL_BINDING_EXISTS, subnetId);
                }
                store.bind(Ids.Shape.NETWORK_ACL_BINDING.next(scope.cloud()), id, subnetId, clock.now());
            }
        });
    }

    /** A subnet's binding made, and the one it replaced (null: none). */
    public record Rebinding(NetworkAcl.Binding made, NetworkAcl.Binding replaced) {}

    /** Binds a subnet of the ACL's VPC to it in place of the ACL it was bound to (if any). */
    public Rebinding rebind(Scope scope, String id, String subnetId) {
        return tx.call(() -> {
            NetworkAcl acl = store.locked(scope, id);
            Subnet s = networks.lockSubnet(scope, subnetId);
            if (!s.vpcId().equals(acl.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
            NetworkAcl.Binding was = store.bindingOf(subnetId).orElse(null);
            if (was != null) store.unbind(was.aclId(), subnetId);
            NetworkAcl.Binding made = new NetworkAcl.Binding(Ids.Shape.NETWORK_ACL_BINDING.next(scope.cloud()), id,
                    subnetId, clock.now());
            store.bind(made.id(), id, subnetId, made.createdAt());
            return new Rebinding(made, was);
        });
    }

    /** The binding of a subnet of the scope (SUBNET_NOT_FOUND), if it has one. */
    public Optional<NetworkAcl.Binding> bindingOf(Scope scope, String subnetId) {
        return tx.read(() -> {
            networks.subnet(scope, subnetId);
            return store.bindingOf(subnetId);
        });
    }

    /** Unbinds subnets, all or none; one not bound to the ACL: NETWORK_ACL_NOT_BOUND. */
    public void unbind(Scope scope, String id, Collection<String> subnetIds) {
        tx.run(() -> {
            store.locked(scope, id);
            for (String subnetId : new TreeSet<>(subnetIds)) {
                networks.lockSubnet(scope, subnetId);
                if (store.unbind(id, subnetId) == 0) throw new DomainException(DomainError.NETWORK_ACL_NOT_BOUND, subnetId);
            }
        });
    }

    /** Deletes an ACL no subnet is bound to, with its entries and tags. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (!store.bindingsOf(List.of(id)).isEmpty()) throw new DomainException(DomainError.NETWORK_ACL_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The ACL each of these subnets is bound to (absent: none). */
    public Map<String, String> ofSubnets(Collection<String> subnetIds) {
        return tx.read(() -> store.ofSubnets(subnetIds));
    }

    private List<View> views(List<NetworkAcl> acls) {
        List<String> ids = acls.stream().map(NetworkAcl::id).toList();
        var entries = store.entriesOf(ids);
        var targets = store.targetsOf(entries.values().stream().flatMap(List::stream).map(NetworkAcl.Entry::id)
                .toList());
        var bindings = store.bindingsOf(ids);
        return acls.stream().map(a -> new View(a, entries.getOrDefault(a.id(), List.of()), targets,
                bindings.getOrDefault(a.id(), List.of()))).toList();
    }

    /**
     * Inserts entries of a direction after those it has; more custom ones than the quota: NETWORK_ACL_ENTRY_LIMIT.
     * System entries are placed after any custom one (from position offset on).
     */
    private void insert(String aclId, String direction, String type, int offset, int quota, List<NewEntry> entries,
                        Supplier<String> entryIds) {
        if (type.equals(CUSTOM) && entries.size() > quota) {
            throw new DomainException(DomainError.NETWORK_ACL_ENTRY_LIMIT, direction);
        }
        List<NetworkAcl.Entry> rows = new ArrayList<>();
        int position = offset;
        OffsetDateTime now = clock.now();
        for (NewEntry e : entries) {
            position = e.priority() == null ? position + 1 : e.priority();
            rows.add(row(e.id() == null ? entryIds.get() : e.id(), aclId, direction, position, type, e, now, now));
        }
        rows.forEach(store::insertEntry);
        for (int i = 0; i < rows.size(); i++) {
            if (!entries.get(i).targets().isEmpty()) store.setTargets(rows.get(i).id(), entries.get(i).targets());
        }
    }

    private static NetworkAcl.Entry row(String id, String aclId, String direction, int position, String type,
                                        NewEntry e, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        return new NetworkAcl.Entry(id, aclId, direction, position, type, orEmpty(e.name()), orEmpty(e.description()),
                e.policy(), e.protocol(), e.port(), e.cidr(), e.ipVersion(), createdAt, updatedAt);
    }

    /** The ACL's custom entries. */
    private List<NetworkAcl.Entry> custom(String aclId) {
        return store.entriesOf(List.of(aclId)).getOrDefault(aclId, List.of()).stream()
                .filter(e -> e.entryType().equals(CUSTOM)).toList();
    }

    /** Those of the entries of a direction, but the one of this id (null: all). */
    private static List<NetworkAcl.Entry> inDirection(List<NetworkAcl.Entry> entries, String direction, String but) {
        return entries.stream().filter(e -> e.direction().equals(direction) && !e.id().equals(but)).toList();
    }

    private static void requireFree(List<NetworkAcl.Entry> entries, int priority) {
        if (entries.stream().anyMatch(e -> e.position() == priority)) {
            throw new DomainException(DomainError.NETWORK_ACL_ENTRY_EXISTS, String.valueOf(priority));
        }
    }

    /** The ACL changed now. */
    private void touch(String aclId) {
        store.update(aclId, RowChanges.of("updatedAt", clock.now()));
    }

    private static String orEmpty(String v) {
        return v == null ? "" : v;
    }
}
