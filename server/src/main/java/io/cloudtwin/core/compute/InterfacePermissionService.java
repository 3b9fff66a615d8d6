package io.cloudtwin.core.compute;

import java.util.Collection;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Permissions on network interfaces for other accounts, each granted or revoked under the card's row lock (so a
 * permission never outlives its card, whose deletion takes its permissions): one of a kind per card and account,
 * else INTERFACE_PERMISSION_EXISTS.
 */
@Service
public record InterfacePermissionService(InterfacePermissionStore store, InterfaceStore interfaces, WallClock clock,
                                         Transactions tx) implements KindService<InterfacePermission> {
    /** Grants the permission under that id; INTERFACE_NOT_FOUND, INTERFACE_PERMISSION_EXISTS. */
    public InterfacePermission grant(Scope scope, String id, String interfaceId, long grantee, String permission) {
        return tx.call(() -> {
            interfaces.lock(scope, interfaceId)
                    .orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, interfaceId));
            if (store.granted(interfaceId, grantee, permission)) {
                throw new DomainException(DomainError.INTERFACE_PERMISSION_EXISTS, interfaceId);
            }
            var p = new InterfacePermission(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    interfaceId, grantee, permission, clock.now());
            store.insert(p);
            return p;
        });
    }

    /** Revokes the permission: the card's lock, then the permission's row; INTERFACE_PERMISSION_NOT_FOUND. */
    public void revoke(Scope scope, String id) {
        tx.run(() -> {
            InterfacePermission p = store.get(scope, id);
            interfaces.lock(scope, p.interfaceId());
            store.remove(scope, id);
        });
    }

    /** The scope's permissions among ids (none: any) on that card (null: any card). */
    public ScopedTable.Where where(Collection<String> ids, String interfaceId) {
        return new ScopedTable.Where().in("id", ids).equal("interface_id", interfaceId);
    }
}
