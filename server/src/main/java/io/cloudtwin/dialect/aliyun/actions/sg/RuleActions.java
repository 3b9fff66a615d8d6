package io.cloudtwin.dialect.aliyun.actions.sg;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroup;
import io.cloudtwin.core.SecurityGroupRule;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.actions.sg.RuleParams.Direction;

/** What Authorize, Revoke and Modify of both directions share; each action is a one-line subclass. */
abstract class RuleActions {
    private RuleActions() {}

    static SecurityGroup group(SecurityGroupService groups, AliyunRequest r, Direction d) {
        try {
            return groups.get(r.regionalScope(), r.required("SecurityGroupId"));
        } catch (io.cloudtwin.core.DomainException e) {
            throw RuleParams.documentedOr(r, "InvalidSecurityGroupId.NotFound", r.string("SecurityGroupId"));
        }
    }

    /** AuthorizeSecurityGroup[Egress]: adds the rules the group does not have yet (an existing rule is no fault). */
    static Map<String, Object> authorize(RuleService rules, SecurityGroupService groups, AliyunRequest r, Direction d) {
        SecurityGroup g = group(groups, r, d);
        List<SecurityGroupRule> specs = RuleParams.rules(r, d, !g.vpcId().isEmpty());
        try {
            rules.authorize(r.regionalScope(), g.id(), specs, RuleParams.RULE_ID_PREFIX);
        } catch (RuleService.Refused e) {
            throw RuleParams.refused(r, d, e);
        }
        return Map.of();
    }

    /** RevokeSecurityGroup[Egress]: by SecurityGroupRuleId.N, or the rules equal to the ones named. */
    static Map<String, Object> revoke(RuleService rules, SecurityGroupService groups, AliyunRequest r, Direction d) {
        SecurityGroup g = group(groups, r, d);
        List<String> ids = r.list("SecurityGroupRuleId");
        try {
            if (!ids.isEmpty()) {
                if (ids.size() != new java.util.HashSet<>(ids).size()) {
                    throw RuleParams.documentedOr(r, "InvalidParam.SecurityGroupRuleIdRepeated", "SecurityGroupRuleId");
                }
                rules.revokeByIds(r.regionalScope(), g.id(), ids);
            } else {
                rules.revokeMatching(r.regionalScope(), g.id(), RuleParams.rules(r, d, !g.vpcId().isEmpty()));
            }
        } catch (RuleService.Refused e) {
            throw RuleParams.refused(r, d, e);
        }
        return Map.of();
    }

    /**
     * ModifySecurityGroup[Egress]Rule: the rule with SecurityGroupRuleId, or the one equal to the fields given; the
     * fields given replace the rule's (description and priority, and with an id any field).
     */
    static Map<String, Object> modify(RuleService rules, SecurityGroupService groups, AliyunRequest r, Direction d) {
        SecurityGroup g = group(groups, r, d);
        boolean vpc = !g.vpcId().isEmpty();
        String ruleId = r.string("SecurityGroupRuleId");
        SecurityGroupRule match = ruleId == null ? RuleParams.rule(r, r.params(), d, vpc, "") : null;
        String peerGroup = r.string(d.peer + "GroupId");
        try {
            rules.modify(r.regionalScope(), g.id(), ruleId, match, peerGroup, old -> {
                String protocol = r.has("IpProtocol") ? RuleParams.protocol(r, r.string("IpProtocol"), "") : old.protocol();
                String ports = r.has("PortRange") ? RuleParams.portRange(r, protocol, r.string("PortRange"), "")
                        : old.dstPort();
                String cidr = old.ipRange();
                String peer = old.peerGroupId();
                if (r.has(d.peer + "CidrIp")) {
                    cidr = RuleParams.cidr(r, r.string(d.peer + "CidrIp"), d.peer + "CidrIp", "");
                    if (ruleId != null) peer = "";
                }
                if (peerGroup != null && !peerGroup.isEmpty()) {
                    peer = peerGroup;
                    if (ruleId != null && !r.has(d.peer + "CidrIp")) cidr = "";
                }
                return new SecurityGroupRule(old.id(), old.groupId(), old.direction(), cidr,
                        r.has("Priority") ? RuleParams.priority(r, r.string("Priority"), "") : old.priority(), protocol,
                        ports, r.has("Policy") ? RuleParams.policy(r, r.string("Policy")) : old.action(),
                        r.has("Description") ? RuleParams.description(r, r.string("Description"), "") : old.remark(),
                        peer, r.has("SourcePortRange") ? RuleParams.portRange(r, protocol, r.string("SourcePortRange"), "")
                                : old.peerPort(), old.nicType(), old.createdAt());
            });
        } catch (RuleService.Refused e) {
            if (e.fault() == RuleService.Fault.RULE_NOT_FOUND && ruleId == null) {
                throw RuleParams.documentedOr(r, "SecurityGroupRule.NotFound", g.id());
            }
            throw RuleParams.refused(r, d, e);
        }
        return Map.of();
    }
}
