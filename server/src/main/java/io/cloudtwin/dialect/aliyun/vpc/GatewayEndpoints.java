package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.routing.GatewayEndpoint;
import io.cloudtwin.core.routing.GatewayEndpointService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateRouteTablesWithVpcGatewayEndpointRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcGatewayEndpointRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcGatewayEndpointResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpcGatewayEndpointRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DissociateRouteTablesFromVpcGatewayEndpointRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcGatewayEndpointAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcGatewayEndpointAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVpcGatewayEndpointsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVpcGatewayEndpointsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateVpcGatewayEndpointAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Gateway endpoints (alicloud_vpc_gateway_endpoint, alicloud_vpc_gateway_endpoint_route_table_attachment): a VPC's
 * way to OSS (ServiceName com.aliyun.&lt;region&gt;.oss, in the regions where OSS has gateway endpoints), one a VPC
 * and service, Created at once, with the route tables of its VPC associated with it.
 */
@Component
record GatewayEndpoints(GatewayEndpointService endpoints, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateVpcGatewayEndpoint, VpcApi.GetVpcGatewayEndpointAttribute,
        VpcApi.ListVpcGatewayEndpoints, VpcApi.UpdateVpcGatewayEndpointAttribute, VpcApi.DeleteVpcGatewayEndpoint,
        VpcApi.AssociateRouteTablesWithVpcGatewayEndpoint, VpcApi.DissociateRouteTablesFromVpcGatewayEndpoint {
    /** The state every endpoint answers: it is made at once. */
    private static final String CREATED = "Created";
    /** The longest policy kept (the store's column); the metadata gives PolicyDocument no limit. */
    private static final int POLICY_LENGTH = 16_384;
    /** The regions where OSS has gateway endpoints (Alibaba's OSS documentation, 2026). */
    private static final Set<String> OSS_REGIONS = Set.of("cn-hangzhou", "cn-shanghai", "cn-qingdao", "cn-beijing",
            "cn-zhangjiakou", "cn-huhehaote", "cn-wulanchabu", "cn-shenzhen", "cn-heyuan", "cn-guangzhou",
            "cn-chengdu", "cn-hongkong", "us-west-1", "us-east-1", "ap-northeast-1", "ap-southeast-1",
            "ap-southeast-3", "ap-southeast-5", "eu-central-1", "eu-west-1", "me-east-1");

    @Override
    public CreateVpcGatewayEndpointResponse createVpcGatewayEndpoint(AliyunCall call,
                                                                     CreateVpcGatewayEndpointRequest r) {
        var scope = call.scope();
        if (!OSS_REGIONS.contains(scope.region()) || !r.serviceName().equals("com.aliyun." + scope.region() + ".oss")) {
            throw call.error("ResourceNotFound.ServiceName");
        }
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new GatewayEndpointService.NewEndpoint(r.vpcId(), r.serviceName(),
                AliyunFormats.name(call, "GatewayEndpointName", r.endpointName()),
                AliyunFormats.description(call, "GatewayEndpointDescription", r.endpointDescription()),
                policy(call, r.policyDocument()));
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.GATEWAY_ENDPOINT,
                group, () -> endpoints.create(scope, Ids.random("vpce-", 20), spec, tagged).id()));
        GatewayEndpoint e = endpoints.get(scope, id);
        return new CreateVpcGatewayEndpointResponse().setEndpointId(e.id()).setServiceName(e.serviceName())
                .setEndpointName(e.name()).setCreationTime(AliyunFormats.time(e.createdAt()))
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    /** A policy as the request gives it: "" for none, else a JSON object of at most POLICY_LENGTH characters. */
    private static String policy(AliyunCall call, String document) {
        if (blank(document)) return "";
        if (document.length() > POLICY_LENGTH) throw call.error("IllegalParam.PolicyDocument");
        var tree = JsonValue.parse(document);
        if (tree == null || !tree.isObject()) throw call.error("InvalidPolicy.WrongFormat");
        return document;
    }

    @Override
    public GetVpcGatewayEndpointAttributeResponse getVpcGatewayEndpointAttribute(AliyunCall call,
                                                                                 GetVpcGatewayEndpointAttributeRequest r) {
        GatewayEndpoint e = endpoints.get(call.scope(), r.endpointId());
        List<String> ids = List.of(e.id());
        return new GetVpcGatewayEndpointAttributeResponse().setEndpointId(e.id()).setEndpointName(e.name())
                .setEndpointDescription(e.description()).setServiceName(e.serviceName()).setVpcId(e.vpcId())
                .setPolicyDocument(e.policyDocument()).setCreationTime(AliyunFormats.time(e.createdAt()))
                .setEndpointStatus(CREATED).setRouteTables(endpoints.routeTablesOf(ids).getOrDefault(e.id(), List.of()))
                .setResourceGroupId(tags.groups(ids, call.defaultResourceGroup()).get(e.id()))
                .setTags(AliyunFormats.keyValueTags(tags.of(ids).get(e.id()),
                        GetVpcGatewayEndpointAttributeResponse.Tags::new));
    }

    @Override
    public ListVpcGatewayEndpointsResponse listVpcGatewayEndpoints(AliyunCall call, ListVpcGatewayEndpointsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.GATEWAY_ENDPOINT,
                r.endpointId(), r.tags(), r.resourceGroupId());
        var filter = new GatewayEndpointService.Filter(wanted.orElse(List.of()), blank(r.vpcId()) ? null : r.vpcId(),
                blank(r.serviceName()) ? null : r.serviceName(), blank(r.endpointName()) ? null : r.endpointName());
        var out = new ListVpcGatewayEndpointsResponse();
        List<GatewayEndpoint> shown = call.listed(out, call.paging(10), wanted.isEmpty(),
                endpoints.listing(scope, filter));
        List<String> ids = shown.stream().map(GatewayEndpoint::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var tables = endpoints.routeTablesOf(ids);
        return out.setEndpoints(AliyunFormats.each(shown, ListVpcGatewayEndpointsResponse.Endpoints::new,
                (item, e) -> item.setEndpointId(e.id()).setEndpointName(e.name())
                        .setEndpointDescription(e.description()).setServiceName(e.serviceName()).setVpcId(e.vpcId())
                        .setPolicyDocument(e.policyDocument()).setCreationTime(AliyunFormats.time(e.createdAt()))
                        .setEndpointStatus(CREATED).setAssociatedRouteTables(tables.getOrDefault(e.id(), List.of()))
                        .setResourceGroupId(grouped.get(e.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(e.id()), ListVpcGatewayEndpointsResponse.Tags::new))));
    }

    @Override
    public void updateVpcGatewayEndpointAttribute(AliyunCall call, UpdateVpcGatewayEndpointAttributeRequest r) {
        String name = r.endpointName() == null ? null
                : AliyunFormats.name(call, "GatewayEndpointName", r.endpointName());
        String description = r.endpointDescription() == null ? null
                : AliyunFormats.description(call, "GatewayEndpointDescription", r.endpointDescription());
        String policy = r.policyDocument() == null ? null : policy(call, r.policyDocument());
        endpoints.update(call.scope(), r.endpointId(), name, description, policy);
    }

    @Override
    public void deleteVpcGatewayEndpoint(AliyunCall call, DeleteVpcGatewayEndpointRequest r) {
        endpoints.delete(call.scope(), r.endpointId());
    }

    @Override
    public void associateRouteTablesWithVpcGatewayEndpoint(
            AliyunCall call, AssociateRouteTablesWithVpcGatewayEndpointRequest r) {
        endpoints.associate(call.scope(), r.endpointId(), r.routeTableIds());
    }

    @Override
    public void dissociateRouteTablesFromVpcGatewayEndpoint(
            AliyunCall call, DissociateRouteTablesFromVpcGatewayEndpointRequest r) {
        endpoints.dissociate(call.scope(), r.endpointId(), r.routeTableIds());
    }
}
