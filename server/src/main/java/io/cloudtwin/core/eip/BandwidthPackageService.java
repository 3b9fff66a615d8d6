package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Bandwidth packages: a temporary bandwidth on an EIP of the scope for a time. Made under the EIP's row lock, which
 * ReleaseEIP and joining a shared bandwidth take too, so an EIP never goes, nor shares a bandwidth, while a package of
 * it is live (EIP_HAS_BANDWIDTH_PACKAGE). Past its end a package is gone: no read lists it, none finds it.
 */
@Service
public record BandwidthPackageService(BandwidthPackageStore store, ElasticIpStore eips, WallClock clock,
                                      Transactions tx) {
    /** A package of the EIP for seconds from enableTime (null: now). */
    public BandwidthPackage create(Scope scope, String id, String eipId, int bandwidth, OffsetDateTime enableTime,
                                   long seconds) {
        return tx.call(() -> {
            eips.locked(scope, eipId);
            OffsetDateTime now = clock.now();
            OffsetDateTime from = enableTime == null ? now : enableTime;
            BandwidthPackage p = new BandwidthPackage(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), eipId, bandwidth, from, from.plusSeconds(seconds), now);
            store.insert(p);
            return p;
        });
    }

    /** A live package and its EIP (null when the EIP went after the package was read: both gone). */
    public record View(BandwidthPackage bandwidthPackage, ElasticIp eip) {}

    /** One page of the scope's live packages, in creation order, each with its EIP. */
    public Page<View> list(Scope scope, int offset, int limit) {
        return tx.read(() -> {
            Page<BandwidthPackage> page = store.live(scope, clock.now(), offset, limit);
            Map<String, ElasticIp> byId = new HashMap<>();
            eips.byIds(page.items().stream().map(BandwidthPackage::eipId).distinct().toList())
                    .forEach(e -> byId.put(e.id(), e));
            return new Page<>(page.items().stream().map(p -> new View(p, byId.get(p.eipId()))).toList(), page.total());
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> {
            BandwidthPackage p = store.locked(scope, id);
            if (!p.disableTime().isAfter(clock.now())) {
                throw new DomainException(DomainError.BANDWIDTH_PACKAGE_NOT_FOUND, id);
            }
            store.delete(id);
        });
    }

    /** Every package, for the state document. */
    public List<BandwidthPackage> all() {
        return store.all();
    }
}
