package io.cloudtwin.core.nat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/**
 * NAT gateways and their SNAT and forward entries, the NAT IP blocks and addresses of VPC NAT gateways, and UCloud's
 * SnatDnat rules; the rules that use them are NatService's, NatIpService's and NatLinkService's.
 */
@Component
public class NatStore extends ScopedStore<NatGateway> {
    private final ScopedTable<SnatEntry> snat;
    private final ScopedTable<ForwardEntry> forward;
    private final ScopedTable<SnatDnatRule> snatDnat;
    private final ScopedTable<NatIpCidr> natIpCidrs;
    private final ScopedTable<NatIp> natIps;

    public NatStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "nat_gateway", NatGateway.class, DomainError.NAT_GATEWAY_NOT_FOUND);
        this.snat = new ScopedTable<>(jdbc, locks, "snat_entry", SnatEntry.class);
        this.forward = new ScopedTable<>(jdbc, locks, "forward_entry", ForwardEntry.class);
        this.snatDnat = new ScopedTable<>(jdbc, locks, "snat_dnat_rule", SnatDnatRule.class);
        this.natIpCidrs = new ScopedTable<>(jdbc, locks, "nat_ip_cidr", NatIpCidr.class);
        this.natIps = new ScopedTable<>(jdbc, locks, "nat_ip", NatIp.class);
    }

    /** The SNAT entries of the gateways. */
    public ScopedTable<SnatEntry> snat() {
        return snat;
    }

    /** Their forward (DNAT) entries. */
    public ScopedTable<ForwardEntry> forward() {
        return forward;
    }

    /** UCloud's SnatDnat rules; inserting one, a private address or EIP the gateway maps already fails. */
    public ScopedTable<SnatDnatRule> snatDnat() {
        return snatDnat;
    }

    /** The NAT IP blocks of VPC NAT gateways; inserting a block a gateway has already fails. */
    public ScopedTable<NatIpCidr> natIpCidrs() {
        return natIpCidrs;
    }

    /** Their NAT IP addresses; inserting an address a gateway has already fails. */
    public ScopedTable<NatIp> natIps() {
        return natIps;
    }

    /** The NAT IP addresses of a gateway (found in its caller's scope already), oldest first. */
    public List<NatIp> natIpsOf(String gatewayId) {
        return natIps.groupedBy("nat_gateway_id", List.of(gatewayId)).getOrDefault(gatewayId, List.of());
    }

    /** The entries of a gateway (export, dependency checks). */
    public List<SnatEntry> snatOf(Scope scope, String gatewayId) {
        return snat.list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId), 0, Integer.MAX_VALUE).items();
    }

    public List<ForwardEntry> forwardOf(Scope scope, String gatewayId) {
        return forward.list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId), 0, Integer.MAX_VALUE).items();
    }

    public boolean entryExists(String id) {
        return snat.exists(id) || forward.exists(id);
    }

    /** The SnatDnat rules of the scope matching where, oldest first. */
    public List<SnatDnatRule> snatDnatRules(Scope scope, ScopedTable.Where where) {
        return snatDnat.list(scope, where, 0, Integer.MAX_VALUE).items();
    }

    public List<SnatDnatRule> snatDnatOf(Scope scope, String gatewayId) {
        return snatDnatRules(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId));
    }
}
