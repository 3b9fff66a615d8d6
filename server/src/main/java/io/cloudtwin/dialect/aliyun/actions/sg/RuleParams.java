package io.cloudtwin.dialect.aliyun.actions.sg;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.RuleService;
import io.cloudtwin.core.SecurityGroupRule;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.Params;

/**
 * Aliyun security-group rules as the rule actions take and answer them. One direction's words: ingress names the
 * peer with Source* fields and egress with Dest* fields; the other side's CIDR (DestCidrIp of an ingress rule) is
 * not kept. Values are stored as DescribeSecurityGroupAttribute writes them: IpProtocol upper case (TCP, ALL),
 * Policy Accept/Drop, Priority 1-100, PortRange "from/to".
 */
final class RuleParams {
    static final String RULE_ID_PREFIX = "sgr-";
    private static final List<String> PROTOCOLS = List.of("TCP", "UDP", "ICMP", "GRE", "ALL", "ICMPV6");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    enum Direction {
        INGRESS("ingress", "Source", "MissingParameter.Source"),
        EGRESS("egress", "Dest", "MissingParameter.Dest");

        final String word;
        final String peer;
        final String missingPeer;

        Direction(String word, String peer, String missingPeer) {
            this.word = word;
            this.peer = peer;
            this.missingPeer = missingPeer;
        }
    }

    private RuleParams() {}

    /** The rules a request names: its Permissions.N, or the same fields at the top level (not both). */
    static List<SecurityGroupRule> rules(AliyunRequest r, Direction d, boolean vpcGroup) {
        List<Params> permissions = r.objects("Permissions");
        boolean topLevel = r.has("IpProtocol") || r.has("PortRange") || r.has(d.peer + "CidrIp")
                || r.has(d.peer + "GroupId");
        if (!permissions.isEmpty() && topLevel) throw r.error("InvalidParam.Permissions");
        List<SecurityGroupRule> out = new ArrayList<>();
        if (permissions.isEmpty()) out.add(rule(r, r.params(), d, vpcGroup, ""));
        else for (int i = 0; i < permissions.size(); i++) {
            out.add(rule(r, permissions.get(i), d, vpcGroup, "Permissions." + (i + 1) + "."));
        }
        return out;
    }

    /** One rule from fields (prefix: "Permissions.N." for the name in errors). */
    static SecurityGroupRule rule(AliyunRequest r, Params p, Direction d, boolean vpcGroup, String prefix) {
        String protocol = protocol(r, p.string("IpProtocol"), prefix);
        String ports = portRange(r, protocol, p.string("PortRange"), prefix);
        String cidr = p.string(d.peer + "CidrIp", "");
        if (!cidr.isEmpty()) cidr = cidr(r, cidr, d.peer + "CidrIp", prefix);
        String peerGroup = p.string(d.peer + "GroupId", "");
        if (cidr.isEmpty() && peerGroup.isEmpty() && p.string(d.peer + "PrefixListId", "").isEmpty()) {
            throw documentedOr(r, d.missingPeer, prefix + d.peer + "CidrIp");
        }
        String peerPort = p.string("SourcePortRange", "");
        if (!peerPort.isEmpty()) peerPort = portRange(r, protocol, peerPort, prefix);
        return new SecurityGroupRule(null, null, d.word, cidr, priority(r, p.string("Priority"), prefix), protocol,
                ports, policy(r, p.string("Policy")), description(r, p.string("Description", ""), prefix), peerGroup,
                peerPort, nicType(r, p.string("NicType"), vpcGroup), null);
    }

