package io.cloudtwin.dialect.ucloud.unet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.eip.BandwidthPackage;
import io.cloudtwin.core.eip.BandwidthPackageService;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.unet.api.CreateBandwidthPackageRequest;
import io.cloudtwin.dialect.ucloud.unet.api.CreateBandwidthPackageResponse;
import io.cloudtwin.dialect.ucloud.unet.api.DeleteBandwidthPackageRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeBandwidthPackageRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeBandwidthPackageResponse;
import io.cloudtwin.dialect.ucloud.unet.api.EIPAddrSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnetApi;
import io.cloudtwin.dialect.ucloud.unet.api.UnetBandwidthPackageSet;

/**
 * UNet bandwidth packages (bwpack-), as the CLI's `ucloud bw pkg create|list|delete` drive them: a temporary
 * bandwidth on an EIP from EnableTime for TimeRange seconds (the CLI sends the seconds between its start and end
 * times), gone once past its DisableTime. An EIP with a live package is not released (4223) and joins no share
 * bandwidth (4516).
 */
@Component
record BandwidthPackages(BandwidthPackageService packages)
        implements UnetApi.CreateBandwidthPackage, UnetApi.DescribeBandwidthPackage, UnetApi.DeleteBandwidthPackage {
    @Override
    public CreateBandwidthPackageResponse createBandwidthPackage(UcloudCall call, CreateBandwidthPackageRequest r) {
        if (r.timeRange() <= 0) throw call.invalid("TimeRange");
        OffsetDateTime from = r.enableTime() == null ? null
                : OffsetDateTime.ofInstant(Instant.ofEpochSecond(r.enableTime()), ZoneOffset.UTC);
        BandwidthPackage p = packages.create(call.scope(), Ids.random("bwpack-", 8), r.eipId(), r.bandwidth(), from,
                r.timeRange());
        return new CreateBandwidthPackageResponse().setBandwidthPackageId(p.id());
    }

    @Override
    public DescribeBandwidthPackageResponse describeBandwidthPackage(UcloudCall call, DescribeBandwidthPackageRequest r) {
        var page = packages.list(call.scope(), UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(),
                10_000_000));
        return new DescribeBandwidthPackageResponse().setTotalCount(UcloudFormats.total(page))
                .setDataSets(page.items().stream().map(BandwidthPackages::set).toList());
    }

    private static UnetBandwidthPackageSet set(BandwidthPackageService.View v) {
        BandwidthPackage p = v.bandwidthPackage();
        ElasticIp e = v.eip();
        return new UnetBandwidthPackageSet().setBandwidthPackageId(p.id()).setEipId(p.eipId())
                .setBandwidth(p.bandwidth()).setEnableTime(UcloudFormats.unix(p.enableTime()))
                .setDisableTime(UcloudFormats.unix(p.disableTime())).setCreateTime(UcloudFormats.unix(p.createdAt()))
                .setEipAddr(e == null ? List.of() : List.of(new EIPAddrSet().setOperatorName(e.isp()).setIp(e.address())));
    }

    @Override
    public void deleteBandwidthPackage(UcloudCall call, DeleteBandwidthPackageRequest r) {
        packages.delete(call.scope(), r.bandwidthPackageId());
    }
}
