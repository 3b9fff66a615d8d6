package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.security.RuleService;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.api.EgressRuleFields;
import io.cloudtwin.dialect.aliyun.api.IngressRuleFields;
import io.cloudtwin.dialect.aliyun.ecs.api.AuthorizeSecurityGroupEgressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AuthorizeSecurityGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySecurityGroupEgressRuleRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySecurityGroupRuleRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RevokeSecurityGroupEgressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RevokeSecurityGroupRequest;

/**
 * Security-group rules, both directions: Authorize, Revoke and Modify. An ingress rule names its peer with Source*
 * fields and an egress rule with Dest* fields; the other side's CIDR (DestCidrIp of an ingress rule) is not kept.
 * Values are stored as DescribeSecurityGroupAttribute writes them: IpProtocol upper case (TCP, ALL), Policy
 * Accept/Drop, Priority 1-100, PortRange "from/to".
 */
@Component
record SecurityGroupRules(RuleService rules, SecurityGroupService groups)
        implements EcsApi.AuthorizeSecurityGroup, EcsApi.AuthorizeSecurityGroupEgress, EcsApi.RevokeSecurityGroup,
        EcsApi.RevokeSecurityGroupEgress, EcsApi.ModifySecurityGroupRule, EcsApi.ModifySecurityGroupEgressRule {
    static final String RULE_ID_PREFIX = "sgr-";
    private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "ICMP", "GRE", "ALL", "ICMPV6");

    /** A rule's fields whatever its direction: the peer's CIDR, group and prefix list are Source* or Dest*. */
    record Fields(String direction, String peer, String ipProtocol, String portRange, String peerCidrIp,
                  String peerGroupId, String peerPrefixListId, String sourcePortRange, String priority, String policy,
                  String nicType, String description, String prefix, String local, String localCidrIp) {
        static Fields of(IngressRuleFields f, String prefix) {
            return new Fields("ingress", "Source", f.ipProtocol(), f.portRange(), f.sourceCidrIp(), f.sourceGroupId(),
                    f.sourcePrefixListId(), f.sourcePortRange(), f.priority(), f.policy(), f.nicType(), f.description(),
                    prefix, "Dest", f.destCidrIp());
        }

        static Fields of(EgressRuleFields f, String prefix) {
            return new Fields("egress", "Dest", f.ipProtocol(), f.portRange(), f.destCidrIp(), f.destGroupId(),
                    f.destPrefixListId(), f.sourcePortRange(), f.priority(), f.policy(), f.nicType(), f.description(),
                    prefix, "Source", f.sourceCidrIp());
        }

        /** The local side's CIDR (DestCidrIp of an ingress rule) is not kept, but must be well formed. */
        Fields checked(AliyunCall call) {
            if (localCidrIp != null && !localCidrIp.isEmpty()) cidr(call, localCidrIp, local + "CidrIp", prefix);
            return this;
        }
    }

    @Override
    public void authorizeSecurityGroup(AliyunCall call, AuthorizeSecurityGroupRequest r) {
        authorize(call, r.securityGroupId(), fields(call, Fields.of(r, ""), r.permissions(), Fields::of));
    }

    @Override
    public void authorizeSecurityGroupEgress(AliyunCall call, AuthorizeSecurityGroupEgressRequest r) {
        authorize(call, r.securityGroupId(), fields(call, Fields.of(r, ""), r.permissions(), Fields::of));
    }

    @Override
    public void revokeSecurityGroup(AliyunCall call, RevokeSecurityGroupRequest r) {
        revoke(call, r.securityGroupId(), r.securityGroupRuleId(), () -> fields(call, Fields.of(r, ""), r.permissions(),
                Fields::of));
    }

    @Override
    public void revokeSecurityGroupEgress(AliyunCall call, RevokeSecurityGroupEgressRequest r) {
        revoke(call, r.securityGroupId(), r.securityGroupRuleId(), () -> fields(call, Fields.of(r, ""), r.permissions(),
                Fields::of));
    }

    @Override
    public void modifySecurityGroupRule(AliyunCall call, ModifySecurityGroupRuleRequest r) {
        modify(call, r.securityGroupId(), r.securityGroupRuleId(), Fields.of(r, ""));
    }

    @Override
    public void modifySecurityGroupEgressRule(AliyunCall call, ModifySecurityGroupEgressRuleRequest r) {
        modify(call, r.securityGroupId(), r.securityGroupRuleId(), Fields.of(r, ""));
    }

    /** The rules a request names: its Permissions.N, or the same fields at the top level (not both). */
    private static <P> List<Fields> fields(AliyunCall call, Fields top, List<P> permissions,
                                           BiFunction<P, String, Fields> of) {
        boolean topLevel = top.ipProtocol() != null || top.portRange() != null || top.peerCidrIp() != null
                || top.peerGroupId() != null || top.peerPrefixListId() != null;
        if (!permissions.isEmpty() && topLevel) throw call.error("InvalidParam.Permissions");
        if (permissions.isEmpty()) return List.of(top);
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < permissions.size(); i++) out.add(of.apply(permissions.get(i), "Permissions." + (i + 1) + "."));
        return out;
    }

    /** Adds the rules the group does not have yet (an existing rule is no fault). */
    private void authorize(AliyunCall call, String groupId, List<Fields> fields) {
        SecurityGroup g = groups.get(call.scope(), groupId);
        rules.authorize(call.scope(), g.id(), fields.stream().map(f -> rule(call, f, !g.vpcId().isEmpty())).toList(),
                RULE_ID_PREFIX);
    }

    /** By SecurityGroupRuleId.N, or the rules equal to the ones named. */
    private void revoke(AliyunCall call, String groupId, List<String> ids, Supplier<List<Fields>> fields) {
        SecurityGroup g = groups.get(call.scope(), groupId);
        if (!ids.isEmpty()) {
            if (ids.size() != new HashSet<>(ids).size()) {
                throw call.firstError("SecurityGroupRuleId", "InvalidParam.SecurityGroupRuleIdRepeated");
            }
            rules.revokeByIds(call.scope(), g.id(), ids);
        } else {
            rules.revokeMatching(call.scope(), g.id(),
                    fields.get().stream().map(f -> rule(call, f, !g.vpcId().isEmpty())).toList());
        }
    }

    /**
     * The rule with SecurityGroupRuleId, or the one equal to the fields given; the fields given replace the rule's
     * (description and priority, and with an id any field).
     */
    private void modify(AliyunCall call, String groupId, String ruleId, Fields f) {
        f.checked(call);
        SecurityGroup g = groups.get(call.scope(), groupId);
        boolean vpc = !g.vpcId().isEmpty();
        SecurityGroupRule match = ruleId == null ? rule(call, f, vpc) : null;
        rules.modify(call.scope(), g.id(), ruleId, match, f.peerGroupId(), f.peerPrefixListId(), old -> {
            String protocol = f.ipProtocol() != null ? protocol(call, f.ipProtocol(), "") : old.protocol();
            String ports = f.portRange() != null ? portRange(call, protocol, f.portRange(), "") : old.dstPort();
            // with an id, the peer given replaces the rule's peer, whatever kind it was
            String cidr = old.ipRange();
            String peer = old.peerGroupId();
            String prefixList = old.peerPrefixListId();
            boolean newGroup = f.peerGroupId() != null && !f.peerGroupId().isEmpty();
            boolean newList = f.peerPrefixListId() != null && !f.peerPrefixListId().isEmpty();
            if (f.peerCidrIp() != null || newGroup || newList) {
                if (ruleId != null) {
                    cidr = "";
                    peer = "";
                    prefixList = "";
                }
                if (f.peerCidrIp() != null) cidr = cidr(call, f.peerCidrIp(), f.peer() + "CidrIp", "");
                if (newGroup) peer = f.peerGroupId();
                if (newList) prefixList = f.peerPrefixListId();
            }
            return new SecurityGroupRule(old.id(), old.groupId(), old.direction(), cidr,
                    f.priority() != null ? priority(call, f.priority(), "") : old.priority(), protocol, ports,
                    f.policy() != null ? policy(call, f.policy()) : old.action(),
                    f.description() != null ? description(call, f.description(), "") : old.remark(), peer, prefixList,
                    f.sourcePortRange() != null ? portRange(call, protocol, f.sourcePortRange(), "") : old.peerPort(),
                    old.nicType(), old.createdAt());
        });
    }

    /** One rule from its fields (prefix: "Permissions.N." for the name in errors). */
    private static SecurityGroupRule rule(AliyunCall call, Fields f, boolean vpcGroup) {
        f.checked(call);
        String protocol = protocol(call, f.ipProtocol(), f.prefix());
        String ports = portRange(call, protocol, f.portRange(), f.prefix());
        String cidr = f.peerCidrIp() == null ? "" : cidr(call, f.peerCidrIp(), f.peer() + "CidrIp", f.prefix());
        String peerGroup = f.peerGroupId() == null ? "" : f.peerGroupId();
        String prefixList = f.peerPrefixListId() == null ? "" : f.peerPrefixListId();
        if (cidr.isEmpty() && peerGroup.isEmpty() && prefixList.isEmpty()) {
            throw call.firstError(f.prefix() + f.peer() + "CidrIp", "MissingParameter." + f.peer());
        }
        String peerPort = f.sourcePortRange() == null ? "" : portRange(call, protocol, f.sourcePortRange(), f.prefix());
        return new SecurityGroupRule(null, null, f.direction(), cidr, priority(call, f.priority(), f.prefix()), protocol,
                ports, policy(call, f.policy()), description(call, f.description() == null ? "" : f.description(),
                f.prefix()), peerGroup, prefixList, peerPort, nicType(call, f.nicType(), vpcGroup), null);
    }

    private static String protocol(AliyunCall call, String value, String prefix) {
        if (value == null || value.isEmpty()) throw call.missing(prefix + "IpProtocol");
        String upper = value.toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(upper)) throw call.firstError(prefix + "IpProtocol", "InvalidIpProtocol.ValueNotSupported");
        return upper;
    }

    /** "from/to": 1-65535 and from <= to for TCP and UDP (the core's one port parser), "-1/-1" for the others. */
    private static String portRange(AliyunCall call, String protocol, String value, String prefix) {
        if (value == null || value.isEmpty()) throw call.firstError(prefix + "PortRange", "InvalidPortRange.Malformed");
        if (!protocol.equals("TCP") && !protocol.equals("UDP")) {
            if (!value.equals("-1/-1")) throw call.firstError(prefix + "PortRange", "InvalidParam.PortRange");
            return value;
        }
        try {
            int[] ports = Cidr.ports(value, "/");
            if (!value.contains("/")) throw new IllegalArgumentException(value);
            return ports[0] + "/" + ports[1];
        } catch (IllegalArgumentException e) {
            throw call.firstError(prefix + "PortRange", "InvalidParam.PortRange");
        }
    }

    private static String policy(AliyunCall call, String value) {
        if (value == null || value.isEmpty()) return "Accept";
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "accept" -> "Accept";
            case "drop" -> "Drop";
            default -> throw call.firstError("Policy", "InvalidPolicy.Malformed");
        };
    }

    private static int priority(AliyunCall call, String value, String prefix) {
        if (value == null || value.isEmpty()) return 1;
        try {
            int p = Integer.parseInt(value.trim());
            if (p >= 1 && p <= 100) return p;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw call.firstError(prefix + "Priority", "InvalidPriority.Malformed");
    }

    /** VPC groups only have intranet rules; classic ones intranet or internet (default internet). */
    private static String nicType(AliyunCall call, String value, boolean vpcGroup) {
        if (value != null && !value.isEmpty() && !value.equals("intranet") && !value.equals("internet")) {
            throw call.firstError("NicType", "InvalidNicType.ValueNotSupported");
        }
        if (vpcGroup) return "intranet";
        return value == null || value.isEmpty() ? "internet" : value;
    }

    private static String description(AliyunCall call, String value, String prefix) {
        if (value.length() > 512 || url(value)) {
            throw call.firstError(prefix + "Description", "InvalidSecurityGroupDiscription.Malformed");
        }
        return value;
    }

    private static String cidr(AliyunCall call, String value, String name, String prefix) {
        try {
            return Cidr.canonical(value);
        } catch (IllegalArgumentException e) {
            throw call.firstError(prefix + name, "Invalid" + name + ".Malformed", "InvalidParam." + name);
        }
    }
}
