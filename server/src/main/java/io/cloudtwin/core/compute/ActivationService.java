package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.KindService;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Cloud Assistant activations: made, disabled (for good) and deleted under their row's lock. No managed instance
 * registers here, so none keeps an activation from its deletion.
 */
@Service
public record ActivationService(ActivationStore store, TagService tags, WallClock clock, Transactions tx)
        implements KindService<Activation> {
    /** What a new activation allows. */
    public record NewActivation(String instanceName, String description, int instanceCount, long timeToLiveInHours,
                                String ipAddressRange) {}

    public Activation create(Scope scope, String id, NewActivation spec, boolean disabled,
                             Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.ACTIVATION, store, new Activation(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), spec.instanceName(), spec.description(),
                spec.instanceCount(), spec.timeToLiveInHours(), spec.ipAddressRange(), disabled, clock.now()), tagged);
    }

    /** Disables the activation (again: nothing changes); answers it as it is now. */
    public Activation disable(Scope scope, String id) {
        return tx.call(() -> {
            store.change(scope, id, RowChanges.of("disabled", true));
            return store.get(scope, id);
        });
    }

    /** Deletes the activation with its tags; answers it as it was. */
    public Activation delete(Scope scope, String id) {
        return tags.removed(scope, store, id);
    }

    /** The scope's activations among ids, of that instance name (null: any). */
    public ScopedTable.Where where(Collection<String> ids, String instanceName) {
        return new ScopedTable.Where().in("id", ids).equal("instance_name", instanceName);
    }
}
