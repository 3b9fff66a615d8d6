package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunNat;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateForwardEntryRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateForwardEntryResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteForwardEntryRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteForwardEntryResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteNatGatewayRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteNatGatewayResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeForwardTableEntriesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeForwardTableEntriesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNatGatewaysRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNatGatewaysResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * The ECS product's deprecated NAT actions (Version=2014-05-26) on the NAT gateways the VPC product makes: reading
 * and deleting gateways, and their forward tables' port forwardings. The ECS CreateNatGateway is not served: it sells
 * the older gateway with bandwidth packages (BandwidthPackage.N, required), which the core does not model.
 */
@Component
record EcsNatGateways(NatService service, AliyunNat nat)
        implements EcsApi.DescribeNatGateways, EcsApi.DeleteNatGateway, EcsApi.CreateForwardEntry,
        EcsApi.DescribeForwardTableEntries, EcsApi.DeleteForwardEntry {
    @Override
    @Coverage("deprecated: the VPC product's DescribeNatGateways (NatGatewayId, VpcId, paging); BandwidthPackageIds "
            + "always empty")
    public DescribeNatGatewaysResponse describeNatGateways(AliyunCall call, DescribeNatGatewaysRequest r) {
        var out = new DescribeNatGatewaysResponse();
        var page = nat.describe(call, out, r.natGatewayId() == null || r.natGatewayId().isEmpty() ? List.of()
                : List.of(r.natGatewayId()), r.vpcId(), null, null);
        return out.setNatGateways(page.items().stream().map(g -> AliyunNat.gateway(new DescribeNatGatewaysResponse
                .NatGateway(), g).setBandwidthPackageIds(List.of())).toList());
    }

    @Override
    @Coverage("deprecated: the VPC product's DeleteNatGateway without Force: refused while entries or EIPs remain")
    public DeleteNatGatewayResponse deleteNatGateway(AliyunCall call, DeleteNatGatewayRequest r) {
        service.delete(call.regionalScope(), r.natGatewayId(), false);
        return new DeleteNatGatewayResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's CreateForwardEntry (ExternalIp an EIP bound to the gateway, ExternalPort, "
            + "InternalIp, InternalPort, IpProtocol)")
    public CreateForwardEntryResponse createForwardEntry(AliyunCall call, CreateForwardEntryRequest r) {
        var e = nat.createForward(call, r.forwardTableId(), AliyunNat.forward(r.externalIp(), r.externalPort(),
                r.internalIp(), r.internalPort(), r.ipProtocol(), null));
        return new CreateForwardEntryResponse().setForwardEntryId(e.id());
    }

    @Override
    @Coverage("deprecated: the VPC product's DescribeForwardTableEntries (ForwardTableId, ForwardEntryId, paging)")
    public DescribeForwardTableEntriesResponse describeForwardTableEntries(AliyunCall call,
                                                                         DescribeForwardTableEntriesRequest r) {
        var out = new DescribeForwardTableEntriesResponse();
        var page = nat.forwards(call, out, AliyunNat.gatewayOf(r.forwardTableId(), "ftb-"), r.forwardEntryId(), null,
                null, null, null);
        return out.setForwardTableEntries(page.items().stream().map(e -> AliyunNat.forwardEntry(
                new DescribeForwardTableEntriesResponse.ForwardTableEntry(), e)).toList());
    }

    @Override
    @Coverage("deprecated: the VPC product's DeleteForwardEntry")
    public DeleteForwardEntryResponse deleteForwardEntry(AliyunCall call, DeleteForwardEntryRequest r) {
        nat.deleteForward(call, r.forwardTableId(), r.forwardEntryId());
        return new DeleteForwardEntryResponse();
    }
}
