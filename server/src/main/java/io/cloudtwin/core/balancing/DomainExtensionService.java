package io.cloudtwin.core.balancing;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Domain extensions of HTTPS listeners (Aliyun SLB's). Rules: an HTTPS listener's (LISTENER_NOT_FOUND otherwise);
 * one a domain on a listener (DOMAIN_EXTENSION_EXISTS); it serves a server certificate of the scope
 * (CERTIFICATE_NOT_FOUND), which is not deleted while it does (CertificateService). Locks: the load balancer's row,
 * then the certificate's.
 */
@Service
public record DomainExtensionService(DomainExtensionStore store, LoadBalancerService loadBalancers,
                                     CertificateService certificates, WallClock clock, Transactions tx)
        implements KindService<DomainExtension> {
    public DomainExtension create(Scope scope, String loadBalancerId, String listenerId, String id, String domain,
                                  String certificateId) {
        return tx.call(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            if (!l.protocol().equalsIgnoreCase("HTTPS")) {
                throw new DomainException(DomainError.LISTENER_NOT_FOUND, listenerId);
            }
            if (ofListener(listenerId).stream().anyMatch(e -> e.domain().equalsIgnoreCase(domain))) {
                throw new DomainException(DomainError.DOMAIN_EXTENSION_EXISTS, domain);
            }
            certificates.lockServing(scope, certificateId);
            DomainExtension e = new DomainExtension(id, scope.cloud(), scope.accountId(), l.region(), scope.projectId(),
                    loadBalancerId, listenerId, domain, certificateId, clock.now());
            store.insert(e);
            return e;
        });
    }

    /** The extensions of a listener of a load balancer of the scope, in creation order. */
    public List<DomainExtension> ofListener(Scope scope, String loadBalancerId, String listenerId) {
        return tx.read(() -> {
            loadBalancers.listener(scope, loadBalancerId, listenerId);
            return ofListener(listenerId);
        });
    }

    /** The extension serves another server certificate of the scope. */
    public void serve(Scope scope, String id, String certificateId) {
        tx.run(() -> {
            DomainExtension e = locked(scope, id);
            certificates.lockServing(scope, certificateId);
            store.update(e.id(), RowChanges.of("certificateId", certificateId));
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> {
            locked(scope, id);
            store.delete(id);
        });
    }

    /** Every extension, for the state document. */
    public List<DomainExtension> all() {
        return tx.read(() -> store.all());
    }

    /** The extension, its load balancer's row locked first. */
    private DomainExtension locked(Scope scope, String id) {
        DomainExtension seen = get(scope, id);
        loadBalancers.lockedListener(scope, seen.loadBalancerId(), seen.listenerId());
        return get(scope, id);
    }

    private List<DomainExtension> ofListener(String listenerId) {
        return store.extensionsOf(List.of(listenerId)).getOrDefault(listenerId, List.of());
    }
}
