package io.cloudtwin.dialect.aliyun.actions.eni;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.Documented;
import io.cloudtwin.store.InterfaceStore;

/** How the interface actions write interfaces (secondary rows and instances' primary ones) and answer refusals. */
final class Interfaces {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private Interfaces() {}

    static Map<String, Object> secondary(InterfaceStore.Row r, List<String> groups, Map<String, String> tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("NetworkInterfaceId", r.id());
        m.put("NetworkInterfaceName", r.name());
        m.put("Description", r.description());
        m.put("Type", "Secondary");
        m.put("Status", r.instanceId() == null ? "Available" : "InUse");
        m.put("VpcId", r.vpcId());
        m.put("VSwitchId", r.subnetId());
        m.put("ZoneId", r.zone());
        m.put("PrivateIpAddress", r.privateIp());
        m.put("MacAddress", mac(r.id()));
        m.put("InstanceId", r.instanceId() == null ? "" : r.instanceId());
        m.put("OwnerId", String.valueOf(AliyunNetworkViews.ownerId(r.accountId())));
        m.put("CreationTime", r.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        m.put("SecurityGroupIds", groups == null ? List.of() : groups);
        m.put("PrivateIpSets", List.of(Map.of("PrivateIpAddress", r.privateIp(), "Primary", true)));
        m.put("Tags", AliyunNetworkViews.ecsTags(tags));
        return m;
    }

    static Map<String, Object> primary(Instance i, Map<String, String> tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("NetworkInterfaceId", InstanceLifecycle.primaryInterfaceId(i.id()));
        m.put("NetworkInterfaceName", "");
        m.put("Description", "");
        m.put("Type", "Primary");
        m.put("Status", "InUse");
        m.put("VpcId", i.vpcId());
        m.put("VSwitchId", i.subnetId());
        m.put("ZoneId", i.zone());
        m.put("PrivateIpAddress", i.privateIp());
        m.put("MacAddress", mac(i.id()));
        m.put("InstanceId", i.id());
        m.put("OwnerId", String.valueOf(AliyunNetworkViews.ownerId(i.accountId())));
        m.put("CreationTime", i.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        m.put("SecurityGroupIds", i.groupIds());
        m.put("PrivateIpSets", List.of(Map.of("PrivateIpAddress", i.privateIp(), "Primary", true)));
        m.put("Tags", AliyunNetworkViews.ecsTags(tags));
        return m;
    }

    static String mac(String id) {
        int h = id.hashCode();
        return String.format("00:16:3e:%02x:%02x:%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
    }

    static AliyunException refused(AliyunRequest r, InterfaceService.Refused e) {
        String subject = e.getMessage();
        return switch (e.fault()) {
            case NOT_FOUND -> Documented.first(r, subject, "InvalidEniId.NotFound");
            case GROUP_NOT_FOUND -> Documented.first(r, subject, "InvalidSecurityGroupId.NotFound");
            case GROUP_OTHER_VPC -> Documented.first(r, subject, "InvalidOperation.VpcMismatch", "InvalidSecurityGroupId.NotVpc");
            case NO_GROUP -> Documented.first(r, subject, "MissingParameter", "InvalidParameter");
            case ATTACHED, NOT_ATTACHED -> Documented.first(r, subject, "InvalidOperation.InvalidEniState");
            case OTHER_VPC -> Documented.first(r, subject, "InvalidEni.NotSameVpc", "InvalidOperation.VpcMismatch");
            case OTHER_ZONE -> Documented.first(r, subject, "InvalidOperation.AvailabilityZoneMismatch");
            case INSTANCE_NOT_FOUND -> Documented.first(r, subject, "InvalidInstanceId.NotFound", "InvalidEcsId.NotFound");
            case LIMIT -> Documented.first(r, subject, "EniPerInstanceLimitExceeded");
        };
    }
}
