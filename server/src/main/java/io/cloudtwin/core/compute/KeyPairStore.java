package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Key pairs and the pair each instance logs in with. */
@Component
public class KeyPairStore extends ScopedStore<KeyPair> {
    /** Inserts pairs; the unique index refuses a name its scope already has (DuplicateKeyException). */
    public KeyPairStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "key_pair", KeyPair.class, DomainError.KEY_PAIR_NOT_FOUND);
    }

    /** Which of these ids are pairs (of any scope). */
    public Set<String> existing(Collection<String> ids) {
        return new HashSet<>(Rows.present(jdbc, "key_pair", "id", ids));
    }

    /** The pair an instance logs in with becomes this one. */
    public void bind(String instanceId, String keyPairId, OffsetDateTime now) {
        jdbc.sql("DELETE FROM instance_key_pair WHERE instance_id = :i").param("i", instanceId).update();
        Rows.insert(jdbc, "instance_key_pair", "instance_id", instanceId, "key_pair_id", keyPairId, "created_at", now);
    }

    /** Unbinds the instance from this pair; 0 when it used another one or none. */
    public int unbind(String instanceId, String keyPairId) {
        return Rows.delete(jdbc, "instance_key_pair", "instance_id", instanceId, "key_pair_id", keyPairId);
    }

    /** The instances that log in with the pair. */
    public List<String> instancesOf(String keyPairId) {
        return jdbc.sql("SELECT instance_id FROM instance_key_pair WHERE key_pair_id = :k ORDER BY instance_id")
                .param("k", keyPairId).query(String.class).list();
    }

    public long instancesUsing(String keyPairId) {
        return Rows.count(jdbc, "instance_key_pair", "key_pair_id", keyPairId);
    }

    /** The pair each of these instances logs in with, by instance id (absent: none). */
    public Map<String, KeyPair> ofInstances(Collection<String> instanceIds) {
        Map<String, KeyPair> out = new LinkedHashMap<>();
        if (instanceIds.isEmpty()) return out;
        jdbc.sql("SELECT b.instance_id AS bound_instance, k.* FROM instance_key_pair b JOIN key_pair k ON k.id = b.key_pair_id "
                        + "WHERE b.instance_id IN (:ids)").param("ids", instanceIds)
                .query((rs, n) -> out.put(rs.getString("bound_instance"), table.map(rs))).list();
        return out;
    }

    /** Every binding, instance id to key pair id (state export). */
    public Map<String, String> allBindings() {
        return Rows.allPairs(jdbc, "instance_key_pair", "instance_id", "key_pair_id");
    }
}
