package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunElasticIps;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.AssociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AssociateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeEipAddressesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeEipAddressesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyEipAddressAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyEipAddressAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleaseEipAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleaseEipAddressResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.UnassociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.UnassociateEipAddressResponse;

/**
 * The ECS product's deprecated EIP actions (Version=2014-05-26; fog-aliyun, the npm aliyun-sdk and aliyungo still send
 * them): the same EIPs as the VPC product's actions, under the same rules (AliyunElasticIps), answered in the ECS
 * metadata's own schemas with the errors it documents.
 */
@Component
record EcsElasticIps(AliyunElasticIps eips)
        implements EcsApi.AllocateEipAddress, EcsApi.AssociateEipAddress, EcsApi.UnassociateEipAddress,
        EcsApi.ReleaseEipAddress, EcsApi.ModifyEipAddressAttribute, EcsApi.DescribeEipAddresses {
    @Override
    @Coverage("deprecated: the VPC product's AllocateEipAddress (Bandwidth, InternetChargeType, ISP, ClientToken); "
            + "ActivityId ignored")
    public AllocateEipAddressResponse allocateEipAddress(AliyunCall call, AllocateEipAddressRequest r) {
        ElasticIp e = eips.allocate(call, new AliyunElasticIps.Allocation(null, null, r.bandwidth(),
                r.internetChargeType(), null, r.isp(), null, r.clientToken(), Map.of(), null));
        return new AllocateEipAddressResponse().setAllocationId(e.id()).setEipAddress(e.address());
    }

    @Override
    @Coverage("deprecated: the VPC product's AssociateEipAddress (EcsInstance, NetworkInterface, Nat)")
    public AssociateEipAddressResponse associateEipAddress(AliyunCall call, AssociateEipAddressRequest r) {
        eips.associate(call, r);
        return new AssociateEipAddressResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's UnassociateEipAddress")
    public UnassociateEipAddressResponse unassociateEipAddress(AliyunCall call, UnassociateEipAddressRequest r) {
        eips.unassociate(call, r);
        return new UnassociateEipAddressResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's ReleaseEipAddress")
    public ReleaseEipAddressResponse releaseEipAddress(AliyunCall call, ReleaseEipAddressRequest r) {
        eips.release(call, r.allocationId());
        return new ReleaseEipAddressResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's ModifyEipAddressAttribute (Bandwidth)")
    public ModifyEipAddressAttributeResponse modifyEipAddressAttribute(AliyunCall call, ModifyEipAddressAttributeRequest r) {
        eips.modify(call, r.allocationId(), null, null, r.bandwidth());
        return new ModifyEipAddressAttributeResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's DescribeEipAddresses (AllocationId, EipAddress, Status, "
            + "AssociatedInstanceType, AssociatedInstanceId, paging); ISP, ChargeType and LockReason do not filter")
    public DescribeEipAddressesResponse describeEipAddresses(AliyunCall call, DescribeEipAddressesRequest r) {
        var out = new DescribeEipAddressesResponse();
        var page = eips.describe(call, out, r, null, Map.of(), null);
        return out.setEipAddresses(page.items().stream().map(EcsElasticIps::eip).toList());
    }

    /** An EIP as the ECS product's DescribeEipAddresses writes it. */
    private static DescribeEipAddressesResponse.EipAddress eip(ElasticIp e) {
        return AliyunElasticIps.eipAddress(new DescribeEipAddressesResponse.EipAddress(), e).setOperationLocks(List.of());
    }
}
