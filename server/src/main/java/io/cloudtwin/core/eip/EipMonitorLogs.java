package io.cloudtwin.core.eip;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.tag.LabelStore;

/**
 * An EIP's high-definition monitoring (Aliyun's HDMonitorStatus): on, with the log project and log store that would
 * take its per-second traffic figures, kept as two labels of the EIP, which go with it; nothing is logged. A change
 * locks the EIP's row.
 */
@Service
public record EipMonitorLogs(ElasticIpStore store, LabelStore labels, Transactions tx) {
    /** Where the figures of an EIP whose monitoring is on go. */
    public record Destination(String logProject, String logStore) {}

    private static final List<String> LABELS = List.of(LabelStore.HD_LOG_PROJECT, LabelStore.HD_LOG_STORE);

    /** Turns the EIP's monitoring on towards that destination (again: the destination changes), or off (null). */
    public void set(Scope scope, String eipId, Destination to) {
        tx.run(() -> {
            store.locked(scope, eipId);
            if (to == null) {
                LABELS.forEach(label -> labels.remove(eipId, label));
                return;
            }
            labels.put(ResourceType.EIP, eipId, LabelStore.HD_LOG_PROJECT, to.logProject());
            labels.put(ResourceType.EIP, eipId, LabelStore.HD_LOG_STORE, to.logStore());
        });
    }

    /** The destination of the scope's EIP (empty: its monitoring is off); EIP_NOT_FOUND for none. */
    public Optional<Destination> of(Scope scope, String eipId) {
        return tx.read(() -> {
            store.get(scope, eipId);
            return Optional.ofNullable(of(List.of(eipId)).get(eipId));
        });
    }

    /** The destination of each of these EIPs whose monitoring is on. */
    public Map<String, Destination> of(Collection<String> eipIds) {
        return tx.read(() -> {
            Map<String, Destination> out = new LinkedHashMap<>();
            labels.of(eipIds, LABELS).forEach((id, l) -> {
                if (l.containsKey(LabelStore.HD_LOG_PROJECT)) {
                    out.put(id, new Destination(l.get(LabelStore.HD_LOG_PROJECT),
                            l.getOrDefault(LabelStore.HD_LOG_STORE, "")));
                }
            });
            return out;
        });
    }
}
