package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/**
 * Bandwidth packages (V119); one past its end (disable_time) is gone to every read. A package's EIP goes with it (the
 * foreign key cascades), but only once no package of it is live: ElasticIpService refuses before.
 */
@Component
public class BandwidthPackageStore extends ScopedStore<BandwidthPackage> {
    public BandwidthPackageStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "bandwidth_package", BandwidthPackage.class, DomainError.BANDWIDTH_PACKAGE_NOT_FOUND);
    }

    /** One page of the scope's packages live at that time, in creation order, and how many there are. */
    public Page<BandwidthPackage> live(Scope scope, OffsetDateTime at, int offset, int limit) {
        return list(scope, new ScopedTable.Where().after("disable_time", at), offset, limit);
    }

    /**
     * Refuses (EIP_HAS_BANDWIDTH_PACKAGE) when the EIP has a package live at that time; the caller holds the EIP's row
     * lock, which a package's creation takes too.
     */
    public void requireNoneLive(String eipId, OffsetDateTime at) {
        long live = jdbc.sql("SELECT COUNT(*) FROM bandwidth_package WHERE eip_id = :e AND disable_time > :at")
                .param("e", eipId).param("at", at).query(Long.class).single();
        if (live > 0) throw new DomainException(DomainError.EIP_HAS_BANDWIDTH_PACKAGE, eipId);
    }
}
