package io.cloudtwin.core.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The cen_grant rows (V136); the rules are CenGrantService's. */
@Component
public class CenGrantStore extends ScopedStore<CenGrant> {
    public CenGrantStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "cen_grant", CenGrant.class, DomainError.CEN_GRANT_INSTANCE_NOT_FOUND);
    }

    /** Removes the VPC's grant to that CEN of that owner; 1 when there was one. */
    public int revoke(String instanceId, String cenId, long cenOwnerId) {
        return jdbc.sql("DELETE FROM cen_grant WHERE instance_id = :i AND cen_id = :c AND cen_owner_id = :o")
                .param("i", instanceId).param("c", cenId).param("o", cenOwnerId).update();
    }
}
