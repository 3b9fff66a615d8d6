package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;

/**
 * What an instance keeps of how it is run beyond its shape: how it serves its metadata (InstanceDetail.MetadataOptions)
 * and how it is maintained (InstanceDetail.Maintenance), changed under the instances' row locks, in id order.
 */
@Service
public class InstanceSettings {
    private final InstanceService instances;
    private final InstanceDetailStore details;

    public InstanceSettings(InstanceService instances, InstanceDetailStore details) {
        this.instances = instances;
        this.details = details;
    }

    /** Changes the options given (null: as they are) of an instance of the scope not locked for security. */
    @Transactional
    public void changeMetadata(Scope scope, String id, String httpEndpoint, String httpTokens, Integer hopLimit) {
        change(scope, List.of(id), d -> details.setMetadata(id, d.metadata().with(httpEndpoint, httpTokens, hopLimit)));
    }

    /**
     * Changes the given parts (null: as they are; a window is given whole, start and end) of the maintenance of
     * instances of the scope not locked for security, all or none.
     */
    @Transactional
    public void changeMaintenance(Scope scope, Collection<String> ids, String action, Boolean notice,
                                  String windowStart, String windowEnd) {
        change(scope, ids, d -> details.setMaintenance(d.instanceId(),
                d.maintenance().with(action, notice, windowStart, windowEnd)));
    }

    /** Locks each instance (in id order) and applies the change to what it keeps. */
    private void change(Scope scope, Collection<String> ids, Consumer<InstanceDetail> apply) {
        for (String id : new TreeSet<>(ids)) {
            instances.lockUnlocked(scope, id);
            apply.accept(details.find(id).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id)));
        }
    }
}
