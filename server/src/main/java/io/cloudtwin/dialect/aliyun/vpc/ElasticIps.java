package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.SharedBandwidth;
import io.cloudtwin.core.eip.SharedBandwidthService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipAddressAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipForwardModeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Elastic IP addresses (the VPC product): allocated from the emulator's pool, Available until associated with an ECS
 * instance or a network interface, InUse while bound, released only when Available. The rules are VpcElasticIps';
 * these methods serve the ECS product's deprecated aliases of the same names too.
 */
@Component
record ElasticIps(VpcElasticIps eips, SharedBandwidthService shared)
        implements VpcApi.AllocateEipAddress, VpcApi.AssociateEipAddress, VpcApi.ModifyEipForwardMode,
        VpcApi.UnassociateEipAddress,
        VpcApi.ReleaseEipAddress, VpcApi.ModifyEipAddressAttribute, VpcApi.DescribeEipAddresses {
    @Override
    public AllocateEipAddressResponse allocateEipAddress(AliyunCall call, AllocateEipAddressRequest r) {
        String group = call.resourceGroup(r.resourceGroupId());
        ElasticIp e = eips.allocate(call, new VpcElasticIps.Allocation(r.name(), r.description(), r.bandwidth(),
                r.internetChargeType(), r.instanceChargeType(), r.isp(), r.ipAddress(), r.clientToken(),
                call.tags(r.tag()), group));
        return new AllocateEipAddressResponse().setAllocationId(e.id()).setEipAddress(e.address())
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public void associateEipAddress(AliyunCall call, AssociateEipAddressRequest r) {
        eips.associate(call, r, r.mode());
    }

    @Override
    public void modifyEipForwardMode(AliyunCall call, ModifyEipForwardModeRequest r) {
        eips.forwardMode(call, r.instanceId(), r.mode());
    }

    @Override
    public void unassociateEipAddress(AliyunCall call, UnassociateEipAddressRequest r) {
        eips.unassociate(call, r);
    }

    @Override
    public void releaseEipAddress(AliyunCall call, ReleaseEipAddressRequest r) {
        eips.release(call, r.allocationId());
    }

    @Override
    public void modifyEipAddressAttribute(AliyunCall call, ModifyEipAddressAttributeRequest r) {
        eips.modify(call, r.allocationId(), r.name(), r.description(), r.bandwidth());
    }

    @Override
    public DescribeEipAddressesResponse describeEipAddresses(AliyunCall call, DescribeEipAddressesRequest r) {
        var out = new DescribeEipAddressesResponse();
        var page = eips.describe(call, out, r, r.eipName(), call.tags(r.tag()), r.resourceGroupId());
        var tagged = eips.tagsOf(page.items());
        var grouped = eips.groupsOf(call.defaultResourceGroup(), page.items());
        var ids = page.items().stream().map(ElasticIp::id).toList();
        var sharing = shared.sharingOf(ids);
        var protectedOnes = eips.protectedOf(ids);
        return out.setEipAddresses(page.items().stream().map(e -> eip(e, tagged.get(e.id()), sharing.get(e.id()))
                .setResourceGroupId(grouped.get(e.id())).setDeletionProtection(protectedOnes.contains(e.id())))
                .toList());
    }

    /**
     * An EIP as DescribeEipAddresses writes it: InstanceRegionId and PrivateIpAddress "" when free; in a common
     * bandwidth package (in), the package beside it and Bandwidth its bandwidth there (EipBandwidth its own).
     */
    private static DescribeEipAddressesResponse.EipAddress eip(ElasticIp e, Map<String, String> tagged,
                                                               SharedBandwidthService.Sharing in) {
        var out = VpcElasticIps.eipAddress(new DescribeEipAddressesResponse.EipAddress(), e);
        if (in != null) {
            SharedBandwidth pkg = in.sharedBandwidth();
            out.setBandwidthPackageId(pkg.id()).setBandwidthPackageType("CommonBandwidthPackage")
                    .setBandwidthPackageBandwidth(String.valueOf(pkg.bandwidth()))
                    .setBandwidth(String.valueOf(in.bandwidth()));
        } else {
            out.setBandwidthPackageId("").setBandwidthPackageType("").setBandwidthPackageBandwidth("");
        }
        return out.setName(e.name())
                .setDescription(e.description()).setBusinessStatus("Normal").setIsp(e.isp())
                .setNetmode("public").setMode(e.mode()).setSecondLimited(false)
                .setHdMonitorStatus("OFF").setServiceManaged(0)
                .setInstanceRegionId(e.bound() ? e.region() : "").setPrivateIpAddress(e.privateIp())
                .setOperationLocks(List.of()).setSecurityProtectionTypes(List.of())
                .setTags(AliyunFormats.keyValueTags(tagged, DescribeEipAddressesResponse.Tag::new));
    }
}
