package io.cloudtwin.core.nat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/**
 * NAT gateways and their SNAT and forward entries, and UCloud's SnatDnat rules; the rules that use them are
 * NatService's and NatLinkService's.
 */
@Component
public class NatStore {
    private final ScopedTable<NatGateway> gateways;
    private final ScopedTable<SnatEntry> snat;
    private final ScopedTable<ForwardEntry> forward;
    private final ScopedTable<SnatDnatRule> snatDnat;

    public NatStore(JdbcClient jdbc, RowLocks locks) {
        this.gateways = new ScopedTable<>(jdbc, locks, "nat_gateway", NatGateway.class);
        this.snat = new ScopedTable<>(jdbc, locks, "snat_entry", SnatEntry.class);
        this.forward = new ScopedTable<>(jdbc, locks, "forward_entry", ForwardEntry.class);
        this.snatDnat = new ScopedTable<>(jdbc, locks, "snat_dnat_rule", SnatDnatRule.class);
    }

    public void insert(NatGateway g) {
        gateways.insert(g);
    }

    public void insert(SnatEntry e) {
        snat.insert(e);
    }

    public void insert(ForwardEntry e) {
        forward.insert(e);
    }

    public Optional<NatGateway> find(Scope scope, String id) {
        return gateways.find(scope, id);
    }

    public Optional<NatGateway> lock(Scope scope, String id) {
        return gateways.lock(scope, id);
    }

    public Page<NatGateway> list(Scope scope, ScopedTable.Where where, int offset, int limit) {
        return gateways.list(scope, where, offset, limit);
    }

    public Page<SnatEntry> snatEntries(Scope scope, ScopedTable.Where where, int offset, int limit) {
        return snat.list(scope, where, offset, limit);
    }

    public Page<ForwardEntry> forwardEntries(Scope scope, ScopedTable.Where where, int offset, int limit) {
        return forward.list(scope, where, offset, limit);
    }

    public Optional<SnatEntry> snatEntry(Scope scope, String id) {
        return snat.find(scope, id);
    }

    public Optional<ForwardEntry> forwardEntry(Scope scope, String id) {
        return forward.find(scope, id);
    }

    /** The entries of a gateway (export, dependency checks). */
    public List<SnatEntry> snatOf(Scope scope, String gatewayId) {
        return snat.list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId), 0, Integer.MAX_VALUE).items();
    }

    public List<ForwardEntry> forwardOf(Scope scope, String gatewayId) {
        return forward.list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId), 0, Integer.MAX_VALUE).items();
    }

    public int update(String id, Map<String, ?> changes) {
        return gateways.update(id, changes);
    }

    public int updateSnat(String id, Map<String, ?> changes) {
        return snat.update(id, changes);
    }

    public int updateForward(String id, Map<String, ?> changes) {
        return forward.update(id, changes);
    }

    public boolean exists(String id) {
        return gateways.exists(id);
    }

    public boolean entryExists(String id) {
        return snat.exists(id) || forward.exists(id);
    }

    public int delete(String id) {
        return gateways.delete(id);
    }

    public int deleteSnat(String id) {
        return snat.delete(id);
    }

    public int deleteForward(String id) {
        return forward.delete(id);
    }

    /** Inserts a SnatDnat rule; a private address or EIP the gateway maps already fails (DuplicateKeyException). */
    public void insert(SnatDnatRule r) {
        snatDnat.insert(r);
    }

    /** The SnatDnat rules of the scope matching where, oldest first. */
    public List<SnatDnatRule> snatDnatRules(Scope scope, ScopedTable.Where where) {
        return snatDnat.list(scope, where, 0, Integer.MAX_VALUE).items();
    }

    public List<SnatDnatRule> snatDnatOf(Scope scope, String gatewayId) {
        return snatDnatRules(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId));
    }

    public boolean snatDnatExists(String id) {
        return snatDnat.exists(id);
    }

    public int deleteSnatDnat(String id) {
        return snatDnat.delete(id);
    }

    public List<SnatDnatRule> allSnatDnat() {
        return snatDnat.all();
    }

    public List<NatGateway> all() {
        return gateways.all();
    }

    public List<SnatEntry> allSnat() {
        return snat.all();
    }

    public List<ForwardEntry> allForward() {
        return forward.all();
    }
}
