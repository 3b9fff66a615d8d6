package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeIsolationGroupResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.GroupIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.IsolationGroup;

/**
 * ucloud_isolation_group as terraform-provider-ucloud drives it (resource_ucloud_isolation_group.go and
 * describeIsolationGroupById: CreateIsolationGroup, the read by GroupId, 8037 for "gone", the delete loop), and
 * ucloud_instance's isolation_group (CreateUHostInstance IsolationGroup, read back from DescribeUHostInstance); then
 * the rules: seven hosts of a group in a zone, a group with hosts stays, and their races.
 */
class IsolationGroupScenarioTest extends StackScenario {
    private String group(String name) throws Exception {
        return call(GroupIdResponse.class, "CreateIsolationGroup", "GroupName", name, "Remark", "tf").groupId;
    }

    private IsolationGroup describe(String id) throws Exception {
        var set = call(DescribeIsolationGroupResponse.class, "DescribeIsolationGroup", "GroupId", id)
                .isolationGroupSet;
        assertThat(set).hasSize(1);
        return set.get(0);
    }

    private Object[] host(String zone, String group) {
        return new Object[] {"Zone", zone, "ImageId", "uimage-c79x64", "LoginMode", "Password", "Password",
                "cGFzc3dvcmQx", "IsolationGroup", group, "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", 20};
    }

    private String hostIn(String zone, String group) throws Exception {
        return call(CreateUHostInstanceResponse.class, "CreateUHostInstance", host(zone, group)).uhostIds.get(0);
    }

    @Test
    void theProvidersLifecycleWithAHostInTheGroup() throws Exception {
        String id = group("tf-isolation-group-1");
        IsolationGroup read = describe(id);
        assertThat(read.groupName + " " + read.remark).isEqualTo("tf-isolation-group-1 tf");
        assertThat(read.spreadInfoSet).isEmpty();

        String host = hostIn(ZONE, id);
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host)
                .uhostSet.get(0).isolationGroup).isEqualTo(id);
        assertThat(describe(id).spreadInfoSet).singleElement()
                .satisfies(s -> assertThat(s.zone + " " + s.uhostCount).isEqualTo(ZONE + " 1"));

        refused(230, "DeleteIsolationGroup", "GroupId", id);
        call(AnyResponse.class, "LeaveIsolationGroup", "GroupId", id, "UHostId", host);
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host)
                .uhostSet.get(0).isolationGroup).isEmpty();
        refused(230, "LeaveIsolationGroup", "GroupId", id, "UHostId", host);
        refused(8039, "LeaveIsolationGroup", "GroupId", id, "UHostId", "uhost-missing");

        call(GroupIdResponse.class, "DeleteIsolationGroup", "GroupId", id);
        refused(8037, "DescribeIsolationGroup", "GroupId", id);
        refused(8037, "DeleteIsolationGroup", "GroupId", id);
        refused(8037, "CreateUHostInstance", host(ZONE, id));
        refused(230, "CreateIsolationGroup", "GroupName", "no spaces allowed");
    }

    @Test
    void sevenHostsOfAGroupInAZoneAndNoMore() throws Exception {
        String id = group("tf-seven");
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 7; i++) hosts.add(hostIn(ZONE, id));
        refused(230, "CreateUHostInstance", host(ZONE, id));
        // another zone has room of its own
        hostIn("cn-bj2-03", id);
        assertThat(describe(id).spreadInfoSet).extracting(s -> s.zone + " " + s.uhostCount)
                .containsExactly(ZONE + " 7", "cn-bj2-03 1");
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "Zone", ZONE).uhostSet)
                .filteredOn(h -> id.equals(h.isolationGroup)).hasSize(7);
    }

    @Test
    void twoHostsRaceForTheLastPlaceInAZone() throws Exception {
        String id = group("tf-race");
        for (int i = 0; i < 6; i++) hostIn(ZONE, id);
        int[] codes = race(() -> retCode("CreateUHostInstance", host(ZONE, id)),
                () -> retCode("CreateUHostInstance", host(ZONE, id)));
        assertThat(codes).containsExactlyInAnyOrder(0, 230);
        assertThat(describe(id).spreadInfoSet).singleElement().satisfies(s -> assertThat(s.uhostCount).isEqualTo(7));
    }

    @Test
    void aHostJoiningRacesTheGroupsDeletion() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = group("tf-gone-" + round);
            int[] codes = race(() -> retCode("CreateUHostInstance", host(ZONE, id)),
                    () -> retCode("DeleteIsolationGroup", "GroupId", id));
            // either the host joined and the group stays (230), or the group went first and the host is refused (8037)
            assertThat(codes[0] == 0 ? codes[1] : codes[0]).isIn(230, 8037);
            assertThat(codes).contains(0);
            if (codes[0] == 0) assertThat(describe(id).spreadInfoSet).singleElement();
            else refused(8037, "DescribeIsolationGroup", "GroupId", id);
        }
    }
}
