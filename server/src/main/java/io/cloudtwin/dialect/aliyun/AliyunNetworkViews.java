package io.cloudtwin.dialect.aliyun;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Subnet;
import io.cloudtwin.core.TagService;
import io.cloudtwin.core.Vpc;

/**
 * How the VPC product writes VPCs and vSwitches, and how both products write tags. A VPC's router and system route
 * table have no life of their own here: their ids are derived from the VPC's id (vrt-/vtb- and the same suffix).
 */
public final class AliyunNetworkViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** VPC product resource types (TagResources ResourceType) and ECS ones, to the kinds the core knows. */
    public static final Map<String, TagService.Kind> VPC_RESOURCE_TYPES = Map.of(
            "VPC", TagService.Kind.VPC, "VSWITCH", TagService.Kind.SUBNET);
    public static final Map<String, TagService.Kind> ECS_RESOURCE_TYPES = Map.of(
            "instance", TagService.Kind.INSTANCE, "securitygroup", TagService.Kind.SECURITY_GROUP,
            "eni", TagService.Kind.NETWORK_INTERFACE);

    private AliyunNetworkViews() {}

    public static String routerId(String vpcId) {
        return "vrt-" + vpcId.substring(vpcId.indexOf('-') + 1);
    }

    public static String routeTableId(String vpcId) {
        return "vtb-" + vpcId.substring(vpcId.indexOf('-') + 1);
    }

    /** The account id as the number Aliyun's OwnerId is (0 when an account id is not numeric). */
    public static long ownerId(String accountId) {
        try {
            return Long.parseLong(accountId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {"Tag":[{"Key":..,"Value":..}]} */
    public static Map<String, Object> tags(Map<String, String> tags) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (tags != null) tags.forEach((k, v) -> out.add(Map.of("Key", k, "Value", v)));
        return Map.of("Tag", out);
    }

    /** ECS's shape: {"Tag":[{"TagKey":..,"TagValue":..}]} */
    public static Map<String, Object> ecsTags(Map<String, String> tags) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (tags != null) tags.forEach((k, v) -> out.add(Map.of("TagKey", k, "TagValue", v)));
        return Map.of("Tag", out);
    }

    /** The fields DescribeVpcs and DescribeVpcAttribute share. */
    public static Map<String, Object> vpc(Vpc v, List<String> vSwitchIds, Map<String, String> tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("VpcId", v.id());
        m.put("RegionId", v.region());
        m.put("Status", "Available");
        m.put("VpcName", v.name());
        m.put("Description", v.description());
        m.put("CidrBlock", v.cidrBlocks().get(0));
        m.put("SecondaryCidrBlocks", Map.of("SecondaryCidrBlock", v.cidrBlocks().subList(1, v.cidrBlocks().size())));
        m.put("VRouterId", routerId(v.id()));
        m.put("IsDefault", false);
        m.put("OwnerId", ownerId(v.accountId()));
        m.put("CreationTime", v.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        m.put("VSwitchIds", Map.of("VSwitchId", vSwitchIds));
        m.put("Tags", tags(tags));
        return m;
    }

    /** The fields DescribeVSwitches and DescribeVSwitchAttributes share. */
    public static Map<String, Object> vSwitch(Subnet s, long available, Map<String, String> tags) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("VSwitchId", s.id());
        m.put("VpcId", s.vpcId());
        m.put("Status", "Available");
        m.put("CidrBlock", s.cidrBlock());
        m.put("ZoneId", s.zone());
        m.put("AvailableIpAddressCount", available);
        m.put("VSwitchName", s.name());
        m.put("Description", s.description());
        m.put("IsDefault", false);
        m.put("OwnerId", ownerId(s.accountId()));
        m.put("CreationTime", s.createdAt().withOffsetSameInstant(ZoneOffset.UTC).format(TIME));
        m.put("RouteTable", Map.of("RouteTableId", routeTableId(s.vpcId()), "RouteTableType", "System"));
        m.put("Tags", tags(tags));
        return m;
    }
}
