package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.nz;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.routing.Ipv4Gateway;
import io.cloudtwin.core.routing.Ipv4GatewayService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateRouteTableWithGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv4GatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv4GatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteIpv4GatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DissociateRouteTableFromGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.EnableVpcIpv4GatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetIpv4GatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetIpv4GatewayAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListIpv4GatewaysRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListIpv4GatewaysResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateIpv4GatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * IPv4 gateways (alicloud_vpc_ipv4_gateway): one a VPC, Created at once and disabled until EnableVpcIpv4Gateway;
 * route entries send traffic to one with NextHopType Ipv4Gateway, and a gateway they name is not deleted. An enabled
 * gateway takes one gateway route table of its VPC (alicloud_vpc_gateway_route_table_attachment), answered as its
 * Ipv4GatewayRouteTableId.
 */
@Component
record Ipv4Gateways(Ipv4GatewayService gateways, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateIpv4Gateway, VpcApi.EnableVpcIpv4Gateway, VpcApi.GetIpv4GatewayAttribute,
        VpcApi.ListIpv4Gateways, VpcApi.UpdateIpv4GatewayAttribute, VpcApi.DeleteIpv4Gateway,
        VpcApi.AssociateRouteTableWithGateway, VpcApi.DissociateRouteTableFromGateway {
    /** The state every gateway answers: it is made at once. */
    private static final String CREATED = "Created";
    /** The GatewayType of an IPv4 gateway, the only one whose route table is served. */
    private static final String IPV4_GATEWAY = "Ipv4Gateway";
    private static final String IPV6_GATEWAY = "Ipv6Gateway";
    private static final String IPV6_GATEWAY_IDS = "ipv6gw-";

    @Override
    public CreateIpv4GatewayResponse createIpv4Gateway(AliyunCall call, CreateIpv4GatewayRequest r) {
        var scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String name = AliyunFormats.name(call, "Ipv4GatewayName", r.ipv4GatewayName());
        String description = AliyunFormats.description(call, "Ipv4GatewayDescription", r.ipv4GatewayDescription());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.IPV4_GATEWAY, group,
                () -> gateways.create(scope, Ids.random("ipv4gw-", 20), r.vpcId(), name, description, tagged).id()));
        return new CreateIpv4GatewayResponse().setIpv4GatewayId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public void enableVpcIpv4Gateway(AliyunCall call, EnableVpcIpv4GatewayRequest r) {
        gateways.enable(call.scope(), r.ipv4GatewayId());
    }

    @Override
    public GetIpv4GatewayAttributeResponse getIpv4GatewayAttribute(AliyunCall call, GetIpv4GatewayAttributeRequest r) {
        Ipv4Gateway g = gateways.get(call.scope(), r.ipv4GatewayId());
        return new GetIpv4GatewayAttributeResponse().setIpv4GatewayId(g.id()).setVpcId(g.vpcId())
                .setIpv4GatewayName(g.name()).setIpv4GatewayDescription(g.description()).setEnabled(g.enabled())
                .setStatus(CREATED).setCreateTime(AliyunFormats.time(g.createdAt()))
                .setIpv4GatewayRouteTableId(nz(g.routeTableId()))
                .setResourceGroupId(tags.group(g.id(), call.defaultResourceGroup()))
                .setTags(AliyunFormats.keyValueTags(tags.of(g.id()),
                        GetIpv4GatewayAttributeResponse.Tags::new));
    }

    @Override
    public ListIpv4GatewaysResponse listIpv4Gateways(AliyunCall call, ListIpv4GatewaysRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.IPV4_GATEWAY,
                r.ipv4GatewayId(), r.tags(), r.resourceGroupId());
        List<String> ids = wanted.orElse(List.of());
        String vpc = blank(r.vpcId()) ? null : r.vpcId();
        String name = blank(r.ipv4GatewayName()) ? null : r.ipv4GatewayName();
        var out = new ListIpv4GatewaysResponse();
        List<Ipv4Gateway> shown = call.listed(out, call.paging(10), wanted.isEmpty(),
                gateways.listing(scope, ids, vpc, name));
        List<String> shownIds = shown.stream().map(Ipv4Gateway::id).toList();
        var tagged = tags.of(shownIds);
        var grouped = tags.groups(shownIds, call.defaultResourceGroup());
        return out.setIpv4GatewayModels(AliyunFormats.each(shown, ListIpv4GatewaysResponse.Ipv4GatewayModels::new,
                (item, g) -> item.setIpv4GatewayId(g.id()).setVpcId(g.vpcId()).setIpv4GatewayName(g.name())
                        .setIpv4GatewayDescription(g.description()).setEnabled(g.enabled()).setStatus(CREATED)
                        .setGmtCreate(AliyunFormats.time(g.createdAt()))
                        .setIpv4GatewayRouteTableId(nz(g.routeTableId()))
                        .setResourceGroupId(grouped.get(g.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(g.id()), ListIpv4GatewaysResponse.Tags::new))));
    }

    @Override
    public void updateIpv4GatewayAttribute(AliyunCall call, UpdateIpv4GatewayAttributeRequest r) {
        String name = r.ipv4GatewayName() == null ? null
                : AliyunFormats.name(call, "Ipv4GatewayName", r.ipv4GatewayName());
        String description = r.ipv4GatewayDescription() == null ? null
                : AliyunFormats.description(call, "Ipv4GatewayDescription", r.ipv4GatewayDescription());
        gateways.describe(call.scope(), r.ipv4GatewayId(), name, description);
    }

    @Override
    public void deleteIpv4Gateway(AliyunCall call, DeleteIpv4GatewayRequest r) {
        gateways.delete(call.scope(), r.ipv4GatewayId());
    }

    /** GatewayId an enabled IPv4 gateway (GatewayType Ipv4Gateway or none), RouteTableId a gateway table of its VPC. */
    @Override
    public void associateRouteTableWithGateway(AliyunCall call, AssociateRouteTableWithGatewayRequest r) {
        gatewayType(call, r.gatewayType(), r.gatewayId());
        gateways.associateTable(call.scope(), r.gatewayId(), r.routeTableId());
    }

    @Override
    public void dissociateRouteTableFromGateway(AliyunCall call, DissociateRouteTableFromGatewayRequest r) {
        gatewayType(call, r.gatewayType(), r.gatewayId());
        gateways.dissociateTable(call.scope(), r.gatewayId(), r.routeTableId());
    }

    /**
     * Only IPv4 gateways take route tables here: an IPv6 gateway (by its id or GatewayType Ipv6Gateway) is refused as
     * a feature not served (Dissociate: as no association), any other GatewayType as an illegal one.
     */
    private static void gatewayType(AliyunCall call, String type, String gatewayId) {
        boolean ipv6 = gatewayId.startsWith(IPV6_GATEWAY_IDS) || IPV6_GATEWAY.equalsIgnoreCase(type);
        if (ipv6) {
            throw call.firstError("IPv6 gateway route table", "UnsupportedFeature.Ipv6GatewayRouteTable",
                    "OperationFailed.NotExistAssociateRelation");
        }
        if (!blank(type) && !type.equalsIgnoreCase(IPV4_GATEWAY)) {
            throw call.firstError("GatewayType", "IllegalParam.GatewayType");
        }
    }
}
