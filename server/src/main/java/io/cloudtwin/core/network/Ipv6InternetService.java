package io.cloudtwin.core.network;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * The VPC product's view of IPv6 addresses, and their way to the Internet through the IPv6 gateway of the address's
 * VPC: public bandwidth and an egress-only rule, one each an address, each made under the gateway's row lock (as the
 * gateway's deletion takes it) and a unique index.
 */
@Service
public record Ipv6InternetService(Ipv6BandwidthStore store, Ipv6EgressRuleStore rules, Ipv6GatewayStore gateways,
                                  WallClock clock, Transactions tx) {
    /** Gives the address (its id) bandwidth Mbps through the gateway; the bandwidth's id. */
    public Ipv6Bandwidth allocate(Scope scope, String id, String addressId, String gatewayId, int bandwidth,
                                  String internetChargeType) {
        return tx.call(() -> {
            Ipv6Address a = throughGateway(scope, gatewayId, addressId);
            if (a.bandwidth() != null) throw new DomainException(DomainError.IPV6_BANDWIDTH_EXISTS, addressId);
            Ipv6Bandwidth b = new Ipv6Bandwidth(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), addressId, gatewayId, bandwidth, internetChargeType, clock.now());
            try {
                store.insert(b);
            } catch (DuplicateKeyException e) {
                throw new DomainException(DomainError.IPV6_BANDWIDTH_EXISTS, addressId);
            }
            return b;
        });
    }

    /**
     * An egress-only rule of the gateway for the address (its id): the address must be in the gateway's VPC
     * (IPV6_GATEWAY_MISMATCH) and have public bandwidth (IPV6_NO_BANDWIDTH), one rule an address
     * (IPV6_EGRESS_RULE_EXISTS).
     */
    public Ipv6EgressRule createEgressRule(Scope scope, String id, String gatewayId, String addressId, String name,
                                           String description) {
        return tx.call(() -> {
            Ipv6Address a = throughGateway(scope, gatewayId, addressId);
            if (a.bandwidth() == null) throw new DomainException(DomainError.IPV6_NO_BANDWIDTH, addressId);
            Ipv6EgressRule r = new Ipv6EgressRule(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), gatewayId, addressId, name == null ? "" : name,
                    description == null ? "" : description, clock.now());
            try {
                rules.insert(r);
            } catch (DuplicateKeyException e) {
                throw new DomainException(DomainError.IPV6_EGRESS_RULE_EXISTS, addressId);
            }
            return r;
        });
    }

    public void deleteEgressRule(Scope scope, String id) {
        tx.run(() -> rules.remove(scope, id));
    }

    /** A page of the gateway's rules (the rule's id, address and name narrow it; null: any). */
    public Page<Ipv6EgressRule> egressRules(Scope scope, String gatewayId, String id, String addressId, String name,
                                            int offset, int limit) {
        return tx.read(() -> rules.list(scope, new ScopedTable.Where().equal("ipv6_gateway_id", gatewayId)
                .equal("id", id).equal("ipv6_address_id", addressId).equal("name", name), offset, limit));
    }

    /** Changes the bandwidth of an address, named by the bandwidth's id or (null) the address's. */
    public void modify(Scope scope, String bandwidthId, String addressId, int bandwidth) {
        tx.run(() -> {
            Ipv6Bandwidth b = locked(scope, bandwidthId, addressId);
            store.update(b.id(), RowChanges.of("bandwidth", bandwidth));
        });
    }

    /** Takes the public bandwidth away, named as modify names it. */
    public void delete(Scope scope, String bandwidthId, String addressId) {
        tx.run(() -> store.delete(locked(scope, bandwidthId, addressId).id()));
    }

    /** The bandwidth of that id, or (null) of that address; empty: none. */
    public Optional<Ipv6Bandwidth> find(Scope scope, String bandwidthId, String addressId) {
        return tx.read(() -> bandwidthId != null ? store.find(scope, bandwidthId)
                : store.address(scope, addressId).map(Ipv6Address::bandwidth));
    }

    public Page<Ipv6Address> list(Scope scope, Ipv6Address.Filter filter, int offset, int limit) {
        return tx.read(() -> store.addresses(scope, filter, offset, limit));
    }

    /**
     * The address (IPV6_ADDRESS_NOT_FOUND) in the VPC of the gateway (IPV6_GATEWAY_NOT_FOUND, IPV6_GATEWAY_MISMATCH),
     * whose row is locked for the caller's transaction.
     */
    private Ipv6Address throughGateway(Scope scope, String gatewayId, String addressId) {
        Ipv6Gateway g = gateways.locked(scope, gatewayId);
        Ipv6Address a = address(scope, addressId);
        if (!a.vpcId().equals(g.vpcId())) throw new DomainException(DomainError.IPV6_GATEWAY_MISMATCH, gatewayId);
        return a;
    }

    private Ipv6Address address(Scope scope, String addressId) {
        return store.address(scope, addressId)
                .orElseThrow(() -> new DomainException(DomainError.IPV6_ADDRESS_NOT_FOUND, addressId));
    }

    /** The bandwidth of that id, or of that address, locked; none: IPV6_BANDWIDTH_NOT_FOUND. */
    private Ipv6Bandwidth locked(Scope scope, String bandwidthId, String addressId) {
        if (bandwidthId != null) return store.locked(scope, bandwidthId);
        Ipv6Bandwidth b = address(scope, addressId).bandwidth();
        if (b == null) throw new DomainException(DomainError.IPV6_BANDWIDTH_NOT_FOUND, addressId);
        return store.locked(scope, b.id());
    }
}
