package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.eip.EipSegment;
import io.cloudtwin.core.eip.EipSegmentService;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipSegmentAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipSegmentAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipSegmentRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipSegmentResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseEipSegmentAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Segments of contiguous EIPs (alicloud_eip_segment_address): a block of 16 to 256 addresses allocated at once,
 * each an EIP of the segment that DescribeEipAddresses lists (SegmentInstanceId) and that goes only with the
 * segment. Allocated at once, so always Allocated; released with all its EIPs or not at all.
 */
@Component
record EipSegments(EipSegmentService segments, ClientTokens tokens, Zones zones)
        implements VpcApi.AllocateEipSegmentAddress, VpcApi.DescribeEipSegment, VpcApi.ReleaseEipSegmentAddress {
    private static final String ALLOCATED = "Allocated";
    /** The prefix lengths EipMask may give: 16 to 256 addresses. */
    private static final Set<String> MASKS = Set.of("24", "25", "26", "27", "28");
    private static final String PUBLIC = "public";

    /**
     * EipMask (24 to 28), Bandwidth (5 Mbps, each EIP's), InternetChargeType (PayByBandwidth), Isp (BGP), Netmode
     * (public), Zone (of the region), ResourceGroupId (the EIPs'), ClientToken -> the segment's id.
     */
    @Override
    public AllocateEipSegmentAddressResponse allocateEipSegmentAddress(AliyunCall call,
            AllocateEipSegmentAddressRequest r) {
        Scope scope = call.scope();
        if (!MASKS.contains(r.eipMask().strip())) throw call.error("QueryParameter.Illegal");
        int bandwidth = VpcElasticIps.bandwidth(call, r.bandwidth(), 5);
        String charge = AliyunFormats.or(r.internetChargeType(), "PayByBandwidth");
        if (!VpcElasticIps.INTERNET_CHARGE_TYPES.contains(charge)) throw call.error("InvalidParameter");
        String isp = AliyunFormats.or(r.isp(), "BGP");
        if (!VpcElasticIps.LINES.contains(isp) || !PUBLIC.equals(AliyunFormats.or(r.netmode(), PUBLIC))) {
            throw call.error("QueryParameter.Illegal");
        }
        String zone = AliyunFormats.or(r.zone(), "");
        if (!zone.isEmpty() && !zones.contains(scope.cloud(), scope.region(), zone)) {
            throw call.error("IllegalParam.Zone", zone);
        }
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new ElasticIpService.NewEip("", "", bandwidth, charge, "PostPaid", isp, null);
        String id = call.once(tokens, scope, r.clientToken(), () -> segments.allocate(scope,
                Ids.random("eipsg-", 20), Integer.parseInt(r.eipMask().strip()), zone, spec,
                () -> Ids.Shape.EIP.next(Cloud.ALIYUN), group).id());
        return new AllocateEipSegmentAddressResponse().setEipSegmentInstanceId(id);
    }

    /** SegmentInstanceId (none: all the region's); PageNumber/PageSize, oldest first. */
    @Override
    public DescribeEipSegmentResponse describeEipSegment(AliyunCall call, DescribeEipSegmentRequest r) {
        var out = new DescribeEipSegmentResponse();
        List<EipSegment> shown = call.listed(out, call.paging(10), false, segments.listing(call.scope(),
                segments.where(AliyunFormats.orNull(r.segmentInstanceId()))));
        return out.setEipSegments(AliyunFormats.each(shown, DescribeEipSegmentResponse.EipSegment::new,
                (item, s) -> item.setInstanceId(s.id()).setSegment(s.segment())
                        .setIpCount(String.valueOf(s.block().size())).setStatus(ALLOCATED).setName("")
                        .setDescritpion("").setRegionId(s.region()).setZone(s.zone())
                        .setCreationTime(AliyunFormats.time(s.createdAt()))));
    }

    /**
     * Refused while an EIP of the segment is bound (IncorrectEipStatus), protected from deletion or in a common
     * bandwidth package (OperationFailed.EipInBwp).
     */
    @Override
    public void releaseEipSegmentAddress(AliyunCall call, ReleaseEipSegmentAddressRequest r) {
        segments.release(call.scope(), r.segmentInstanceId());
    }
}
