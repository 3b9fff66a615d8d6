package io.cloudtwin.dialect.aliyun.actions.eni;

import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.Scope;

/** An instance's primary interface id is eni- and the instance id's suffix; no row stands for it. */
final class PrimaryInterfaces {
    private PrimaryInterfaces() {}

    /** The instance whose primary interface id is this, or null. */
    static Instance instanceOf(InstanceService instances, Scope scope, String id) {
        if (id == null || !id.startsWith("eni-")) return null;
        try {
            Instance i = instances.get(scope, "i-" + id.substring(4));
            return InstanceLifecycle.primaryInterfaceId(i.id()).equals(id) ? i : null;
        } catch (DomainException e) {
            return null;
        }
    }
}
