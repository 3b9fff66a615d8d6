package io.cloudtwin.core.eip;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.tag.LabelStore;

/**
 * An EIP's weight among the EIPs of one resource (UCloud's EIP Weight, 0 to 100, 50 until set): the one of highest
 * weight carries the resource's outbound traffic. Kept as a label of the EIP, which goes with it; a change locks the
 * EIP's row.
 */
@Service
public record EipWeights(ElasticIpStore store, LabelStore labels, Transactions tx) {
    public static final int DEFAULT = 50;

    public void set(Scope scope, String eipId, int weight) {
        tx.run(() -> {
            store.locked(scope, eipId);
            labels.put(ResourceType.EIP, eipId, LabelStore.EIP_WEIGHT, String.valueOf(weight));
        });
    }

    /** The weight of each of these EIPs whose weight was set. */
    public Map<String, String> of(Collection<String> eipIds) {
        return tx.read(() -> labels.of(eipIds, LabelStore.EIP_WEIGHT));
    }
}
