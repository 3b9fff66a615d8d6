package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.NetModels;
import io.cloudtwin.ucloud.model.Responses;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * Each RetCode the spec layer and the new actions answer with, over the wire (REST Assured, Go-SDK form posts):
 * always HTTP 200 with the cloud's body, and a refused call changes nothing in the store.
 */
class UcloudRetCodeTest extends ServerTestBase {
    private UcloudWire wire;
    private String vpcA;
    private String groupA;
    private String groupOtherVpc;
    private String host;

    @BeforeEach
    void world() {
        wire = new UcloudWire(port);
        vpcA = wire.call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "a", "Network.0",
                "10.40.0.0/16").VPCId;
        String vpcB = wire.call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "Name", "b", "Network.0",
                "10.41.0.0/16").VPCId;
        groupA = wire.call(Responses.CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", vpcA,
                "Name", "a").SecGroupId;
        groupOtherVpc = wire.call(Responses.CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", vpcB,
                "Name", "b").SecGroupId;
        wire.call(Responses.CreateSecGroupRuleResponse.class, "Action", "CreateSecGroupRule", "SecGroupId", groupA,
                "Rule.0.Direction", "Ingress", "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Priority", 1,
                "Rule.0.ProtocolType", "ALL", "Rule.0.DstPort", "", "Rule.0.RuleAction", "Accept", "Rule.0.Remark", "");
        host = wire.call(Responses.CreateUHostInstanceResponse.class, "Action", "CreateUHostInstance",
                "Zone", "cn-bj2-02", "ImageId", "uimage-u2204a", "LoginMode", "ImagePasswd",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20,
                "SecurityMode", "SecGroup", "SecGroupId.0.Id", groupA, "SecGroupId.0.Priority", 1).UHostIds.get(0);
    }

    /** Every row of every table a UCloud call may change. */
    private List<Map<String, Object>> everything() {
        List<Map<String, Object>> rows = new ArrayList<>(storeSnapshot());
        for (String q : new String[] {"SELECT * FROM security_group_rule ORDER BY id",
                "SELECT * FROM uhost_detail ORDER BY instance_id", "SELECT * FROM uhost_disk ORDER BY disk_id"}) {
            rows.addAll(jdbc.sql(q).query().listOfRows());
        }
        return rows;
    }

    private String refused(int retCode, Object... kv) {
        var before = everything();
        String message = wire.refused(retCode, kv).Message;
        assertThat(everything()).as("a refused %s changes nothing", kv[1]).isEqualTo(before);
        return message;
    }

    @Test
    void createdWithImagePasswdAndReportedAsCreated() {
        var h = wire.call(Responses.DescribeUHostInstanceResponse.class, "Action", "DescribeUHostInstance",
                "UHostIds.0", host).UHostSet.get(0);
        assertThat(h.OsName).isEqualTo("Ubuntu 22.04 64位");
        assertThat(h.ChargeType).isEqualTo("Month");
        assertThat(h.IPSet.get(0).VPCId).isEqualTo(vpcA);
    }

    @Test
    void regionAndZoneOutsideTheDocumentedListsAre230NotAvailable() {
        assertThat(refused(230, "Action", "DescribeUHostInstance", "Region", "mars-1")).isEqualTo("Params [Region] not available");
        assertThat(refused(230, "Action", "DescribeUHostInstance", "Zone", "cn-bj2-99")).isEqualTo("Params [Zone] not available");
        assertThat(refused(230, "Action", "DescribeUHostInstance", "Zone", "hk-02")).contains("Zone");
        refused(230, "Action", "CreateUHostInstance", "Zone", "cn-sh2-01", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20);
    }

    @Test
    void parametersAreCheckedAgainstTheSpecBeforeTheHandlerRuns() {
        assertThat(refused(220, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "LoginMode", "ImagePasswd",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20))
                .isEqualTo("Missing params [ImageId]");
        assertThat(refused(220, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "Disks.0.IsBoot", "True", "Disks.0.Size", 20))
                .isEqualTo("Missing params [Disks.0.Type]");
        assertThat(refused(230, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "big"))
                .isEqualTo("Params [Disks.0.Size] not valid");
        assertThat(refused(230, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "Disks.0.IsBoot", "Maybe", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20))
                .isEqualTo("Params [Disks.0.IsBoot] not valid");
        assertThat(refused(230, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "CPU", 65, "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", 20)).isEqualTo("Params [CPU] not valid");
        assertThat(refused(230, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-c79x64",
                "LoginMode", "ImagePasswd", "ChargeType", "Weekly", "Disks.0.IsBoot", "True", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20)).isEqualTo("Params [ChargeType] not valid");
        assertThat(refused(230, "Action", "CreateSecGroup", "VPCID", "uvnet-a", "Name", "x".repeat(65)))
                .isEqualTo("Params [Name] not valid");
        assertThat(refused(230, "Action", "DisassociateSecGroup", "SecGroupId.0", groupA, "Force", "maybe"))
                .isEqualTo("Params [Force] not valid");
        assertThat(refused(230, "Action", "DescribeSecGroup", "SecGroupId.x", groupA)).isEqualTo("Params [SecGroupId] not valid");
        assertThat(refused(230, "Action", "CreateSecGroupRule", "SecGroupId", groupA, "Rule", "x"))
                .isEqualTo("Params [Rule] not valid");
        assertThat(refused(230, "Action", "CreateSecGroupRule", "SecGroupId", groupA, "Rule.0.Direction", "Ingress",
                "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Priority", 201, "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "80",
                "Rule.0.RuleAction", "Accept", "Rule.0.Remark", "")).isEqualTo("Params [Rule.0.Priority] not valid");
    }

    /**
     * As every UCloud Describe by id, and as Terraform's provider decides "gone": RetCode 0, the unknown ids left out
     * (it answered 208704 before, a code no UCloud document or SDK knows, which the provider retried as an error).
     */
    @Test
    void describeSecGroupOfAnUnknownIdLeavesItOut() {
        var none = wire.call(Responses.DescribeSecGroupResponse.class, "Action", "DescribeSecGroup",
                "SecGroupId.0", "secgroup-nope0000");
        assertThat(none.DataSet).isEmpty();
        var one = wire.call(Responses.DescribeSecGroupResponse.class, "Action", "DescribeSecGroup",
                "SecGroupId.0", groupA, "SecGroupId.1", "secgroup-nope0000");
        assertThat(one.DataSet).extracting(g -> g.SecGroupId).containsExactly(groupA);
    }

    /** A typo and an action UCloud documents that cloudtwin does not serve are both 161, told apart by the message. */
    @Test
    void anUnservedDocumentedActionIsNamedAsSuch() {
        assertThat(refused(161, "Action", "GetUHostInstanceVncInfo", "UHostId", host))
                .contains("GetUHostInstanceVncInfo").contains("documented by UCloud but not served by cloudtwin")
                .contains("docs/ucloud.md");
        assertThat(refused(161, "Action", "LaunchRockets")).isEqualTo("Action [LaunchRockets] not found");
    }

    @Test
    void updateSecGroupNeedsOneOfNameTagRemarkAndTakesAnArray() {
        assertThat(refused(220, "Action", "UpdateSecGroup", "SecGroupId.0", groupA)).isEqualTo("Missing params [Name or Tag or Remark]");
        assertThat(refused(220, "Action", "UpdateSecGroup", "Name", "x")).isEqualTo("Missing params [SecGroupId]");
        refused(230, "Action", "UpdateSecGroup", "SecGroupId.0", groupA, "SecGroupId.1", "secgroup-nope0000", "Name", "x");
        wire.call(Responses.Common.class, "Action", "UpdateSecGroup", "SecGroupId.0", groupA, "SecGroupId.1", groupOtherVpc,
                "Tag", "both");
        assertThat(jdbc.sql("SELECT tag FROM security_group ORDER BY id").query(String.class).list()).containsOnly("both");
    }

    @Test
    void associateSecGroupRefusesAGroupOfAnotherVpc() {
        assertThat(refused(230, "Action", "AssociateSecGroup", "ResourceId.0", host,
                "PrioritySecGroup.0.SecGroupId", groupOtherVpc, "PrioritySecGroup.0.Priority", 2))
                .contains(groupOtherVpc).contains("VPC");
    }

    @Test
    void updateSecGroupRuleOfAnUnknownRuleChangesNone() {
        String rule = jdbc.sql("SELECT id FROM security_group_rule").query(String.class).single();
        refused(230, "Action", "UpdateSecGroupRule", "SecGroupId", groupA,
                "Rule.0.RuleId", rule, "Rule.0.Direction", "Egress", "Rule.0.IPRange", "10.0.0.0/8", "Rule.0.Priority", 5,
                "Rule.0.ProtocolType", "UDP", "Rule.0.DstPort", "53", "Rule.0.RuleAction", "Drop", "Rule.0.Remark", "dns",
                "Rule.1.RuleId", "no-such-rule", "Rule.1.Direction", "Egress", "Rule.1.IPRange", "10.0.0.0/8",
                "Rule.1.Priority", 5, "Rule.1.ProtocolType", "UDP", "Rule.1.DstPort", "53", "Rule.1.RuleAction", "Drop",
                "Rule.1.Remark", "");
        refused(220, "Action", "UpdateSecGroupRule", "SecGroupId", groupA, "Rule.0.Direction", "Egress",
                "Rule.0.IPRange", "10.0.0.0/8", "Rule.0.Priority", 5, "Rule.0.ProtocolType", "UDP", "Rule.0.DstPort", "53",
                "Rule.0.RuleAction", "Drop", "Rule.0.Remark", "");
    }

    @Test
    void uhostActionsAnswerTheirDocumentedCodes() {
        // unknown host: 8039 for every UHost action
        for (String action : List.of("RebootUHostInstance", "ResizeUHostInstance", "ResetUHostInstancePassword")) {
            refused(8039, "Action", action, "UHostId", "uhost-nope0000", "Password", "cGFzcw==");
        }
        refused(8039, "Action", "ModifyUHostInstanceName", "UHostId", "uhost-nope0000", "Name", "x");
        refused(8039, "Action", "ModifyUHostInstanceTag", "UHostId", "uhost-nope0000", "Tag", "x");
        refused(8039, "Action", "ModifyUHostInstanceRemark", "UHostId", "uhost-nope0000", "Remark", "x");
        // a running host: resize and password reset need it stopped (8010)
        refused(8010, "Action", "ResizeUHostInstance", "UHostId", host, "CPU", 2);
        refused(8010, "Action", "ResetUHostInstancePassword", "UHostId", host, "Password", "cGFzcw==");
        refused(230, "Action", "ModifyUHostInstanceName", "UHostId", host, "Name", "n".repeat(64));
        wire.call(Responses.UHostIdResponse.class, "Action", "StopUHostInstance", "UHostId", host);
        // a stopped host cannot reboot (8905); sizes UCloud does not sell: 8105 CPU, 8106 memory
        refused(8905, "Action", "RebootUHostInstance", "UHostId", host);
        refused(8105, "Action", "ResizeUHostInstance", "UHostId", host, "CPU", 3);
        refused(8106, "Action", "ResizeUHostInstance", "UHostId", host, "Memory", 1500);
        refused(230, "Action", "ResizeUHostInstance", "UHostId", host, "Memory", 512);
        refused(230, "Action", "ResetUHostInstancePassword", "UHostId", host, "Password", "not base64!");
        refused(220, "Action", "ResetUHostInstancePassword", "UHostId", host);
        wire.call(Responses.UHostIdResponse.class, "Action", "ResizeUHostInstance", "UHostId", host, "CPU", 8,
                "Memory", 16384);
        assertThat(jdbc.sql("SELECT cpu || '/' || memory_mb FROM instance").query(String.class).single()).isEqualTo("8/16384");
    }

    @Test
    void accountActionsNeedNoRegion() {
        wire.call(Responses.GetRegionResponse.class, "Action", "GetRegion", "Region", null);
        var p = wire.call(Responses.GetProjectListResponse.class, "Action", "GetProjectList", "Region", null);
        assertThat(p.ProjectSet).filteredOn(x -> x.ProjectId.equals("org-default")).singleElement()
                .satisfies(x -> assertThat(x.ResourceCount).isEqualTo(3));
        refused(220, "Action", "DescribeUHostInstance", "Region", null);
    }
}
