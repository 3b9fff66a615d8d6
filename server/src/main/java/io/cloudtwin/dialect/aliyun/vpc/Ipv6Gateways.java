package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.network.Ipv6Gateway;
import io.cloudtwin.core.network.Ipv6GatewayService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv6GatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateIpv6GatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteIpv6GatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6GatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6GatewayAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6GatewaysRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeIpv6GatewaysResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyIpv6GatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * IPv6 gateways (alicloud_vpc_ipv6_gateway): one a VPC whose IPv6 is enabled, Available at once, pay-as-you-go. A VPC
 * with one keeps its IPv6 and is not deleted (DependencyViolation.Ipv6Gateway).
 */
@Component
record Ipv6Gateways(Ipv6GatewayService gateways, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateIpv6Gateway, VpcApi.DescribeIpv6GatewayAttribute, VpcApi.DescribeIpv6Gateways,
        VpcApi.ModifyIpv6GatewayAttribute, VpcApi.DeleteIpv6Gateway {
    /** Every gateway's Status: it is made at once. */
    private static final String AVAILABLE = "Available";
    /** Every gateway's BusinessStatus: no bill is overdue here. */
    private static final String NORMAL = "Normal";
    /** Every gateway's InstanceChargeType (the provider reads it as PayAsYouGo). */
    private static final String POST_PAID = "PostPaid";

    @Override
    public CreateIpv6GatewayResponse createIpv6Gateway(AliyunCall call, CreateIpv6GatewayRequest r) {
        var scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String name = AliyunFormats.name(call, "Name", r.name());
        String description = AliyunFormats.description(call, "Description", r.description());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.IPV6_GATEWAY, group,
                () -> gateways.create(scope, Ids.random("ipv6gw-", 20), r.vpcId(), name, description, tagged).id()));
        return new CreateIpv6GatewayResponse().setIpv6GatewayId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    /**
     * A gateway the region does not have answers its RequestId alone (no Status), which the provider's read and its
     * destroy's wait (DescribeVpcIpv6Gateway) take for "gone"; the metadata documents no error for this action.
     */
    @Override
    public DescribeIpv6GatewayAttributeResponse describeIpv6GatewayAttribute(AliyunCall call,
                                                                             DescribeIpv6GatewayAttributeRequest r) {
        Optional<Ipv6Gateway> found = gateways.find(call.scope(), r.ipv6GatewayId());
        if (found.isEmpty()) return call.nothingFound(new DescribeIpv6GatewayAttributeResponse());
        Ipv6Gateway g = found.get();
        return new DescribeIpv6GatewayAttributeResponse().setIpv6GatewayId(g.id()).setVpcId(g.vpcId())
                .setRegionId(g.region()).setName(g.name()).setDescription(g.description()).setStatus(AVAILABLE)
                .setBusinessStatus(NORMAL).setInstanceChargeType(POST_PAID).setExpiredTime("")
                .setCreationTime(AliyunFormats.time(g.createdAt())).setGatewayRouteTableId("")
                .setResourceGroupId(tags.group(g.id(), call.defaultResourceGroup()))
                .setTags(AliyunFormats.keyValueTags(tags.of(g.id()),
                        DescribeIpv6GatewayAttributeResponse.Tag::new));
    }

    @Override
    public DescribeIpv6GatewaysResponse describeIpv6Gateways(AliyunCall call, DescribeIpv6GatewaysRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.IPV6_GATEWAY,
                r.ipv6GatewayId(), r.tags(), r.resourceGroupId());
        var paging = call.paging(10);
        var out = new DescribeIpv6GatewaysResponse();
        if (wanted.isEmpty()) {
            call.paged(out, paging, 0);
            return out.setIpv6Gateways(List.of());
        }
        Page<Ipv6Gateway> page = gateways.list(scope, wanted.get(), blank(r.vpcId()) ? null : r.vpcId(),
                blank(r.name()) ? null : r.name(), paging.offset(), paging.limit());
        call.paged(out, paging, page.total());
        List<String> shown = page.items().stream().map(Ipv6Gateway::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        return out.setIpv6Gateways(AliyunFormats.each(page.items(), DescribeIpv6GatewaysResponse.Ipv6Gateway::new,
                (item, g) -> item.setIpv6GatewayId(g.id()).setVpcId(g.vpcId()).setRegionId(g.region())
                        .setName(g.name()).setDescription(g.description()).setStatus(AVAILABLE)
                        .setBusinessStatus(NORMAL).setInstanceChargeType(POST_PAID).setExpiredTime("")
                        .setCreationTime(AliyunFormats.time(g.createdAt())).setResourceGroupId(grouped.get(g.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(g.id()),
                                DescribeIpv6GatewaysResponse.Tag::new))));
    }

    @Override
    public void modifyIpv6GatewayAttribute(AliyunCall call, ModifyIpv6GatewayAttributeRequest r) {
        String name = r.name() == null ? null : AliyunFormats.name(call, "Name", r.name());
        String description = r.description() == null ? null
                : AliyunFormats.description(call, "Description", r.description());
        gateways.describe(call.scope(), r.ipv6GatewayId(), name, description);
    }

    @Override
    public void deleteIpv6Gateway(AliyunCall call, DeleteIpv6GatewayRequest r) {
        gateways.delete(call.scope(), r.ipv6GatewayId());
    }
}
