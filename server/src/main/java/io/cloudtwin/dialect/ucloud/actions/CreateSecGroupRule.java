package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupRule;
import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** SecGroupId, Rule.N.{Direction, IPRange, Priority, ProtocolType, DstPort, RuleAction, Remark} -> RuleId[]. */
@Component
public class CreateSecGroupRule implements UcloudAction {
    private static final Set<String> DIRECTIONS = Set.of("Ingress", "Egress");
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "ICMP", "ICMPv6", "ALL");
    private static final Set<String> ACTIONS = Set.of("Accept", "Drop");
    private static final Pattern PORTS = Pattern.compile("\\d{1,5}(-\\d{1,5})?(,\\d{1,5}(-\\d{1,5})?)*");

    private final SecurityGroupService groups;

    public CreateSecGroupRule(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateSecGroupRule";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String groupId = r.required("SecGroupId");
        List<Map<String, String>> items = r.objects("Rule");
        if (items.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Rule.0.Direction");
        List<SecurityGroupRule> specs = new ArrayList<>();
        for (Map<String, String> it : items) {
            String direction = oneOf(it, "Direction", DIRECTIONS);
            String protocol = oneOf(it, "ProtocolType", PROTOCOLS);
            String action = oneOf(it, "RuleAction", ACTIONS);
            String ipRange = field(it, "IPRange");
            int priority = priority(field(it, "Priority"));
            String ports = it.getOrDefault("DstPort", "");
            if (protocol.equals("TCP") || protocol.equals("UDP")) ports = validPorts(ports);
            specs.add(new SecurityGroupRule(null, groupId, direction, ipRange, priority, protocol, ports, action,
                    it.getOrDefault("Remark", "")));
        }
        var created = groups.addRules(r.scope(), groupId, specs);
        return Map.of("RuleId", created.stream().map(SecurityGroupRule::id).toList());
    }

    private static String field(Map<String, String> it, String name) {
        String v = it.get(name);
        if (v == null || v.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Rule.N." + name);
        return v;
    }

    private static String oneOf(Map<String, String> it, String name, Set<String> allowed) {
        String v = field(it, name);
        if (!allowed.contains(v)) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Rule.N." + name);
        return v;
    }

    private static int priority(String v) {
        try {
            int p = Integer.parseInt(v.trim());
            if (p >= 1 && p <= 200) return p;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Rule.N.Priority");
    }

    private static String validPorts(String ports) {
        if (!PORTS.matcher(ports).matches()) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Rule.N.DstPort");
        for (String part : ports.split(",")) {
            String[] range = part.split("-");
            int lo = Integer.parseInt(range[0]);
            int hi = range.length > 1 ? Integer.parseInt(range[1]) : lo;
            if (lo < 1 || hi > 65535 || lo > hi) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Rule.N.DstPort");
        }
        return ports;
    }
}