    static String protocol(AliyunRequest r, String value, String prefix) {
        if (value == null || value.isEmpty()) throw r.missing(prefix + "IpProtocol");
        String upper = value.toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(upper)) throw documentedOr(r, "InvalidIpProtocol.ValueNotSupported", prefix + "IpProtocol");
        return upper;
    }

    /** "from/to": 1-65535 and from <= to for TCP and UDP, "-1/-1" for the other protocols. */
    static String portRange(AliyunRequest r, String protocol, String value, String prefix) {
        if (value == null || value.isEmpty()) throw documentedOr(r, "InvalidPortRange.Malformed", prefix + "PortRange");
        String[] parts = value.split("/", -1);
        int from;
        int to;
        try {
            if (parts.length != 2) throw new NumberFormatException(value);
            from = Integer.parseInt(parts[0].trim());
            to = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw documentedOr(r, "InvalidParam.PortRange", prefix + "PortRange");
        }
        boolean ported = protocol.equals("TCP") || protocol.equals("UDP");
        boolean ok = ported ? from >= 1 && to <= 65535 && from <= to : from == -1 && to == -1;
        if (!ok) throw documentedOr(r, "InvalidParam.PortRange", prefix + "PortRange");
        return from + "/" + to;
    }

    static String policy(AliyunRequest r, String value) {
        if (value == null || value.isEmpty()) return "Accept";
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "accept" -> "Accept";
            case "drop" -> "Drop";
            default -> throw documentedOr(r, "InvalidPolicy.Malformed", "Policy");
        };
    }

    static int priority(AliyunRequest r, String value, String prefix) {
        if (value == null || value.isEmpty()) return 1;
        try {
            int p = Integer.parseInt(value.trim());
            if (p >= 1 && p <= 100) return p;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw documentedOr(r, "InvalidPriority.Malformed", prefix + "Priority");
    }

    /** VPC groups only have intranet rules; classic ones intranet or internet (default internet). */
    static String nicType(AliyunRequest r, String value, boolean vpcGroup) {
        if (value != null && !value.isEmpty() && !value.equals("intranet") && !value.equals("internet")) {
            throw documentedOr(r, "InvalidNicType.ValueNotSupported", "NicType");
        }
        if (vpcGroup) return "intranet";
        return value == null || value.isEmpty() ? "internet" : value;
    }

    static String description(AliyunRequest r, String value, String prefix) {
        if (value.length() > 512 || value.startsWith("http://") || value.startsWith("https://")) {
            throw documentedOr(r, "InvalidSecurityGroupDiscription.Malformed", prefix + "Description");
        }
        return value;
    }

    static String cidr(AliyunRequest r, String value, String name, String prefix) {
        try {
            return value.contains("/") ? Cidr.parse(value).toString() : Cidr.format(Cidr.address(value));
        } catch (IllegalArgumentException e) {
            throw documentedOr(r, "Invalid" + name + ".Malformed", prefix + name);
        }
    }

    /** The action's documented code when it has it, else the common InvalidParameter. */
    static AliyunException documentedOr(AliyunRequest r, String code, String argument) {
        if (r.spec().error(code).isPresent()) return r.error(code, argument);
        return new AliyunException(AliyunError.INVALID_PARAMETER, argument);
    }

    /** The action's answer to a refused rule change. */
    static AliyunException refused(AliyunRequest r, Direction d, RuleService.Refused e) {
        String peer = d == Direction.INGRESS ? "Source" : "Dest";
        return switch (e.fault()) {
            case GROUP_NOT_FOUND -> documentedOr(r, "InvalidSecurityGroupId.NotFound", e.argument());
            case PEER_NOT_FOUND -> documentedOr(r, "Invalid" + peer + "GroupId.NotFound", e.argument());
            case PEER_OTHER_VPC -> documentedOr(r, "Invalid" + peer + "GroupId.Mismatch", e.argument());
            case DUPLICATE_IN_REQUEST -> documentedOr(r, "InvalidParam.DuplicatePermissions", "Permissions");
            case RULE_NOT_FOUND -> documentedOr(r, "InvalidSecurityGroupRuleId.NotFound", e.argument());
            case LIMIT -> documentedOr(r, "AuthorizationLimitExceed", e.argument());
        };
    }

    /** A rule as DescribeSecurityGroupAttribute writes it. */
    static Map<String, Object> view(SecurityGroupRule rule) {
        boolean ingress = rule.direction().equals("ingress");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SecurityGroupRuleId", rule.id());
        m.put("Direction", rule.direction());
        m.put("IpProtocol", rule.protocol());
        m.put("PortRange", rule.dstPort());
        m.put("SourcePortRange", rule.peerPort());
        m.put("SourceCidrIp", ingress ? rule.ipRange() : "");
        m.put("SourceGroupId", ingress ? rule.peerGroupId() : "");
        m.put("DestCidrIp", ingress ? "" : rule.ipRange());
        m.put("DestGroupId", ingress ? "" : rule.peerGroupId());
        m.put("Policy", rule.action());
        m.put("Priority", String.valueOf(rule.priority()));
        m.put("NicType", rule.nicType());
        m.put("Description", rule.remark());
        m.put("CreateTime", rule.createdAt() == null ? ""
                : rule.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        return m;
    }
}
