package io.cloudtwin.dialect.ucloud.actions;

import java.util.regex.Pattern;

import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudItem;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * A security-group rule as CreateSecGroupRule and UpdateSecGroupRule take it (Rule.N.*): the spec has already checked
 * that every field is present, Priority is 1..200 and ProtocolType / RuleAction are in their enums; this adds what the
 * doc states in words: Direction is Ingress or Egress, and DstPort is "80", "2000-10000" or a comma list of those
 * (1..65535) for TCP and UDP.
 */
final class SecGroupRules {
    private static final Pattern PORTS = Pattern.compile("\\d{1,5}(-\\d{1,5})?(,\\d{1,5}(-\\d{1,5})?)*");

    private SecGroupRules() {}

    static SecurityGroupRule of(UcloudItem it, String ruleId, String groupId) {
        String direction = it.string("Direction");
        if (!direction.equals("Ingress") && !direction.equals("Egress")) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, it.key("Direction"));
        }
        String protocol = it.string("ProtocolType");
        String ports = it.string("DstPort", "");
        if (protocol.equals("TCP") || protocol.equals("UDP")) checkPorts(ports, it.key("DstPort"));
        return new SecurityGroupRule(ruleId, groupId, direction, it.string("IPRange"), it.integer("Priority"), protocol,
                ports, it.string("RuleAction"), it.string("Remark", ""));
    }

    private static void checkPorts(String ports, String key) {
        if (!PORTS.matcher(ports).matches()) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
        for (String part : ports.split(",")) {
            String[] range = part.split("-");
            int lo = Integer.parseInt(range[0]);
            int hi = range.length > 1 ? Integer.parseInt(range[1]) : lo;
            if (lo < 1 || hi > 65535 || lo > hi) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
        }
    }
}
