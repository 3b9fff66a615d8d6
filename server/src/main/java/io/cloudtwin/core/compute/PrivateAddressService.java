package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.network.Ipv6Blocks;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;

/**
 * Secondary private addresses of a network interface (Aliyun's AssignPrivateIpAddresses): addresses of the
 * interface's subnet given to it beside its primary one, in the subnet's address table under the interface's id (so
 * they are given once, and go with the interface). The interface is a secondary one (its id) or an instance's
 * primary one (the instance's id, whose addresses the instance holds). Locks: the interface's (or the instance's)
 * row, then its VPC and subnet, as allocation takes them. An interface holds {@link #PER_INTERFACE} addresses at most.
 */
@Service
public record PrivateAddressService(InterfaceStore interfaces, InstanceStore instances, NetworkService networks,
                                    Transactions tx) {
    /** Private addresses an interface may hold, its primary one included. */
    public static final int PER_INTERFACE = 10;
    /** IPv6 addresses an interface may hold (Alibaba's quota is its instance type's; the emulator's is one for all). */
    public static final int IPV6_PER_INTERFACE = 10;

    /** Who holds the addresses: an interface or an instance (its primary interface), in its subnet. */
    private record Holder(String id, String vpcId, String subnetId, String primaryIp) {}

    /** Gives the holder the requested addresses and count more of the lowest free ones; the addresses given. */
    public List<String> assign(Scope scope, String holderId, List<String> requested, int count) {
        return assign(scope, holderId, requested, count, PER_INTERFACE);
    }

    /** As above, the holder then holding at most limit addresses, its primary one included. */
    public List<String> assign(Scope scope, String holderId, List<String> requested, int count, int limit) {
        return inSubnet(scope, holderId, (s, holder) -> assignLocked(s, holder, requested, count, limit));
    }

    /** What given does with the holder's subnet, in one transaction, the holder, its VPC and its subnet locked. */
    private List<String> inSubnet(Scope scope, String holderId, BiFunction<Subnet, String, List<String>> given) {
        return tx.call(() -> {
            Holder h = lock(scope, holderId);
            networks.lockVpc(scope, h.vpcId());
            return given.apply(networks.lockSubnet(scope, h.subnetId()), h.id());
        });
    }

    /**
     * The same in the caller's transaction, which holds the holder's, the VPC's and the subnet's locks (a new
     * interface's creation): all or none.
     */
    public List<String> assignLocked(Subnet subnet, String holderId, List<String> requested, int count) {
        return assignLocked(subnet, holderId, requested, count, PER_INTERFACE);
    }

    private List<String> assignLocked(Subnet subnet, String holderId, List<String> requested, int count, int limit) {
        int held = networks.addressesOf(List.of(holderId)).getOrDefault(holderId, List.of()).size();
        if (held + requested.size() + count > limit) {
            throw new DomainException(DomainError.ADDRESS_LIMIT_EXCEEDED, holderId);
        }
        if (new HashSet<>(requested).size() != requested.size()) {
            throw new DomainException(DomainError.ADDRESS_IN_USE, requested.toString());
        }
        List<String> given = new ArrayList<>();
        for (String a : requested) given.add(networks.allocate(subnet, holderId, a));
        for (int n = 0; n < count; n++) given.add(networks.allocate(subnet, holderId, null));
        return given;
    }

    /**
     * Gives the holder IPv6 addresses of its subnet's /64: the requested ones and count more (random ones); the
     * addresses given, all or none. An interface holds {@link #IPV6_PER_INTERFACE} at most.
     */
    public List<String> assignIpv6(Scope scope, String holderId, List<String> requested, int count) {
        return inSubnet(scope, holderId, (s, holder) -> assignIpv6Locked(s, holder, requested, count));
    }

    /** The same in the caller's transaction, which holds the holder's, the VPC's and the subnet's locks. */
    public List<String> assignIpv6Locked(Subnet subnet, String holderId, List<String> requested, int count) {
        if (requested.isEmpty() && count == 0) return List.of();
        int held = networks.ipv6AddressesOf(List.of(holderId)).getOrDefault(holderId, List.of()).size();
        if (held + requested.size() + count > IPV6_PER_INTERFACE) {
            throw new DomainException(DomainError.IPV6_ADDRESS_LIMIT_EXCEEDED, holderId);
        }
        List<String> given = new ArrayList<>();
        for (String a : requested) given.add(networks.allocateIpv6(subnet, holderId, a));
        for (int n = 0; n < count; n++) given.add(networks.allocateIpv6(subnet, holderId, null));
        return given;
    }

    /** Takes IPv6 addresses back, all or none: each must be one of the holder's (IPV6_ADDRESS_NOT_ASSIGNED). */
    public void unassignIpv6(Scope scope, String holderId, List<String> addresses) {
        tx.run(() -> {
            Holder h = lock(scope, holderId);
            for (String a : addresses) {
                if (!networks.releaseIpv6(h.id(), Ipv6Blocks.named(a))) {
                    throw new DomainException(DomainError.IPV6_ADDRESS_NOT_ASSIGNED, a);
                }
            }
        });
    }

    /** The IPv6 addresses of each of these holders, in the order given (a holder with none is left out). */
    public Map<String, List<String>> ipv6Of(Collection<String> holderIds) {
        return networks.ipv6AddressesOf(holderIds);
    }

    /** The holders of these IPv6 addresses (any form; what is no IPv6 address matches none), in any scope. */
    public List<String> ipv6Holders(Collection<String> addresses) {
        return networks.ipv6Owners(addresses.stream().map(Ipv6Blocks::named).toList());
    }

    /** Takes secondary addresses back, all or none: each must be one of the holder's, not its primary one. */
    public void unassign(Scope scope, String holderId, List<String> addresses) {
        tx.run(() -> {
            Holder h = lock(scope, holderId);
            for (String a : addresses) {
                if (a.equals(h.primaryIp()) || !networks.release(h.id(), a)) {
                    throw new DomainException(DomainError.ADDRESS_NOT_ASSIGNED, a);
                }
            }
        });
    }

    /**
     * Moves a secondary address from one holder to another of the same subnet (UCloud's MoveSecondaryIPMac): the two
     * holders locked in id order, then the VPC and the subnet; the address must be the first's and not its primary one
     * (ADDRESS_NOT_ASSIGNED), the second then holding at most limit addresses (ADDRESS_LIMIT_EXCEEDED).
     */
    public void move(Scope scope, String address, String fromId, String toId, int limit) {
        tx.run(() -> {
            Map<String, Holder> locked = new HashMap<>();
            for (String id : new TreeSet<>(List.of(fromId, toId))) locked.put(id, lock(scope, id));
            Holder from = locked.get(fromId);
            Holder to = locked.get(toId);
            if (!from.subnetId().equals(to.subnetId())) throw new DomainException(DomainError.INVALID_ADDRESS, address);
            networks.lockVpc(scope, to.vpcId());
            Subnet subnet = networks.lockSubnet(scope, to.subnetId());
            if (address.equals(from.primaryIp()) || !networks.release(from.id(), address)) {
                throw new DomainException(DomainError.ADDRESS_NOT_ASSIGNED, address);
            }
            assignLocked(subnet, to.id(), List.of(address), 0, limit);
        });
    }

    /** The secondary addresses of each of these holders, lowest first (a holder with none is left out). */
    public Map<String, List<String>> secondaryOf(Collection<String> holderIds, Map<String, String> primaryIps) {
        return tx.read(() -> {
            Map<String, List<String>> all = networks.addressesOf(holderIds);
            all.replaceAll((id, addresses) -> addresses.stream().filter(a -> !a.equals(primaryIps.get(id))).toList());
            all.values().removeIf(List::isEmpty);
            return all;
        });
    }

    private Holder lock(Scope scope, String id) {
        var eni = interfaces.lock(scope, id);
        if (eni.isPresent()) {
            NetworkInterface r = eni.get();
            return new Holder(r.id(), r.vpcId(), r.subnetId(), r.privateIp());
        }
        Instance i = instances.lock(scope, id)
                .orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, id));
        if (i.subnetId() == null || i.subnetId().isEmpty()) {
            throw new DomainException(DomainError.INTERFACE_NOT_FOUND, id);
        }
        return new Holder(i.id(), i.vpcId(), i.subnetId(), i.privateIp());
    }
}
