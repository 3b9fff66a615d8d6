package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Domain extensions of HTTPS listeners (V89); the rules are DomainExtensionService's. */
@Component
public class DomainExtensionStore extends ScopedStore<DomainExtension> {
    public DomainExtensionStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_domain_extension", DomainExtension.class, DomainError.DOMAIN_EXTENSION_NOT_FOUND);
    }

    /** The extensions of these listeners, by listener, in creation order. */
    public Map<String, List<DomainExtension>> extensionsOf(Collection<String> listenerIds) {
        return table.groupedBy("listener_id", listenerIds);
    }

    /** The extensions that serve these certificates, by certificate. */
    public Map<String, List<DomainExtension>> serving(Collection<String> certificateIds) {
        return table.groupedBy("certificate_id", certificateIds);
    }
}
