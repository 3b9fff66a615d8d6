package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.core.security.SecurityGroupStore;
import io.cloudtwin.support.LockWaits;
import io.cloudtwin.support.ServerTestBase;

/** A row lock taken by a store holds until its transaction ends, and a lock of another account's row finds nothing. */
class RowLocksTest extends ServerTestBase {
    private static final Scope SCOPE = Scope.of(Cloud.ALIYUN, "1000000000000001", REGION);

    @Autowired
    RowLocks locks;
    @Autowired
    InstanceStore instances;
    @Autowired
    SecurityGroupStore groups;
    @Autowired
    InstanceService instanceService;
    @Autowired
    SecurityGroupService groupService;
    @Autowired
    Transactions tx;

    @Test
    void h2LocksByANoOpUpdate() {
        assertThat(locks.lockByUpdate()).as("the test store is H2").isTrue();
    }

    @Test
    void aSecondLockerWaitsForTheFirstTransaction() throws Exception {
        String group = groupService.create(SCOPE, new SecurityGroupService.NewGroup("g", "", "", "normal", "")).id();
        String instance = instanceService.create(SCOPE, new InstanceService.NewInstance("", "i", "", "aliyun_3_x64_20G_alibase_20240819.vhd", "t", "", 1,
                1024, InstanceStatus.RUNNING, List.of(new InstanceService.GroupRef(group, 1)), ""), 1).get(0).id();
        for (Runnable lock : List.<Runnable>of(() -> instances.lock(SCOPE, instance).orElseThrow(),
                () -> groups.lock(SCOPE, group).orElseThrow())) {
            LockWaits.assertWaits(tx, lock, () -> tx.run(() -> lock.run()),
                    "the second locker waits while the first transaction holds the row");
        }
        Scope other = Scope.of(Cloud.ALIYUN, "2000000000000002", REGION);
        java.util.Optional<?> otherInstance = tx.call(() -> instances.lock(other, instance));
        java.util.Optional<?> otherGroup = tx.call(() -> groups.lock(other, group));
        assertThat(otherInstance).isEmpty();
        assertThat(otherGroup).isEmpty();
    }
}
