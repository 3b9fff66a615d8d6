package io.cloudtwin.dialect.ucloud.unet;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.eip.SharedBandwidth;
import io.cloudtwin.core.eip.SharedBandwidthService;
import io.cloudtwin.core.eip.SharedBandwidthService.Leaving;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.unet.api.AllocateShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.AllocateShareBandwidthResponse;
import io.cloudtwin.dialect.ucloud.unet.api.AssociateEIPWithShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeShareBandwidthResponse;
import io.cloudtwin.dialect.ucloud.unet.api.DisassociateEIPWithShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.EIPAddrSet;
import io.cloudtwin.dialect.ucloud.unet.api.EIPSetData;
import io.cloudtwin.dialect.ucloud.unet.api.ReleaseShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.ResizeShareBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.UnetApi;
import io.cloudtwin.dialect.ucloud.unet.api.UnetShareBandwidthSet;

/**
 * UNet share bandwidth (bwshare-): a bandwidth the EIPs of its region and project added to it share, on the core's
 * shared bandwidths (shared with Aliyun's common bandwidth packages). An EIP in one has PayMode ShareBandwidth and its
 * bandwidth (DescribeEIP); taken out, it gets the bandwidth and PayMode the request gives.
 */
@Component
record ShareBandwidths(SharedBandwidthService shared)
        implements UnetApi.AllocateShareBandwidth, UnetApi.DescribeShareBandwidth, UnetApi.ResizeShareBandwidth,
        UnetApi.ReleaseShareBandwidth, UnetApi.AssociateEIPWithShareBandwidth,
        UnetApi.DisassociateEIPWithShareBandwidth {
    /** ChargeType: prepaid by year or month, by the hour (Dynamic), or settled afterwards (PostPay). */
    private static final Set<String> CHARGE_TYPES = Set.of("Year", "Month", "Dynamic", "PostPay");
    /** ResizeShareBandwidth's documented range, in Mbps (4513 below, 4514 above). */
    private static final int MIN_BANDWIDTH = 20;
    private static final int MAX_BANDWIDTH = 5000;

    @Override
    public AllocateShareBandwidthResponse allocateShareBandwidth(UcloudCall call, AllocateShareBandwidthRequest r) {
        if (!CHARGE_TYPES.contains(r.chargeType())) throw call.invalid("ChargeType");
        ipVersion(call, r.ipVersion());
        var spec = new SharedBandwidthService.NewSharedBandwidth(UcloudFormats.text(r.name(), "Name", NAME), "",
                UcloudFormats.text(r.tag(), "Default", "Tag", TAG), bandwidth(call, r.shareBandwidth()), r.chargeType(),
                UcloudFormats.empty(r.operatorName()) ? "BGP" : r.operatorName(), 0);
        SharedBandwidth s = shared.create(call.scope(), Ids.Shape.SHARED_BANDWIDTH.next(Cloud.UCLOUD), spec, Map.of());
        return new AllocateShareBandwidthResponse().setShareBandwidthId(s.id());
    }

    @Override
    public DescribeShareBandwidthResponse describeShareBandwidth(UcloudCall call, DescribeShareBandwidthRequest r) {
        var page = shared.list(call.scope(), r.shareBandwidthIds(), null, 0, Integer.MAX_VALUE);
        return new DescribeShareBandwidthResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSet(page.items().stream().map(ShareBandwidths::set).toList());
    }

    private static UnetShareBandwidthSet set(SharedBandwidthService.View v) {
        SharedBandwidth s = v.sharedBandwidth();
        return new UnetShareBandwidthSet().setShareBandwidthId(s.id()).setName(s.name()).setTag(s.tag())
                .setShareBandwidth(s.bandwidth()).setChargeType(s.chargeType()).setIpVersion("IPv4")
                .setOperatorName(s.isp()).setCreateTime(unix(s.createdAt())).setExpireTime(0)
                .setLimitType("Normal").setAutoRenew("No")
                .setEipSet(v.eips().stream().map(e -> new EIPSetData().setEipId(e.eip().id())
                        .setBandwidth(e.bandwidthIn(s)).setFollowShareBandwidth(e.ipBandwidth() == null)
                        .setEipAddr(List.of(new EIPAddrSet().setOperatorName(e.eip().isp())
                                .setIp(e.eip().address())))).toList());
    }

    @Override
    public void resizeShareBandwidth(UcloudCall call, ResizeShareBandwidthRequest r) {
        shared.modify(call.scope(), r.shareBandwidthId(), null, null, bandwidth(call, r.shareBandwidth()));
    }

    @Override
    public void releaseShareBandwidth(UcloudCall call, ReleaseShareBandwidthRequest r) {
        shared.delete(call.scope(), r.shareBandwidthId(), true, leaving(call, "EIPBandwidth", r.eipBandwidth(),
                r.payMode()));
    }

    @Override
    public void associateEIPWithShareBandwidth(UcloudCall call, AssociateEIPWithShareBandwidthRequest r) {
        ipVersion(call, r.ipVersion());
        if (r.eipIds().isEmpty()) throw call.missing("EIPIds");
        shared.add(call.scope(), r.shareBandwidthId(), r.eipIds());
    }

    @Override
    public void disassociateEIPWithShareBandwidth(UcloudCall call, DisassociateEIPWithShareBandwidthRequest r) {
        ipVersion(call, r.ipVersion());
        Leaving leaving = leaving(call, "Bandwidth", r.bandwidth(), r.payMode());
        List<String> ids = r.eipIds();
        if (ids.isEmpty()) {
            ids = shared.list(call.scope(), List.of(r.shareBandwidthId()), null, 0, 1).items().stream()
                    .flatMap(v -> v.eips().stream()).map(e -> e.eip().id()).toList();
        }
        shared.remove(call.scope(), r.shareBandwidthId(), ids, leaving);
    }

    // ---- checks

    private static int bandwidth(UcloudCall call, Integer mbps) {
        if (mbps == null) throw call.missing("ShareBandwidth");
        if (mbps < MIN_BANDWIDTH) throw call.error(UcloudRetCode.SHARE_BANDWIDTH_MIN, String.valueOf(mbps));
        if (mbps > MAX_BANDWIDTH) throw call.error(UcloudRetCode.SHARE_BANDWIDTH_MAX, String.valueOf(mbps));
        return mbps;
    }

    /** What the EIPs become when they leave: a bandwidth as EIPs take it, PayMode Bandwidth (default) or Traffic. */
    private static Leaving leaving(UcloudCall call, String param, Integer bandwidth, String payMode) {
        if (bandwidth == null || bandwidth < 1 || bandwidth > Eips.MAX_BANDWIDTH) throw call.invalid(param);
        String mode = UcloudFormats.empty(payMode) ? "Bandwidth" : payMode;
        if (!mode.equals("Bandwidth") && !mode.equals("Traffic")) throw call.invalid("PayMode");
        return new Leaving(bandwidth, mode);
    }

    private static void ipVersion(UcloudCall call, String ipVersion) {
        if (!UcloudFormats.empty(ipVersion) && !ipVersion.equals("IPv4")) throw call.invalid("IPVersion");
    }
}
