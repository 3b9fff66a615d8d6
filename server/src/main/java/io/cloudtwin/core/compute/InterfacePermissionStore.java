package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The interface_permission rows (V137); the rules are InterfacePermissionService's. */
@Component
public class InterfacePermissionStore extends ScopedStore<InterfacePermission> {
    public InterfacePermissionStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "interface_permission", InterfacePermission.class,
                DomainError.INTERFACE_PERMISSION_NOT_FOUND);
    }

    /** Whether the card has that permission for that account. */
    public boolean granted(String interfaceId, long grantee, String permission) {
        return jdbc.sql("SELECT COUNT(*) FROM interface_permission WHERE interface_id = :i AND grantee_account_id = :g"
                        + " AND permission = :p")
                .param("i", interfaceId).param("g", grantee).param("p", permission).query(Long.class).single() > 0;
    }
}
