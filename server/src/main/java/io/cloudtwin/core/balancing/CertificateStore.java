package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Certificates, the listener that serves each server certificate and the one that trusts each CA certificate. */
@Component
public class CertificateStore extends ScopedStore<Certificate> {
    private final ListenerBindings serving;
    private final ListenerBindings trusting;

    public CertificateStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "certificate", Certificate.class, DomainError.CERTIFICATE_NOT_FOUND);
        this.serving = new ListenerBindings(jdbc, "certificate_binding", "certificate_id");
        this.trusting = new ListenerBindings(jdbc, "ca_certificate_binding", "certificate_id");
    }

    /** Which listener serves each certificate (one a listener). */
    ListenerBindings serving() {
        return serving;
    }

    /** Which listener trusts each CA certificate (one a listener). */
    ListenerBindings trusting() {
        return trusting;
    }

    /** The certificate each of these listeners serves, in one statement (absent: none). */
    public Map<String, Certificate> servedBy(Collection<String> listenerIds) {
        Map<String, Certificate> out = new LinkedHashMap<>();
        if (listenerIds.isEmpty()) return out;
        jdbc.sql("SELECT b.listener_id AS served_listener, c.* FROM certificate_binding b "
                        + "JOIN certificate c ON c.id = b.certificate_id WHERE b.listener_id IN (:ids)")
                .param("ids", listenerIds)
                .query((rs, n) -> out.put(rs.getString("served_listener"), table.map(rs))).list();
        return out;
    }
}
