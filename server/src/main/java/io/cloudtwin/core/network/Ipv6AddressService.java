package io.cloudtwin.core.network;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;

/**
 * IPv6 addresses the VPC product gives out of a vSwitch on their own (AllocateIpv6Address), held by nothing, named and
 * described (as any address may be), and freed (ReleaseIpv6Address) while nothing holds them and no bandwidth goes
 * out of them. Given out under the subnet's row lock, as an interface's are.
 */
@Service
public record Ipv6AddressService(NetworkService networks, NetworkStore store, Ipv6BandwidthStore addresses,
                                 Transactions tx) {
    /** An address of the subnet's /64 (requested, or a random one) that nothing holds yet. */
    public Ipv6Address allocate(Scope scope, String subnetId, String requested, String name, String description) {
        return tx.call(() -> {
            Subnet s = networks.lockSubnet(scope, subnetId);
            String id = Ipv6Blocks.addressId(networks.allocateIpv6(s, "", requested));
            store.describeIpv6Address(id, name, description);
            return find(scope, id);
        });
    }

    /** The scope's IPv6 address of that id. */
    public Ipv6Address get(Scope scope, String id) {
        return tx.read(() -> find(scope, id));
    }

    /** Names and describes an address of the scope (null keeps a value). */
    public void describe(Scope scope, String id, String name, String description) {
        tx.run(() -> {
            Ipv6Address a = find(scope, id);
            store.describeIpv6Address(id, name == null ? a.name() : name,
                    description == null ? a.description() : description);
        });
    }

    /**
     * Frees an address AllocateIpv6Address gave out: not one an instance or interface holds (IPV6_ADDRESS_ASSOCIATED),
     * nor one with public bandwidth (IPV6_BANDWIDTH_EXISTS), both checked again by the deletion itself.
     */
    public void release(Scope scope, String id) {
        tx.run(() -> {
            Ipv6Address a = find(scope, id);
            if (!a.standalone()) throw new DomainException(DomainError.IPV6_ADDRESS_ASSOCIATED, id);
            if (a.bandwidth() != null || !store.releaseStandaloneIpv6(id)) {
                throw new DomainException(DomainError.IPV6_BANDWIDTH_EXISTS, id);
            }
        });
    }

    /** The addresses AllocateIpv6Address gave out, of every scope (state export). */
    public List<Ipv6Address.Placed> allStandalone() {
        return tx.read(() -> addresses.standalone());
    }

    /** The addresses instances and interfaces hold that have a name or a description, of every scope (state). */
    public List<Ipv6Address.Placed> allNamedHeld() {
        return tx.read(() -> addresses.namedHeld());
    }

    private Ipv6Address find(Scope scope, String id) {
        return addresses.address(scope, id)
                .orElseThrow(() -> new DomainException(DomainError.IPV6_ADDRESS_NOT_FOUND, id));
    }
}
