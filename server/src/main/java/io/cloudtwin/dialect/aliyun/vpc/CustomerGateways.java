package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.core.vpn.CustomerGateway;
import io.cloudtwin.core.vpn.CustomerGatewayService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateCustomerGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateCustomerGatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteCustomerGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCustomerGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCustomerGatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCustomerGatewaysRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCustomerGatewaysResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyCustomerGatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyCustomerGatewayAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Customer gateways (alicloud_vpn_customer_gateway): the VPN peer's public IPv4 address, one a region, with an
 * optional ASN and BGP key; not deleted while a VPN connection joins one.
 */
@Component
record CustomerGateways(CustomerGatewayService gateways, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateCustomerGateway, VpcApi.DescribeCustomerGateway, VpcApi.DescribeCustomerGateways,
        VpcApi.ModifyCustomerGatewayAttribute, VpcApi.DeleteCustomerGateway {
    @Override
    public CreateCustomerGatewayResponse createCustomerGateway(AliyunCall call, CreateCustomerGatewayRequest r) {
        var scope = call.scope();
        if (!Cidr.isAddress(r.ipAddress())) throw call.error("InvalidIpAddress.WrongFormat");
        String name = AliyunFormats.name(call, "Name", r.name());
        String description = AliyunFormats.description(call, "Description", r.description());
        Long asn = asn(call, r.asn());
        if (!blank(r.authKey()) && asn == null) throw call.error("OperationDenied.MissingAsn");
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tags());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.CUSTOMER_GATEWAY, group,
                () -> gateways.create(scope, Ids.random("cgw-", 20), r.ipAddress(), name, description, asn,
                        r.authKey(), tagged).id()));
        return VpcVpn.customerGateway(new CreateCustomerGatewayResponse(), gateways.get(scope, id));
    }

    @Override
    public DescribeCustomerGatewayResponse describeCustomerGateway(AliyunCall call, DescribeCustomerGatewayRequest r) {
        CustomerGateway c = gateways.get(call.scope(), r.customerGatewayId());
        String group = tags.group(c.id(), call.defaultResourceGroup());
        return VpcVpn.customerGateway(new DescribeCustomerGatewayResponse(), c).setAsn(c.asn())
                .setAuthKey(c.authKey()).setResourceGroupId(group).setTags(AliyunFormats.keyValueTags(
                        tags.of(c.id()), DescribeCustomerGatewayResponse.Tag::new));
    }

    @Override
    public DescribeCustomerGatewaysResponse describeCustomerGateways(AliyunCall call,
                                                                     DescribeCustomerGatewaysRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.CUSTOMER_GATEWAY,
                r.customerGatewayId(), r.tag(), r.resourceGroupId());
        var paging = call.paging(10);
        var out = new DescribeCustomerGatewaysResponse();
        Page<CustomerGateway> page = wanted.isEmpty() ? new Page<>(List.of(), 0)
                : gateways.list(scope, wanted.get(), paging.offset(), paging.limit());
        List<String> ids = page.items().stream().map(CustomerGateway::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return call.paged(out.setCustomerGateways(AliyunFormats.each(page.items(),
                DescribeCustomerGatewaysResponse.CustomerGateway::new, (item, c) -> VpcVpn.customerGateway(item, c)
                        .setAsn(c.asn()).setAuthKey(c.authKey()).setResourceGroupId(grouped.get(c.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(c.id()),
                                DescribeCustomerGatewaysResponse.Tag::new)))), paging, page.total());
    }

    @Override
    public ModifyCustomerGatewayAttributeResponse modifyCustomerGatewayAttribute(
            AliyunCall call, ModifyCustomerGatewayAttributeRequest r) {
        String name = r.name() == null ? null : AliyunFormats.name(call, "Name", r.name());
        String description = r.description() == null ? null
                : AliyunFormats.description(call, "Description", r.description());
        var scope = call.scope();
        CustomerGateway c = gateways.update(scope, r.customerGatewayId(), name, description, r.authKey());
        return VpcVpn.customerGateway(new ModifyCustomerGatewayAttributeResponse(), c)
                .setResourceGroupId(tags.group(c.id(), call.defaultResourceGroup()));
    }

    @Override
    public void deleteCustomerGateway(AliyunCall call, DeleteCustomerGatewayRequest r) {
        gateways.delete(call.scope(), r.customerGatewayId());
    }

    /** Asn as the API takes it: a whole number of 1 to 4294967295 in a string; left out or empty: none. */
    private static Long asn(AliyunCall call, String asn) {
        if (blank(asn)) return null;
        try {
            long v = Long.parseLong(asn);
            if (v >= 1 && v <= 4294967295L) return v;
        } catch (NumberFormatException e) {
            // below
        }
        throw call.error("IllegalParam.Asn");
    }
}
