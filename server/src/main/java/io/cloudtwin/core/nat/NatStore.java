package io.cloudtwin.core.nat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/**
 * NAT gateways and their SNAT and forward entries, and UCloud's SnatDnat rules; the rules that use them are
 * NatService's and NatLinkService's.
 */
@Component
public class NatStore extends ScopedStore<NatGateway> {
    private final ScopedTable<SnatEntry> snat;
    private final ScopedTable<ForwardEntry> forward;
    private final ScopedTable<SnatDnatRule> snatDnat;

    public NatStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "nat_gateway", NatGateway.class);
        this.snat = new ScopedTable<>(jdbc, locks, "snat_entry", SnatEntry.class);
        this.forward = new ScopedTable<>(jdbc, locks, "forward_entry", ForwardEntry.class);
        this.snatDnat = new ScopedTable<>(jdbc, locks, "snat_dnat_rule", SnatDnatRule.class);
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
