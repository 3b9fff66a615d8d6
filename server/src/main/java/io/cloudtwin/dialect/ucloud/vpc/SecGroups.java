package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.security.GroupLifecycle;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupFilter;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.api.SecGroupRuleFields;
import io.cloudtwin.dialect.ucloud.vpc.api.CopySecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CopySecGroupResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSecGroupResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSecGroupRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSecGroupRuleResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSecGroupRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSecGroupResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSecGroupRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSecGroupRuleRequest;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/** VPC security groups and their rules. */
@Component
public record SecGroups(SecurityGroupService groups, GroupLifecycle lifecycle, UcloudApiSpec spec)
        implements UcloudVpcApi.CreateSecGroup, UcloudVpcApi.DescribeSecGroup, UcloudVpcApi.UpdateSecGroup,
        UcloudVpcApi.DeleteSecGroup, UcloudVpcApi.CreateSecGroupRule, UcloudVpcApi.UpdateSecGroupRule,
        UcloudVpcApi.DeleteSecGroupRule, UcloudVpcApi.CopySecGroup {
    /** DstPort as the doc describes it in words: "80", "2000-10000", or a comma list of those. */

    /**
     * VPCID (as the SDKs spell it) or VPCId (as the doc's example does), Name: a group with no rule, in a VPC of the
     * project that exists (else the VPC product's parameter error naming VPCId, as for subnets and hosts).
     */
    @Override
    public CreateSecGroupResponse createSecGroup(UcloudCall call, CreateSecGroupRequest r) {
        SecurityGroup g = lifecycle.create(call.scope(), new SecurityGroupService.NewGroup(r.name(), "", r.vpcid(),
                "user defined", "Default"), Map.of());
        return new CreateSecGroupResponse().setSecGroupId(g.id());
    }

    /**
     * SecGroupId.N (then Offset and Limit do not apply), else VPCId, Offset, Limit. Ids that do not exist are left
     * out (RetCode 0), as every UCloud Describe by id: Terraform's provider reads an empty DataSet as "gone". The
     * answer has no TotalCount: neither the doc nor the SDKs' DescribeSecGroupResponse has one.
     */
    @Override
    public DescribeSecGroupResponse describeSecGroup(UcloudCall call, DescribeSecGroupRequest r) {
        List<String> ids = r.secGroupId();
        int limit = ids.isEmpty() ? UcloudFormats.limit(r.limit(), 10_000) : ids.size();
        int offset = ids.isEmpty() ? UcloudFormats.offset(r.offset()) : 0;
        var page = groups.list(call.scope(), new SecurityGroupFilter(ids, null, r.vpcId()), offset, limit);
        var rules = groups.rulesOf(page.items().stream().map(SecurityGroup::id).toList());
        return new DescribeSecGroupResponse().setDataSet(page.items().stream()
                .map(g -> VpcViews.secGroup(g, rules.getOrDefault(g.id(), List.of()))).toList());
    }

    /** SecGroupId.N (as Terraform sends SecGroupId.0), Name, Remark, Tag (one of them): all or nothing. */
    @Override
    public void updateSecGroup(UcloudCall call, UpdateSecGroupRequest r) {
        groups.updateAll(call.scope(), r.secGroupId(), r.name(), r.remark(), r.tag());
    }

    /** SecGroupId.N: deletes every named group, or none if any is missing or still bound. */
    @Override
    public void deleteSecGroup(UcloudCall call, DeleteSecGroupRequest r) {
        groups.deleteAll(call.scope(), r.secGroupId());
    }

    /**
     * SecGroupId, DstRegion (a UCloud region: 230), DstProjectId (a project of the account: 292), DstVPCId (a VPC of
     * that region and project: 230), DstName and DstRemark (the source's by default) -> SecGroupId of a new group there
     * with the source's tag and rules, RuleID the new rules' ids in the order of the source's.
     */
    @Override
    public CopySecGroupResponse copySecGroup(UcloudCall call, CopySecGroupRequest r) {
        if (!spec.regions().contains(r.dstRegion())) throw call.error(UcloudRetCode.REGION_NOT_AVAILABLE, "DstRegion");
        if (!call.account().ucloudProjects().contains(r.dstProjectId())) {
            throw call.error(UcloudRetCode.PROJECT_NOT_FOUND, r.dstProjectId());
        }
        Scope to = new Scope(Cloud.UCLOUD, call.scope().accountId(), r.dstRegion(), r.dstProjectId());
        var copy = lifecycle.copy(call.scope(), r.secGroupId(), to, r.dstVPCId(), r.dstName(), r.dstRemark());
        return new CopySecGroupResponse().setSecGroupId(copy.group().id()).setRuleID(copy.ruleIds());
    }

    /** SecGroupId, Rule.N.{Direction, IPRange, Priority, ProtocolType, DstPort, RuleAction, Remark} -> RuleId[]. */
    @Override
    public CreateSecGroupRuleResponse createSecGroupRule(UcloudCall call, CreateSecGroupRuleRequest r) {
        List<SecurityGroupRule> specs = new ArrayList<>();
        for (var rule : r.rule()) specs.add(rule(call, rule, null, r.secGroupId()));
        var created = groups.addRules(call.scope(), r.secGroupId(), specs);
        return new CreateSecGroupRuleResponse().setRuleId(created.stream().map(SecurityGroupRule::id).toList());
    }

    /** SecGroupId, Rule.N with RuleId: replaces each named rule; all or nothing. */
    @Override
    public void updateSecGroupRule(UcloudCall call, UpdateSecGroupRuleRequest r) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (var rule : r.rule()) rules.add(rule(call, rule, rule.ruleId(), r.secGroupId()));
        groups.updateRules(call.scope(), r.secGroupId(), rules);
    }

    /** SecGroupId, RuleId.N: all or nothing. */
    @Override
    public void deleteSecGroupRule(UcloudCall call, DeleteSecGroupRuleRequest r) {
        groups.removeRules(call.scope(), r.secGroupId(), r.ruleId());
    }

    /**
     * A rule as both rule actions take it: the spec has checked that every field is there, Priority 1..200 and the
     * enums; this adds what the doc says in words: Direction Ingress or Egress, ProtocolType and RuleAction not empty,
     * IPRange an address or a block (parsed by the core's one parser; IPv6 for ICMPv6 rules) and DstPort ports
     * (1..65535, "a-b" ranges, comma lists) for TCP and UDP.
     */
    private static SecurityGroupRule rule(UcloudCall call, SecGroupRuleFields it, String ruleId, String groupId) {
        if (!it.direction().equals("Ingress") && !it.direction().equals("Egress")) throw call.invalid(it.keyOf("Direction"));
        if (it.protocolType() == null || it.protocolType().isEmpty()) throw call.invalid(it.keyOf("ProtocolType"));
        if (it.ruleAction() == null || it.ruleAction().isEmpty()) throw call.invalid(it.keyOf("RuleAction"));
        String range;
        try {
            range = it.ipRange() == null ? Cidr.canonical(null) : it.ipRange().contains(":") ? Cidr.ipv6(it.ipRange()) : Cidr.canonical(it.ipRange());
        } catch (IllegalArgumentException e) {
            throw call.invalid(it.keyOf("IPRange"));
        }
        String ports = it.dstPort() == null ? "" : it.dstPort();
        if ((it.protocolType().equals("TCP") || it.protocolType().equals("UDP")) && !validPorts(ports)) {
            throw call.invalid(it.keyOf("DstPort"));
        }
        return new SecurityGroupRule(ruleId, groupId, it.direction(), range, it.priority(), it.protocolType(),
                ports, it.ruleAction(), it.remark() == null ? "" : it.remark());
    }

    private static boolean validPorts(String ports) {
        try {
            for (String part : ports.split(",", -1)) Cidr.ports(part, "-");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
