package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunTagging;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTagResourcesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTagResourcesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.TagResourcesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnTagResourcesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Tags of VPC resources: VPCs, vSwitches, EIPs, NAT gateways, route tables, bandwidth packages, HaVips, network
 * ACLs, IPv4 and IPv6 gateways, DHCP options sets, flow logs, prefix lists, gateway endpoints, traffic mirror filters
 * and sessions (the VPC product spells the removal UnTagResources).
 */
@Component
class VpcTags implements VpcApi.TagResources, VpcApi.UnTagResources, VpcApi.ListTagResources {
    /** ResourceType in any case: the provider sends VPC and IPV4GATEWAY, but DhcpOptionsSet. */
    static final Map<String, ResourceType> RESOURCE_TYPES = caseless(Map.ofEntries(Map.entry("VPC", ResourceType.VPC),
            Map.entry("VSWITCH", ResourceType.SUBNET), Map.entry("EIP", ResourceType.EIP),
            Map.entry("NATGATEWAY", ResourceType.NAT_GATEWAY), Map.entry("ROUTETABLE", ResourceType.ROUTE_TABLE),
            Map.entry("COMMONBANDWIDTHPACKAGE", ResourceType.SHARED_BANDWIDTH), Map.entry("HAVIP", ResourceType.VIP),
            Map.entry("NETWORKACL", ResourceType.NETWORK_ACL), Map.entry("IPV4GATEWAY", ResourceType.IPV4_GATEWAY),
            Map.entry("IPV6GATEWAY", ResourceType.IPV6_GATEWAY),
            Map.entry("DHCPOPTIONSSET", ResourceType.DHCP_OPTIONS_SET), Map.entry("FLOWLOG", ResourceType.FLOW_LOG),
            Map.entry("PREFIXLIST", ResourceType.VPC_PREFIX_LIST),
            Map.entry("GATEWAYENDPOINT", ResourceType.GATEWAY_ENDPOINT),
            Map.entry("TRAFFICMIRRORFILTER", ResourceType.TRAFFIC_MIRROR_FILTER),
            Map.entry("TRAFFICMIRRORSESSION", ResourceType.TRAFFIC_MIRROR_SESSION),
            Map.entry("VPNGATEWAY", ResourceType.VPN_GATEWAY), Map.entry("CUSTOMERGATEWAY", ResourceType.CUSTOMER_GATEWAY),
            Map.entry("VPNCONNECTION", ResourceType.VPN_CONNECTION),
            Map.entry("PUBLICIPADDRESSPOOL", ResourceType.ADDRESS_POOL)));

    private static Map<String, ResourceType> caseless(Map<String, ResourceType> types) {
        Map<String, ResourceType> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(types);
        return Collections.unmodifiableMap(out);
    }

    private final AliyunTagging tagging;

    VpcTags(TagService tags) {
        this.tagging = new AliyunTagging(tags, RESOURCE_TYPES);
    }

    @Override
    public void tagResources(AliyunCall call, TagResourcesRequest r) {
        tagging.tag(call, r.resourceType(), r.resourceId(), call.tags(r.tag()));
    }

    @Override
    public void unTagResources(AliyunCall call, UnTagResourcesRequest r) {
        tagging.untag(call, r.resourceType(), r.resourceId(), r.tagKey(), r.all());
    }

    @Override
    public ListTagResourcesResponse listTagResources(AliyunCall call, ListTagResourcesRequest r) {
        var out = new ListTagResourcesResponse();
        return out.setTagResources(tagging.list(call, out, r.resourceType(), r.resourceId(), call.tags(r.tag()),
                ListTagResourcesResponse.TagResource::new));
    }
}
