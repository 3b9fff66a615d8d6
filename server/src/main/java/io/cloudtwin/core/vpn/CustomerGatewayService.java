package io.cloudtwin.core.vpn;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Customer gateways: one an address in a region (the unique index), a BGP key only with an ASN, not deleted while a
 * connection joins one (checked under its row lock, which a connection's creation takes too).
 */
@Service
public record CustomerGatewayService(CustomerGatewayStore store, VpnConnectionStore connections, WallClock clock,
                                     TagService tags, Transactions tx) implements KindService<CustomerGateway> {
    public CustomerGateway create(Scope scope, String id, String ipAddress, String name, String description, Long asn,
                                  String authKey, Map<String, String> tagged) {
        return tx.call(() -> {
            CustomerGateway g = new CustomerGateway(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), ipAddress, nz(name), nz(description), asn, nz(authKey), clock.now());
            Constraints.enforce(() -> store.insert(g), DomainError.CUSTOMER_GATEWAY_ADDRESS_TAKEN, ipAddress);
            tags.tagNew(scope, ResourceType.CUSTOMER_GATEWAY, id, tagged);
            return g;
        });
    }

    /** Renames, re-describes or re-keys the gateway (a key needs its ASN); null leaves each. */
    public CustomerGateway update(Scope scope, String id, String name, String description, String authKey) {
        return tx.call(() -> {
            CustomerGateway g = store.locked(scope, id);
            if (authKey != null && !authKey.isEmpty() && g.asn() == null) {
                throw new DomainException(DomainError.CUSTOMER_GATEWAY_NO_ASN, id);
            }
            store.update(id, RowChanges.of("name", name, "description", description, "authKey", authKey));
            return store.get(scope, id);
        });
    }

    /** Deletes the gateway with its tags; refused while a connection joins it. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (connections.joins("customer_gateway_id", id)) {
                throw new DomainException(DomainError.VPN_CONNECTION_DEPENDS, id);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's gateways of these ids (empty: any), a page of them. */
    public Page<CustomerGateway> list(Scope scope, List<String> ids, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids), offset, limit));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
