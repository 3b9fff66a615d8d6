package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.Models;
import io.cloudtwin.ucloud.model.NetModels;
import io.cloudtwin.ucloud.model.Responses.Common;
import io.cloudtwin.ucloud.model.Responses.CopySecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.CreateSecGroupResponse;
import io.cloudtwin.ucloud.model.Responses.CreateSecGroupRuleResponse;
import io.cloudtwin.ucloud.model.Responses.DescribeSecGroupResponse;
import io.cloudtwin.ucloud.model.StrictJson;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * CopySecGroup: a group and its rules copied into a VPC of another project (or region) of the account, named and
 * remarked as asked or as the source is, the source untouched; the destination's region, project and VPC checked,
 * a refusal making nothing.
 */
class CopySecGroupTest extends ServerTestBase {
    private UcloudWire wire;
    private String source;
    private List<String> rules;

    private <T extends Common> T call(Class<T> type, Object... kv) {
        T out = StrictJson.decode(wire.raw(kv).asString(), type);
        assertThat(out.RetCode).as("%s", kv[1]).isZero();
        return out;
    }

    private Models.SecGroupInfo group(String project, String id) {
        List<Models.SecGroupInfo> found = call(DescribeSecGroupResponse.class, "Action", "DescribeSecGroup",
                "ProjectId", project, "SecGroupId.0", id).DataSet;
        return found.isEmpty() ? null : found.get(0);
    }

    private String vpc(String project, String block) {
        return call(NetModels.CreateVPCResponse.class, "Action", "CreateVPC", "ProjectId", project, "Name", "copy",
                "Network.0", block).VPCId;
    }

    @BeforeEach
    void groupWithTwoRules() {
        wire = new UcloudWire(port);
        source = call(CreateSecGroupResponse.class, "Action", "CreateSecGroup", "VPCID", vpc("org-default",
                "10.62.0.0/16"), "Name", "web").SecGroupId;
        call(Common.class, "Action", "UpdateSecGroup", "SecGroupId.0", source, "Remark", "front", "Tag", "shop");
        rules = call(CreateSecGroupRuleResponse.class, "Action", "CreateSecGroupRule", "SecGroupId", source,
                "Rule.0.Direction", "Ingress", "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Priority", 50,
                "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "22", "Rule.0.RuleAction", "Accept",
                "Rule.0.Remark", "ssh", "Rule.1.Direction", "Egress", "Rule.1.IPRange", "10.0.0.0/8",
                "Rule.1.Priority", 100, "Rule.1.ProtocolType", "UDP", "Rule.1.DstPort", "53",
                "Rule.1.RuleAction", "Drop", "Rule.1.Remark", "dns").RuleId;
    }

    @Test
    void aGroupIsCopiedWithItsRulesIntoAnotherProjectsVpc() {
        String target = vpc("org-second", "10.63.0.0/16");
        CopySecGroupResponse copied = call(CopySecGroupResponse.class, "Action", "CopySecGroup", "SecGroupId", source,
                "DstRegion", "cn-bj2", "DstProjectId", "org-second", "DstVPCId", target, "DstName", "web-copy");
        assertThat(copied.RuleID).hasSize(2).doesNotContainAnyElementsOf(rules);

        Models.SecGroupInfo copy = group("org-second", copied.SecGroupId);
        assertThat(List.of(copy.Name, copy.Remark, copy.Tag, copy.VPCId))
                .containsExactly("web-copy", "front", "shop", target);
        Models.SecGroupInfo original = group("org-default", source);
        assertThat(copy.Rule).extracting(r -> r.RuleId).containsExactlyInAnyOrderElementsOf(copied.RuleID);
        assertThat(copy.Rule).extracting(r -> r.Direction + " " + r.IPRange + " " + r.Priority + " " + r.ProtocolType
                + " " + r.DstPort + " " + r.RuleAction + " " + r.Remark).containsExactlyInAnyOrderElementsOf(
                original.Rule.stream().map(r -> r.Direction + " " + r.IPRange + " " + r.Priority + " "
                        + r.ProtocolType + " " + r.DstPort + " " + r.RuleAction + " " + r.Remark).toList());
        // the copy is its project's: the source's project does not see it, and it goes on its own
        assertThat(group("org-default", copied.SecGroupId)).isNull();
        call(Common.class, "Action", "DeleteSecGroup", "ProjectId", "org-second", "SecGroupId.0", copied.SecGroupId);
        assertThat(group("org-default", source).Rule).hasSize(2);

        // DstName and DstRemark left out: the source's
        String same = vpc("org-default", "10.64.0.0/16");
        String again = call(CopySecGroupResponse.class, "Action", "CopySecGroup", "SecGroupId", source,
                "DstRegion", "cn-bj2", "DstProjectId", "org-default", "DstVPCId", same).SecGroupId;
        assertThat(group("org-default", again).Name + " " + group("org-default", again).Remark).isEqualTo("web front");
    }

    @Test
    void theDestinationMustExistAndARefusalMakesNothing() {
        String target = vpc("org-second", "10.65.0.0/16");
        wire.refused(230, "Action", "CopySecGroup", "SecGroupId", source, "DstRegion", "xx-nowhere", "DstProjectId",
                "org-second", "DstVPCId", target);
        wire.refused(292, "Action", "CopySecGroup", "SecGroupId", source, "DstRegion", "cn-bj2", "DstProjectId",
                "org-missing", "DstVPCId", target);
        // the VPC is another project's
        wire.refused(230, "Action", "CopySecGroup", "SecGroupId", source, "DstRegion", "cn-bj2", "DstProjectId",
                "org-default", "DstVPCId", target);
        wire.refused(230, "Action", "CopySecGroup", "SecGroupId", "secgroup-missing", "DstRegion", "cn-bj2",
                "DstProjectId", "org-second", "DstVPCId", target);
        assertThat(call(DescribeSecGroupResponse.class, "Action", "DescribeSecGroup", "ProjectId", "org-second",
                "VPCId", target).DataSet).isEmpty();
    }
}
