package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;

/** How instances are maintained (InstanceDetail.Maintenance), changed under their row locks, in id order. */
@Service
public class InstanceMaintenanceService {
    private final InstanceService instances;
    private final InstanceDetailStore details;

    public InstanceMaintenanceService(InstanceService instances, InstanceDetailStore details) {
        this.instances = instances;
        this.details = details;
    }

    /**
     * Changes the given parts (null: as they are; a window is given whole, start and end) of the maintenance of
     * instances of the scope not locked for security, all or none.
     */
    @Transactional
    public void change(Scope scope, Collection<String> ids, String action, Boolean notify, String windowStart,
                       String windowEnd) {
        for (String id : new TreeSet<>(ids)) {
            instances.lockUnlocked(scope, id);
            InstanceDetail d = details.find(id)
                    .orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id));
            details.setMaintenance(id, d.maintenance().with(action, notify, windowStart, windowEnd));
        }
    }
}
