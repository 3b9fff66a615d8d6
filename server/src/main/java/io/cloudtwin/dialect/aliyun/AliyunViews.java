package io.cloudtwin.dialect.aliyun;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.core.SecurityGroup;

/** How ECS writes instances and security groups in its responses. */
public final class AliyunViews {
    private static final DateTimeFormatter INSTANCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");
    private static final DateTimeFormatter GROUP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private AliyunViews() {}

    /** Running, Stopped, ... */
    public static String status(InstanceStatus s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The status an ECS status name (Running, Stopped, ...) names, or null. */
    public static InstanceStatus statusOf(String s) {
        for (InstanceStatus v : InstanceStatus.values()) if (status(v).equals(s)) return v;
        return null;
    }

    public static InstanceStatus parseStatus(String s, String param) {
        for (InstanceStatus v : InstanceStatus.values()) if (status(v).equalsIgnoreCase(s)) return v;
        throw new AliyunException(AliyunError.INVALID_PARAMETER, param);
    }

    /** A list in ECS's JSON shape: {"Outer": {"Inner": [...]}}. */
    public static Map<String, Object> wrap(String inner, List<?> items) {
        return Map.of(inner, items);
    }

    public static Map<String, Object> instance(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("InstanceId", i.id());
        m.put("InstanceName", i.name());
        m.put("Description", i.description());
        m.put("HostName", i.name().isEmpty() ? i.id() : i.name());
        m.put("RegionId", i.region());
        m.put("ZoneId", i.zone());
        m.put("ImageId", i.imageId());
        m.put("InstanceType", i.instanceType());
        m.put("Cpu", i.cpu());
        m.put("Memory", i.memoryMb());
        m.put("Status", status(i.status()));
        m.put("InstanceNetworkType", "vpc");
        m.put("VpcAttributes", Map.of("VpcId", i.vpcId()));
        m.put("CreationTime", time(i.createdAt(), INSTANCE_TIME));
        m.put("SecurityGroupIds", wrap("SecurityGroupId", i.groupIds()));
        m.put("OperationLocks", wrap("LockReason",
                i.locked() ? List.of(Map.of("LockReason", i.lockReason())) : List.of()));
        return m;
    }

    public static Map<String, Object> securityGroup(SecurityGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SecurityGroupId", g.id());
        m.put("SecurityGroupName", g.name());
        m.put("Description", g.description());
        m.put("VpcId", g.vpcId());
        m.put("SecurityGroupType", g.groupType());
        m.put("CreationTime", time(g.createdAt(), GROUP_TIME));
        return m;
    }

    private static String time(OffsetDateTime t, DateTimeFormatter f) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(f);
    }

    /** vCPUs and memory (MiB) of an ECS instance type such as ecs.g6.large, from its family and size. */
    public static int[] shape(String instanceType) {
        String[] parts = instanceType.split("\\.");
        String size = parts.length > 0 ? parts[parts.length - 1] : "";
        int cpu = switch (size) {
            case "small" -> 1;
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> {
                if (size.endsWith("xlarge")) {
                    try {
                        yield 4 * Integer.parseInt(size.substring(0, size.length() - "xlarge".length()));
                    } catch (NumberFormatException e) {
                        yield 2;
                    }
                }
                yield 2;
            }
        };
        String family = parts.length > 1 ? parts[1] : "";
        int gibPerCpu = family.startsWith("c") ? 2 : family.startsWith("r") ? 8 : 4;
        return new int[] {cpu, cpu * gibPerCpu * 1024};
    }
}
