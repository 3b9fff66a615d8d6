package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.NetModels;
import io.cloudtwin.ucloud.model.Responses.Common;
import io.cloudtwin.ucloud.model.Responses.CreateSecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeResourceSecGroupResponse;
import io.cloudtwin.ucloud.model.StrictJson;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * UpdateSecGroupAssociation, the binding family's swap: one host leaves the groups named old, then joins the new ones
 * (or takes their new priority), its other groups untouched; a refusal (a group it is not in, one of another VPC, a
 * priority out of 1..5, an unknown group or host) changes nothing.
 */
class UpdateSecGroupAssociationTest extends ServerTestBase {
    private UcloudWire wire;
    private String vpc;
    private String a;
    private String b;
    private String c;
    private String host;

    private <T extends Common> T call(Class<T> type, Object... kv) {
        T out = StrictJson.decode(wire.raw(kv).asString(), type);
        assertThat(out.RetCode).as("%s", kv[1]).isZero();
        return out;
    }

    private String group(String inVpc, String name) {
        return call(CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", inVpc, "Name", name).SecGroupId;
    }

    /** The host's groups as "group/priority", in the order DescribeResourceSecGroup gives them. */
    private List<String> groups() {
        return call(DescribeResourceSecGroupResponse.class, "Action", "DescribeResourceSecGroup", "ResourceType",
                "uhost", "ResourceId.0", host).DataSet.get(0).SecGroupInfo.stream()
                .map(g -> g.SecGroupId + "/" + g.Priority).sorted().toList();
    }

    @BeforeEach
    void hostInTwoGroups() {
        wire = new UcloudWire(port);
        vpc = call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "swap", "Network.0", "10.61.0.0/16")
                .VPCId;
        a = group(vpc, "a");
        b = group(vpc, "b");
        c = group(vpc, "c");
        host = call(CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "VPCId", vpc, "Disks.0.IsBoot",
                "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20, "SecurityMode", "SecGroup", "SecGroupId.0.Id",
                a, "SecGroupId.0.Priority", 1, "SecGroupId.1.Id", b, "SecGroupId.1.Priority", 2).UHostIds.get(0);
    }

    @Test
    void oneHostLeavesTheOldGroupsAndJoinsTheNewOnes() {
        call(Common.class, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", a,
                "NewPrioritySecGroup.0.SecGroupId", c, "NewPrioritySecGroup.0.Priority", 3);
        assertThat(groups()).containsExactlyInAnyOrder(b + "/2", c + "/3");

        // a group both left and joined takes its new priority
        call(Common.class, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", b,
                "NewPrioritySecGroup.0.SecGroupId", b, "NewPrioritySecGroup.0.Priority", 5);
        assertThat(groups()).containsExactlyInAnyOrder(b + "/5", c + "/3");
    }

    @Test
    void aRefusalChangesNothing() {
        String elsewhere = group(call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "other",
                "Network.0", "10.62.0.0/16").VPCId, "elsewhere");
        List<String> before = groups();
        wire.refused(230, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", c,
                "NewPrioritySecGroup.0.SecGroupId", a, "NewPrioritySecGroup.0.Priority", 1);
        wire.refused(230, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", a,
                "NewPrioritySecGroup.0.SecGroupId", elsewhere, "NewPrioritySecGroup.0.Priority", 1);
        wire.refused(230, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", a,
                "NewPrioritySecGroup.0.SecGroupId", c, "NewPrioritySecGroup.0.Priority", 6);
        wire.refused(230, "Action", "UpdateSecGroupAssociation", "ResourceId", host, "OldSecGroupId.0", "secgroup-none",
                "NewPrioritySecGroup.0.SecGroupId", c, "NewPrioritySecGroup.0.Priority", 1);
        wire.refused(230, "Action", "UpdateSecGroupAssociation", "ResourceId", "uhost-none", "OldSecGroupId.0", a,
                "NewPrioritySecGroup.0.SecGroupId", c, "NewPrioritySecGroup.0.Priority", 1);
        assertThat(groups()).isEqualTo(before);
    }
}
