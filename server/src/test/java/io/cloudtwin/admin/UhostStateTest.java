package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.Models;
import io.cloudtwin.ucloud.model.Responses;
import io.cloudtwin.ucloud.model.StackModels;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * A UCloud host's billing, machine type and disks survive a state export and re-import: the re-imported host is
 * described as it was created, not as a Dynamic host with no disks.
 */
class UhostStateTest extends ServerTestBase {
    @Test
    void billingAndDisksRoundTrip() throws Exception {
        UcloudWire wire = new UcloudWire(port);
        String host = wire.call(Responses.CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance",
                "Zone", "cn-bj2-02", "ImageId", "uimage-u2204a", "LoginMode", "ImagePasswd", "ChargeType", "Month",
                "Quantity", 2, "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20,
                "Disks.1.IsBoot", "False", "Disks.1.Type", "CLOUD_RSSD", "Disks.1.Size", 100).UHostIds.get(0);
        Models.UHostInstanceSet before = describe(wire, host);
        assertThat(before.ChargeType).isEqualTo("Month");
        assertThat(before.DiskSet).hasSize(2);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"uhost\"").contains("CLOUD_RSSD");
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        Models.UHostInstanceSet after = describe(wire, host);
        assertThat(after.ChargeType).isEqualTo("Month");
        assertThat(after.ExpireTime).isEqualTo(before.ExpireTime);
        assertThat(after.MachineType).isEqualTo(before.MachineType);
        assertThat(after.DiskSet).extracting(d -> d.DiskId, d -> d.DiskType, d -> d.Size, d -> d.IsBoot)
                .containsExactlyElementsOf(before.DiskSet.stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.DiskId, d.DiskType, d.Size, d.IsBoot)).toList());
    }

    @Test
    void anIsolationGroupAndItsHostsRoundTrip() throws Exception {
        UcloudWire wire = new UcloudWire(port);
        String group = wire.call(StackModels.GroupIdResponse.class, "Action", "CreateIsolationGroup",
                "GroupName", "state-ig", "Remark", "kept").GroupId;
        String host = wire.call(Responses.CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance",
                "Zone", "cn-bj2-02", "ImageId", "uimage-u2204a", "LoginMode", "ImagePasswd", "IsolationGroup", group,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).UHostIds.get(0);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"isolationGroups\"").contains(group);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200); // twice: nothing new

        assertThat(describe(wire, host).IsolationGroup).isEqualTo(group);
        StackModels.IsolationGroup g = wire.call(StackModels.DescribeIsolationGroupResponse.class, "Action",
                "DescribeIsolationGroup", "GroupId", group).IsolationGroupSet.get(0);
        assertThat(g.GroupName + " " + g.Remark).isEqualTo("state-ig kept");
        assertThat(g.SpreadInfoSet).singleElement().satisfies(s -> assertThat(s.UHostCount).isEqualTo(1));
    }

    @Test
    void uhostDetailsOnAnAliyunInstanceAreRefused() throws Exception {
        String fixture = "{\"instances\":[{\"cloud\":\"aliyun\",\"region\":\"cn-hangzhou\",\"id\":\"i-uhostdetail0000001\","
                + "\"uhost\":{\"chargeType\":\"Month\"}}]}";
        assertThat(admin("POST", "/_cloudtwin/state", fixture).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instance").query(Long.class).single()).isZero();
    }

    private static Models.UHostInstanceSet describe(UcloudWire wire, String host) {
        return wire.call(Responses.DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance",
                "UHostIds.0", host).UHostSet.get(0);
    }
}
