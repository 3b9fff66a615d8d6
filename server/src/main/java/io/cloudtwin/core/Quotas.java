package io.cloudtwin.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-account quotas, generous by default so that ordinary tests never meet them:
 * cloudtwin.limits.security-groups-per-account (10,000) and cloudtwin.limits.instances-per-account (10,000), per
 * cloud. Each dialect answers an exceeded quota with its own code (Aliyun QuotaExceed.SecurityGroup /
 * QuotaExceed.AfterpayInstance; UCloud 4207 / 8095).
 */
@Component
public class Quotas {
    private final QuotaStore store;
    private final long groups;
    private final long instances;

    public Quotas(QuotaStore store, @Value("${cloudtwin.limits.security-groups-per-account:10000}") long groups,
                  @Value("${cloudtwin.limits.instances-per-account:10000}") long instances) {
        this.store = store;
        this.groups = groups;
        this.instances = instances;
    }

    /** Counts one more group for the scope's account, or throws GROUP_QUOTA_EXCEEDED. Call inside the transaction. */
    public void takeGroup(Scope scope) {
        if (!store.take(scope.cloud(), scope.accountId(), QuotaStore.Kind.SECURITY_GROUPS, 1, groups)) {
            throw new DomainException(DomainError.GROUP_QUOTA_EXCEEDED, scope.accountId());
        }
    }

    public void releaseGroup(Scope scope) {
        store.release(scope.cloud(), scope.accountId(), QuotaStore.Kind.SECURITY_GROUPS, 1);
    }

    /** Counts n more instances, or throws INSTANCE_QUOTA_EXCEEDED. */
    public void takeInstances(Scope scope, int n) {
        if (!store.take(scope.cloud(), scope.accountId(), QuotaStore.Kind.INSTANCES, n, instances)) {
            throw new DomainException(DomainError.INSTANCE_QUOTA_EXCEEDED, scope.accountId());
        }
    }

    public void releaseInstance(Scope scope) {
        store.release(scope.cloud(), scope.accountId(), QuotaStore.Kind.INSTANCES, 1);
    }
}
