package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Server certificates and the listener that serves each. */
@Component
public class CertificateStore extends ScopedStore<Certificate> {
    public CertificateStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "certificate", Certificate.class);
    }

    public void bind(String listenerId, String certificateId) {
        jdbc.sql("INSERT INTO certificate_binding (listener_id, certificate_id) VALUES (:l, :c)")
                .param("l", listenerId).param("c", certificateId).update();
    }

    /** 0 when the listener did not serve this certificate. */
    public int unbind(String listenerId, String certificateId) {
        return jdbc.sql("DELETE FROM certificate_binding WHERE listener_id = :l AND certificate_id = :c")
                .param("l", listenerId).param("c", certificateId).update();
    }

    /** The listeners that serve the certificate, in id order. */
    public List<String> listenersOf(String certificateId) {
        return jdbc.sql("SELECT listener_id FROM certificate_binding WHERE certificate_id = :c ORDER BY listener_id")
                .param("c", certificateId).query(String.class).list();
    }

    /** The certificate each of these listeners serves (absent: none). */
    public Map<String, String> ofListeners(Collection<String> listenerIds) {
        return Rows.pairs(jdbc, "certificate_binding", "listener_id", "certificate_id", listenerIds);
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

    /** The listener trusts the CA certificate, in place of the one it trusted. */
    public void trust(String listenerId, String certificateId) {
        untrust(listenerId);
        jdbc.sql("INSERT INTO ca_certificate_binding (listener_id, certificate_id) VALUES (:l, :c)")
                .param("l", listenerId).param("c", certificateId).update();
    }

    public void untrust(String listenerId) {
        jdbc.sql("DELETE FROM ca_certificate_binding WHERE listener_id = :l").param("l", listenerId).update();
    }

    /** The listeners that trust the CA certificate, in id order. */
    public List<String> trustingListeners(String certificateId) {
        return jdbc.sql("SELECT listener_id FROM ca_certificate_binding WHERE certificate_id = :c ORDER BY listener_id")
                .param("c", certificateId).query(String.class).list();
    }

    /** The CA certificate each of these listeners trusts (absent: none). */
    public Map<String, String> trustedBy(Collection<String> listenerIds) {
        return Rows.pairs(jdbc, "ca_certificate_binding", "listener_id", "certificate_id", listenerIds);
    }

    /** Every CA binding, listener id to certificate id (state export). */
    public Map<String, String> allTrust() {
        return Rows.allPairs(jdbc, "ca_certificate_binding", "listener_id", "certificate_id");
    }

    /** Every binding, listener id to certificate id (state export). */
    public Map<String, String> allBindings() {
        return Rows.allPairs(jdbc, "certificate_binding", "listener_id", "certificate_id");
    }
}
