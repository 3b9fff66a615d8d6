package io.cloudtwin.dialect.ucloud.vpc;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.PeeringService;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateVPCIntercomRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteVPCIntercomRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVPCIntercomRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVPCIntercomResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.VPCIntercomInfo;

/**
 * VPC intercoms (peerings) on the core's cloud-neutral VPC peerings: two VPCs of the caller's account, the peer in
 * DstRegion and DstProjectId (default: the request's Region and ProjectId). Each DescribeVPCIntercom element describes
 * the other side (its VPCId, ProjectId, DstRegion), as terraform-provider-ucloud reads it.
 */
@Component
public record VpcIntercoms(PeeringService peerings)
        implements UcloudVpcApi.CreateVPCIntercom, UcloudVpcApi.DescribeVPCIntercom, UcloudVpcApi.DeleteVPCIntercom {
    @Override
    public void createVPCIntercom(UcloudCall call, CreateVPCIntercomRequest r) {
        peerings.create(call.scope(), Ids.random("intercom-", 8), r.vpcId(), peer(call, r.dstRegion(),
                r.dstProjectId()), r.dstVPCId());
    }

    @Override
    public DescribeVPCIntercomResponse describeVPCIntercom(UcloudCall call, DescribeVPCIntercomRequest r) {
        List<VPCIntercomInfo> out = peerings.of(call.scope(), r.vpcId(), blank(r.dstRegion()), blank(r.dstProjectId()))
                .stream().map(v -> info(v.other())).toList();
        return new DescribeVPCIntercomResponse().setDataSet(out);
    }

    @Override
    public void deleteVPCIntercom(UcloudCall call, DeleteVPCIntercomRequest r) {
        peerings.delete(call.scope(), r.vpcId(), peer(call, r.dstRegion(), r.dstProjectId()), r.dstVPCId());
    }

    private static Scope peer(UcloudCall call, String region, String project) {
        Scope s = call.scope();
        return new Scope(s.cloud(), s.accountId(), blank(region) == null ? s.region() : region,
                blank(project) == null ? s.projectId() : project);
    }

    /** VPCIntercomInfo of the other side; VPCType 1 (a VPC of the current kind). */
    private static VPCIntercomInfo info(Vpc v) {
        return new VPCIntercomInfo().setVpcId(v.id()).setName(v.name()).setTag(v.tag()).setNetwork(v.cidrBlocks())
                .setProjectId(v.projectId()).setDstRegion(v.region()).setAccountId(UcloudFormats.account(v.accountId()))
                .setVpcType(1);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
