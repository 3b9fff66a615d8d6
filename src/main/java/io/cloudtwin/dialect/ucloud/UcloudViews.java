package io.cloudtwin.dialect.ucloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.core.SecurityGroup;
import io.cloudtwin.core.SecurityGroupRule;

/** How UCloud writes security groups, rules and hosts. */
public final class UcloudViews {
    private UcloudViews() {}

    /** UHost State: Initializing, Starting, Running, Stopping, Stopped. */
    public static String state(InstanceStatus s) {
        return switch (s) {
            case PENDING -> "Initializing";
            case STARTING -> "Starting";
            case RUNNING -> "Running";
            case STOPPING -> "Stopping";
            case STOPPED -> "Stopped";
        };
    }

    public static long unix(java.time.OffsetDateTime t) {
        return t.toEpochSecond();
    }

    /** Account as an integer, as UCloud gives it (0 if the configured id is not numeric). */
    public static long account(String accountId) {
        try {
            return Long.parseLong(accountId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static Map<String, Object> secGroup(SecurityGroup g, List<SecurityGroupRule> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SecGroupId", g.id());
        m.put("Name", g.name());
        m.put("VPCId", g.vpcId());
        m.put("Account", account(g.accountId()));
        m.put("Tag", g.tag());
        m.put("Remark", g.description());
        m.put("Type", "user defined");
        m.put("CreateTime", unix(g.createdAt()));
        m.put("Rule", rules.stream().map(UcloudViews::rule).toList());
        return m;
    }

    public static Map<String, Object> rule(SecurityGroupRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RuleId", r.id());
        m.put("Direction", r.direction());
        m.put("IPRange", r.ipRange());
        m.put("Priority", r.priority());
        m.put("ProtocolType", r.protocol());
        m.put("DstPort", r.dstPort());
        m.put("RuleAction", r.action());
        m.put("Remark", r.remark());
        m.put("IPVersion", r.ipRange().contains(":") ? "IPv6" : "IPv4");
        return m;
    }

    /** A private address derived from the host id: stable, and distinct for distinct hosts in practice. */
    public static String privateIp(String id) {
        int h = id.hashCode();
        return "10." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (1 + ((h & 0xff) % 254));
    }

    /** A host's private address: the one its subnet gave it, else (hosts placed in no subnet) one derived from its id. */
    public static String privateIp(Instance i) {
        return i.privateIp().isEmpty() ? privateIp(i.id()) : i.privateIp();
    }

    public static Map<String, Object> host(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("UHostId", i.id());
        m.put("Zone", i.zone());
        m.put("Name", i.name());
        m.put("Tag", i.tag());
        m.put("Remark", i.description());
        m.put("State", state(i.status()));
        m.put("CreateTime", unix(i.createdAt()));
        m.put("ChargeType", "Dynamic");
        m.put("CPU", i.cpu());
        m.put("Memory", i.memoryMb());
        m.put("BasicImageId", i.imageId());
        m.put("NetFeatureTag", i.memberships().isEmpty() ? "Firewall" : "SecGroup");
        m.put("IPSet", List.of(Map.of("Type", "Private", "IP", privateIp(i), "VPCId", i.vpcId(),
                "SubnetId", i.subnetId(), "Default", "true")));
        return m;
    }
}
