package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Quotas;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.security.Membership;
import io.cloudtwin.core.security.MembershipStore;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;

/** Instance lifecycle: create, describe, start, stop, delete. */
@Service
public record InstanceService(InstanceStore instances, SecurityGroupStore groups, MembershipStore memberships,
                              Transitions transitions, NetworkService networks, Quotas quotas,
                              CloudtwinProperties props, DiskService disks, ElasticIpService eips, RouteService routes,
                              Transactions tx) {
    /** A group to bind at creation, with its priority (UCloud 1..5; Aliyun 1). */
    public record GroupRef(String groupId, int priority) {}

    /**
     * What to create. subnetId (optional) places each instance in a subnet with a private address from its block:
     * privateIp when given (then count must be 1), else the lowest free one; the subnet fixes the VPC, and the zone
     * when the subnet has one.
     */
    public record NewInstance(String zone, String name, String description, String imageId, String instanceType,
                              String vpcId, int cpu, int memoryMb, InstanceStatus target, List<GroupRef> groups,
                              String tag, String subnetId, String privateIp) {
        public NewInstance(String zone, String name, String description, String imageId, String instanceType,
                           String vpcId, int cpu, int memoryMb, InstanceStatus target, List<GroupRef> groups,
                           String tag) {
            this(zone, name, description, imageId, instanceType, vpcId, cpu, memoryMb, target, groups, tag, null, null);
        }
    }

    /** Creates count instances bound to the given groups; all or nothing. */
    public List<Instance> create(Scope scope, NewInstance spec, int count) {
        return tx.call(() -> {
            Set<String> wanted = new LinkedHashSet<>();
            spec.groups().forEach(r -> wanted.add(r.groupId()));
            if (wanted.size() > groupLimit()) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, null);
            Map<String, SecurityGroup> found = new HashMap<>();
            groups.findAll(scope, wanted).forEach(g -> found.put(g.id(), g));
            for (String id : wanted) {
                if (!found.containsKey(id)) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, id);
            }
            String vpcId = nz(spec.vpcId());
            String zone = nz(spec.zone());
            Subnet subnet = null;
            if (spec.subnetId() != null && !spec.subnetId().isEmpty()) {
                Subnet s = networks.subnet(scope, spec.subnetId());
                networks.lockVpc(scope, s.vpcId());
                subnet = networks.lockSubnet(scope, s.id());
                if (!vpcId.isEmpty() && !vpcId.equals(subnet.vpcId())) {
                    throw new DomainException(DomainError.NETWORK_MISMATCH, subnet.id());
                }
                vpcId = subnet.vpcId();
                if (!subnet.zone().isEmpty()) {
                    if (!zone.isEmpty() && !zone.equals(subnet.zone())) {
                        throw new DomainException(DomainError.NETWORK_MISMATCH, subnet.id());
                    }
                    zone = subnet.zone();
                }
                if (spec.privateIp() != null && !spec.privateIp().isEmpty() && count != 1) {
                    throw new DomainException(DomainError.INVALID_ADDRESS, spec.privateIp());
                }
            }
            for (SecurityGroup g : found.values()) {
                if (g.vpcId().isEmpty()) continue;
                if (vpcId.isEmpty()) vpcId = g.vpcId();
                else if (!vpcId.equals(g.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, g.id());
            }
            quotas.takeInstances(scope, count);
            List<Instance> created = new ArrayList<>();
            var now = transitions.now();
            Transitions.Start start = transitions.start(spec.target());
            for (int n = 0; n < count; n++) {
                String id = Ids.Shape.INSTANCE.next(scope.cloud());
                String ip = subnet == null ? "" : networks.allocate(subnet, id, spec.privateIp());
                Instance i = new Instance(id, scope.cloud(), scope.accountId(), scope.region(),
                        scope.projectId(), zone, nz(spec.name()),
                        nz(spec.description()), nz(spec.imageId()),
                        nz(spec.instanceType()), vpcId, spec.cpu(), spec.memoryMb(), start.status(), null,
                        now, nz(spec.tag()), subnet == null ? "" : subnet.id(), ip, List.of());
                instances.insert(i, start.next(), start.settlesAt());
                List<Membership> bound = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (GroupRef ref : spec.groups()) {
                    if (!seen.add(ref.groupId())) continue;
                    memberships.add(i.id(), ref.groupId(), ref.priority(), now);
                    bound.add(new Membership(i.id(), ref.groupId(), ref.priority()));
                }
                created.add(i.withMemberships(bound));
            }
            return created;
        });
    }

    public Instance get(Scope scope, String id) {
        return tx.call(() -> {
            transitions.settle();
            Instance i = instances.find(scope, id).orElseThrow(() -> notFound(id));
            return i.withMemberships(memberships.forInstances(List.of(id)).getOrDefault(id, List.of()));
        });
    }

    public Page<Instance> list(Scope scope, InstanceFilter filter, int offset, int limit) {
        return list(scope, filter, offset, limit, null);
    }

    /** The scope's instances counted by business group (tag) and zone (of that zone; null or empty: any). */
    public List<InstanceStore.TagCount> tagCounts(Scope scope, String zone) {
        return tx.read(() -> instances.tagCounts(scope, zone));
    }

    /** A page from offset, or (after not null) just after that instance in listing order. */
    public Page<Instance> list(Scope scope, InstanceFilter filter, int offset, int limit, InstanceCursor after) {
        return tx.call(() -> {
            transitions.settle();
            Page<Instance> page = instances.list(scope, filter, offset, limit, after);
            Map<String, List<Membership>> m = memberships.forInstances(page.items().stream().map(Instance::id).toList());
            return new Page<>(page.items().stream().map(i -> i.withMemberships(m.getOrDefault(i.id(), List.of()))).toList(),
                    page.total());
        });
    }

    /** An instance's status before a change and right after it (on the way while a transition takes time). */
    public record StatusChange(InstanceStatus previous, InstanceStatus current) {}

    public StatusChange start(Scope scope, String id) {
        return tx.call(() -> pass(scope, id, InstanceStatus.STOPPED, InstanceStatus.STARTING, InstanceStatus.RUNNING));
    }

    public StatusChange stop(Scope scope, String id) {
        return tx.call(() -> pass(scope, id, InstanceStatus.RUNNING, InstanceStatus.STOPPING, InstanceStatus.STOPPED));
    }

    /**
     * What an instance's deletion releases beyond its system disk and the data disks that go with it anyway: the EIPs
     * bound to it (else they are unbound, free again) and its other data disks (else they are detached).
     */
    public record Release(boolean eips, boolean dataDisks) {
        public static final Release NOTHING = new Release(false, false);
    }

    /** Deletes an instance and its bindings. Unless force, it must be Stopped. */
    public void delete(Scope scope, String id, boolean force) {
        delete(scope, id, force, Release.NOTHING);
    }

    /**
     * Deletes an instance and its bindings, releasing what release names, all in one transaction under the
     * instance's row lock (taken before the EIPs' and the disks', as a binding or an attachment takes them): an EIP
     * being bound to it, or a disk being attached, is either released with it or refused.
     */
    public void delete(Scope scope, String id, boolean force, Release release) {
        tx.run(() -> {
            Instance i = lockUnlocked(scope, id);
            if (!force && i.status() != InstanceStatus.STOPPED) {
                throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
            }
            routes.requireNoEntryTo(id);
            // the account's quota row before the scope's listing row (taken by instances.delete): the order in which
            // creations take them, else a creation and a deletion in one region deadlock. The instance is locked: it goes.
            quotas.releaseInstance(scope);
            disks.instanceDeleted(id, release.dataDisks());
            eips.targetDeleted(id, release.eips());
            instances.delete(id);
            networks.release(id);
        });
    }

    /** Renames, re-describes or re-tags an instance (null keeps the value); any state but locked. */
    public void modify(Scope scope, String id, String name, String description, String tag) {
        tx.run(() -> {
            lockUnlocked(scope, id);
            instances.updateAttributes(id, name, description, tag);
        });
    }

    /** A new instance type, CPU count and/or memory (null keeps); the instance must be Stopped. */
    public void resize(Scope scope, String id, String instanceType, Integer cpu, Integer memoryMb) {
        tx.run(() -> {
            Instance i = lockIn(scope, id, InstanceStatus.STOPPED);
            instances.resize(id, instanceType, cpu == null ? i.cpu() : cpu, memoryMb == null ? i.memoryMb() : memoryMb);
        });
    }

    /** Sets a locked instance's type and shape (its caller holds its lock and checked its status). */
    void retype(String id, String instanceType, int cpu, int memoryMb) {
        instances.resize(id, instanceType, cpu, memoryMb);
    }

    /**
     * A Stopped instance moves to a subnet of its zone, with the address asked for (null: the lowest free one): under
     * the instance's lock, then the subnet's; its old address is freed. Into another VPC only when otherVpc names
     * the subnet's (its groups must then follow: the caller replaces them in the same transaction). Answers whether
     * the instance changed VPC.
     */
    public boolean move(Scope scope, String id, String subnetId, String privateIp, String otherVpc) {
        return tx.call(() -> {
            Instance i = lockIn(scope, id, InstanceStatus.STOPPED);
            Subnet s = networks.lockSubnet(scope, subnetId);
            if (!i.zone().isEmpty() && !i.zone().equals(s.zone())) {
                throw new DomainException(DomainError.SUBNET_ZONE_MISMATCH, subnetId);
            }
            if (!s.vpcId().equals(i.vpcId()) && !s.vpcId().equals(otherVpc)) {
                throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
            }
            addressIn(s, id, privateIp);
            return !s.vpcId().equals(i.vpcId());
        });
    }

    /** The instance's address becomes privateIp of the subnet (null: its lowest free one); its old one is freed. */
    private void addressIn(Subnet s, String id, String privateIp) {
        networks.release(id);
        String address = networks.allocate(s, id, privateIp);
        instances.moveTo(id, s.vpcId(), s.id(), address);
        eips.targetMoved(id, address);
    }

    /**
     * A Stopped instance takes another address of its own subnet (UCloud's ModifyUHostIP): previous, when given, must
     * be its address (INVALID_ADDRESS otherwise); under the instance's lock, then the subnet's.
     */
    public void readdress(Scope scope, String id, String previous, String address) {
        tx.run(() -> {
            Instance i = lockIn(scope, id, InstanceStatus.STOPPED);
            if (previous != null && !previous.isEmpty() && !previous.equals(i.privateIp())) {
                throw new DomainException(DomainError.INVALID_ADDRESS, previous);
            }
            // an instance in no subnet (one a state document made so) has no block to take the address from
            if (i.subnetId() == null || i.subnetId().isEmpty()) {
                throw new DomainException(DomainError.INVALID_ADDRESS, address);
            }
            addressIn(networks.lockSubnet(scope, i.subnetId()), id, address);
        });
    }

    /** Reboot: only a Running instance; it passes through Starting back to Running. */
    public StatusChange reboot(Scope scope, String id) {
        return tx.call(() -> pass(scope, id, InstanceStatus.RUNNING, InstanceStatus.STARTING, InstanceStatus.RUNNING));
    }

    /** A Stopped instance gets a new system (imageId; null keeps its image) and starts: through Starting to Running. */
    public StatusChange reinstall(Scope scope, String id, String imageId) {
        return tx.call(() -> {
            lockIn(scope, id, InstanceStatus.STOPPED);
            if (imageId != null) instances.setImage(id, imageId);
            return new StatusChange(InstanceStatus.STOPPED,
                    transitions.begin(id, InstanceStatus.STARTING, InstanceStatus.RUNNING));
        });
    }

    /** For changes made only while the instance is Stopped (a password reset): checks it under the row lock. */
    public Instance requireStopped(Scope scope, String id) {
        return tx.call(() -> lockIn(scope, id, InstanceStatus.STOPPED));
    }

    /** Locks the instance row after settling due transitions; refuses instances locked for security. */
    public Instance lockUnlocked(Scope scope, String id) {
        transitions.settle();
        Instance i = instances.lock(scope, id).orElseThrow(() -> notFound(id));
        if (i.locked()) throw new DomainException(DomainError.INSTANCE_LOCKED, id);
        return i;
    }

    /** As lockUnlocked, and refuses an instance that is not in that status. */
    private Instance lockIn(Scope scope, String id, InstanceStatus status) {
        Instance i = lockUnlocked(scope, id);
        if (i.status() != status) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
        return i;
    }

    /** An instance in status from passes through via to target (at once when transitions take no time). */
    private StatusChange pass(Scope scope, String id, InstanceStatus from, InstanceStatus via, InstanceStatus target) {
        lockIn(scope, id, from);
        return new StatusChange(from, transitions.begin(id, via, target));
    }

    static DomainException notFound(String id) {
        return new DomainException(DomainError.INSTANCE_NOT_FOUND, id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private int groupLimit() {
        return props.limits().groupsPerInstance();
    }
}
