package io.cloudtwin.core.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Virtual IPs. Each takes an address of a subnet of its VPC (the requested one, else the lowest free), given out under
 * the VPC's and the subnet's locks as a host's is (INVALID_ADDRESS, ADDRESS_IN_USE, SUBNET_FULL); its release frees the
 * address. A subnet with VIPs is in use.
 */
@Service
public record VipService(VipStore store, NetworkService networks, WallClock clock, List<VipCompanion> companions,
                         TagService tags, Transactions tx) {
    /** What the VIPs are made with; address null: the lowest free ones. */
    public record NewVip(String vpcId, String subnetId, String zone, String address, String name, String tag,
                         String remark) {}

    /** count VIPs of the subnet, ids from ids; all or none. */
    public List<Vip> create(Scope scope, NewVip spec, int count, Supplier<String> ids) {
        return create(scope, spec, count, ids, Map.of());
    }

    /** The same, each VIP with these tags. */
    public List<Vip> create(Scope scope, NewVip spec, int count, Supplier<String> ids, Map<String, String> tagged) {
        return tx.call(() -> {
            networks.lockVpc(scope, spec.vpcId());
            Subnet s = networks.lockSubnet(scope, spec.subnetId());
            if (!s.vpcId().equals(spec.vpcId())) throw new DomainException(DomainError.SUBNET_NOT_FOUND, spec.subnetId());
            List<Vip> out = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String id = ids.get();
                String address = networks.allocate(s, id, n == 0 ? spec.address() : null);
                Vip v = new Vip(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), spec.vpcId(),
                        s.id(), spec.zone() == null ? "" : spec.zone(), address, spec.name(), spec.tag(), spec.remark(),
                        clock.now());
                store.insert(v);
                tags.tagNew(scope, ResourceType.VIP, id, tagged);
                out.add(v);
            }
            return out;
        });
    }

    /** The scope's VIPs, narrowed by what is given (null: any). */
    public List<Vip> list(Scope scope, String id, String vpcId, String subnetId, String tag) {
        return tx.read(() -> list(scope, new ScopedTable.Where().equal("id", id).equal("vpc_id", vpcId)
                .equal("subnet_id", subnetId).equal("tag", tag), 0, Integer.MAX_VALUE).items());
    }

    /** Which VIPs a listing shows: those of any of these ids, VPCs, subnets and addresses (null: any). */
    public record Filter(Collection<String> ids, Collection<String> vpcIds, Collection<String> subnetIds,
                         Collection<String> addresses) {}

    /** A page of the scope's VIPs that match, in creation order. */
    public Page<Vip> list(Scope scope, Filter f, int offset, int limit) {
        return tx.read(() -> list(scope, new ScopedTable.Where().in("id", f.ids()).in("vpc_id", f.vpcIds())
                .in("subnet_id", f.subnetIds()).in("address", f.addresses()), offset, limit));
    }

    private Page<Vip> list(Scope scope, ScopedTable.Where where, int offset, int limit) {
        return store.list(scope, where, offset, limit);
    }

    /** The hosts bound to these VIPs, by VIP, in the order they were bound. */
    public Map<String, List<Vip.Binding>> bindings(Collection<String> vipIds) {
        return tx.read(() -> {
            Map<String, List<Vip.Binding>> out = new HashMap<>();
            for (Vip.Binding b : store.bindingsOf(vipIds)) out.computeIfAbsent(b.vipId(), k -> new ArrayList<>()).add(b);
            return out;
        });
    }

    /** Renames, re-tags or re-marks a VIP; null leaves a field as it is. */
    public void update(Scope scope, String id, String name, String tag, String remark) {
        tx.run(() -> {
            store.locked(scope, id);
            Map<String, Object> set = new HashMap<>();
            set.put("name", name);
            set.put("tag", tag);
            set.put("remark", remark);
            store.update(id, set);
        });
    }

    /** Releases a VIP and its address; a companion may keep it (hosts bound to it, an EIP). */
    public void release(Scope scope, String id) {
        tx.run(() -> {
            Vip v = store.get(scope, id);
            networks.lockSubnet(scope, v.subnetId());
            store.locked(scope, id);
            for (VipCompanion c : companions) c.vipReleasing(v);
            networks.release(id);
            tags.deleting(id, () -> store.delete(id));
        });
    }
}
