package io.cloudtwin.core.compute;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.Vip;
import io.cloudtwin.core.network.VipCompanion;
import io.cloudtwin.core.network.VipStore;

/**
 * The hosts that may take a virtual IP over (Aliyun HaVip): Running or Stopped instances, or network interfaces
 * attached to one, of the VIP's subnet, one kind per VIP, at most {@link #PER_VIP}. The VIP's row is locked first,
 * then the host's: a release of the VIP (which a bound host keeps) and a host's deletion (which takes its binding
 * along) wait or win first.
 */
@Service
public record VipBindings(VipStore vips, InstanceService instances, InterfaceStore interfaces, WallClock clock,
                          Transactions tx) implements VipCompanion {
    /** Hosts one VIP is bound to at the most (Aliyun: ten instances or ten interfaces). */
    public static final int PER_VIP = 10;

    /** Binds a host of kind (Vip.INSTANCE or INTERFACE) to a VIP of the scope. */
    public void bind(Scope scope, String vipId, String hostId, String kind) {
        tx.run(() -> {
            Vip v = vips.locked(scope, vipId);
            boolean instance = Vip.INSTANCE.equals(kind);
            String subnet;
            if (instance) {
                Instance i = instances.lockUnlocked(scope, hostId).requireSettled();
                subnet = i.subnetId();
            } else {
                NetworkInterface n = interfaces.lock(scope, hostId)
                        .orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, hostId));
                if (n.instanceId() == null || n.instanceId().isEmpty()) {
                    throw new DomainException(DomainError.VIP_FREE_INTERFACE, hostId);
                }
                subnet = n.subnetId();
            }
            if (!v.subnetId().equals(subnet)) throw new DomainException(DomainError.VIP_SUBNET_MISMATCH, hostId);
            List<Vip.Binding> bound = vips.bindingsOf(List.of(vipId));
            if (bound.stream().anyMatch(b -> b.targetId().equals(hostId))) {
                throw new DomainException(DomainError.VIP_ALREADY_BOUND, hostId);
            }
            if (bound.stream().anyMatch(b -> !b.kind().equals(kind))) throw new DomainException(DomainError.VIP_KIND_MIXED, hostId);
            if (bound.size() >= PER_VIP) throw new DomainException(DomainError.VIP_FULL, vipId);
            vips.bind(vipId, hostId, instance ? hostId : null, instance ? null : hostId, clock.now());
        });
    }

    /** Unbinds a host from a VIP of the scope (VIP_NOT_BOUND when it is not bound). */
    public void unbind(Scope scope, String vipId, String hostId) {
        tx.run(() -> {
            vips.locked(scope, vipId);
            if (vips.unbind(vipId, hostId) == 0) throw new DomainException(DomainError.VIP_NOT_BOUND, hostId);
        });
    }

    @Override
    public void vipReleasing(Vip vip) {
        if (!vips.bindingsOf(List.of(vip.id())).isEmpty()) throw new DomainException(DomainError.VIP_IN_USE, vip.id());
    }
}
