package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.MoveResourceGroupRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.MoveResourceGroupResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/** VPC resources moved between resource groups; what each create puts them in is its own handler's. */
@Component
record VpcResourceGroups(TagService tags) implements VpcApi.MoveResourceGroup {
    /** ResourceType as the VPC product names its kinds, in any case (Terraform sends VPC, EIP, bandwidthpackage). */
    private static final Map<String, ResourceType> KINDS = Map.of("vpc", ResourceType.VPC, "eip", ResourceType.EIP,
            "bandwidthpackage", ResourceType.SHARED_BANDWIDTH, "havip", ResourceType.VIP,
            "dhcpoptionsset", ResourceType.DHCP_OPTIONS_SET, "ipv4gateway", ResourceType.IPV4_GATEWAY,
            "ipv6gateway", ResourceType.IPV6_GATEWAY, "flowlog", ResourceType.FLOW_LOG, "prefixlist",
            ResourceType.VPC_PREFIX_LIST, "gatewayendpoint", ResourceType.GATEWAY_ENDPOINT);
    /** The product's other kinds: none exists here, so their ids are never found. */
    private static final Set<String> UNMODELLED = Set.of("publicipaddresspool",
            "trafficmirrorfilter", "trafficmirrorsession");

    @Override
    @Coverage("ResourceType Vpc, Eip, BandwidthPackage, HaVip, DhcpOptionsSet, Ipv4Gateway, Ipv6Gateway, FlowLog, "
            + "PrefixList, GatewayEndpoint (any case); NewResourceGroupId rg- and lower-case "
            + "letters and digits (the account's default group too); a VPC's vSwitches keep the group they were made "
            + "in, its route tables answer the VPC's")
    public MoveResourceGroupResponse moveResourceGroup(AliyunCall call, MoveResourceGroupRequest r) {
        String group = call.resourceGroup(r.newResourceGroupId());
        String type = r.resourceType().toLowerCase(Locale.ROOT);
        ResourceType kind = KINDS.get(type);
        if (kind == null) {
            throw call.error(UNMODELLED.contains(type) ? "InvalidResourceId.NotFound" : "IllegalParam.ResourceType");
        }
        tags.regroup(call.regionalScope(), kind, r.resourceId(), group);
        return new MoveResourceGroupResponse();
    }
}
