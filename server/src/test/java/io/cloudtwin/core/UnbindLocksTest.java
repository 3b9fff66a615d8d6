package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.core.security.SecurityGroupStore;
import io.cloudtwin.support.LockWaits;
import io.cloudtwin.support.ServerTestBase;

/**
 * The locks that keep two unbinds of one host from leaving it no group (BindingService.disassociate): an unbind of
 * named pairs waits for the group it removes, an unbind by groups alone waits for every group of the hosts it
 * touches. Each case holds one group's lock in a transaction of its own, as a concurrent unbind would, and sees the
 * unbind wait for it.
 */
class UnbindLocksTest extends ServerTestBase {
    private static final Scope SCOPE = Scope.of(Cloud.UCLOUD, "1000000000000001", "cn-bj2");

    @Autowired
    InstanceService instances;
    @Autowired
    SecurityGroupService groups;
    @Autowired
    SecurityGroupStore groupStore;
    @Autowired
    BindingService bindings;
    @Autowired
    Transactions tx;

    private String group(String name) {
        return groups.create(SCOPE, new SecurityGroupService.NewGroup(name, "", "", "normal", "")).id();
    }

    private String hostIn(String... groupIds) {
        return instances.create(SCOPE, new InstanceService.NewInstance("", "h", "", "aliyun_3_x64_20G_alibase_20240819.vhd", "t", "", 1, 1024,
                InstanceStatus.RUNNING, java.util.Arrays.stream(groupIds)
                        .map(g -> new InstanceService.GroupRef(g, 1)).toList(), ""), 1).get(0).id();
    }

    /** While another transaction holds the lock of group held, the unbind waits; it completes once that ends. */
    private void waitsFor(String held, Runnable unbind) throws Exception {
        LockWaits.assertWaits(tx, () -> groupStore.lock(SCOPE, held).orElseThrow(), unbind,
                "the unbind waits for the lock of " + held);
    }

    @Test
    void anUnbindOfAPairWaitsForTheGroupItRemoves() throws Exception {
        String x = group("x"), y = group("y");
        String host = hostIn(x, y);
        waitsFor(y, () -> bindings.disassociate(SCOPE, List.of(y), List.of(host), false));
    }

    @Test
    void anUnbindByGroupWaitsForEveryGroupOfItsHosts() throws Exception {
        String x = group("x"), y = group("y");
        hostIn(x, y);
        waitsFor(y, () -> bindings.disassociate(SCOPE, List.of(x), List.of(), false));
    }
}
