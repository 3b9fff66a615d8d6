package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.ChangeResourceGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.MoveResourceGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * VPC resources moved between resource groups (MoveResourceGroup, and the product's older ChangeResourceGroup, which
 * moves the same kinds); what each create puts them in is its own handler's.
 */
@Component
record VpcResourceGroups(TagService tags) implements VpcApi.MoveResourceGroup, VpcApi.ChangeResourceGroup {
    /** ResourceType as the VPC product names its kinds, in any case (Terraform sends VPC, EIP, bandwidthpackage). */
    private static final Map<String, ResourceType> KINDS = Map.ofEntries(Map.entry("vpc", ResourceType.VPC),
            Map.entry("eip", ResourceType.EIP), Map.entry("bandwidthpackage", ResourceType.SHARED_BANDWIDTH),
            Map.entry("havip", ResourceType.VIP), Map.entry("dhcpoptionsset", ResourceType.DHCP_OPTIONS_SET),
            Map.entry("ipv4gateway", ResourceType.IPV4_GATEWAY), Map.entry("ipv6gateway", ResourceType.IPV6_GATEWAY),
            Map.entry("flowlog", ResourceType.FLOW_LOG), Map.entry("prefixlist", ResourceType.VPC_PREFIX_LIST),
            Map.entry("gatewayendpoint", ResourceType.GATEWAY_ENDPOINT),
            Map.entry("trafficmirrorfilter", ResourceType.TRAFFIC_MIRROR_FILTER),
            Map.entry("trafficmirrorsession", ResourceType.TRAFFIC_MIRROR_SESSION),
            Map.entry("publicipaddresspool", ResourceType.ADDRESS_POOL),
            Map.entry("physicalconnection", ResourceType.PHYSICAL_CONNECTION),
            Map.entry("virtualborderrouter", ResourceType.VIRTUAL_BORDER_ROUTER));

    @Override
    public void moveResourceGroup(AliyunCall call, MoveResourceGroupRequest r) {
        String group = call.resourceGroup(r.newResourceGroupId());
        String type = r.resourceType().toLowerCase(Locale.ROOT);
        ResourceType kind = KINDS.get(type);
        if (kind == null) {
            throw call.error("IllegalParam.ResourceType");
        }
        tags.regroup(call.scope(), kind, r.resourceId(), group);
    }

    /** As MoveResourceGroup, in the older action's codes: ResourceType.Unknown, InvalidResourceId.NotFound. */
    @Override
    public void changeResourceGroup(AliyunCall call, ChangeResourceGroupRequest r) {
        String group = call.resourceGroup(r.newResourceGroupId());
        ResourceType kind = KINDS.get(r.resourceType().toLowerCase(Locale.ROOT));
        if (kind == null) throw call.error("ResourceType.Unknown");
        tags.regroup(call.scope(), kind, r.resourceId(), group);
    }
}
