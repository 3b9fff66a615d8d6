package io.cloudtwin.dialect.aliyun.vpc;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/** The VPC product's regions and zones. */
@Component
class VpcCatalog implements VpcApi {
    private final Zones zones;

    VpcCatalog(Zones zones) {
        this.zones = zones;
    }

    @Override
    @Coverage("the metadata endpoint list; LocalName empty")
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        var product = call.spec().product();
        return new DescribeRegionsResponse().setRegions(product.regions().stream().map(id ->
                new DescribeRegionsResponse.Region().setRegionId(id).setRegionEndpoint(product.endpoint(id))).toList());
    }

    @Override
    @Coverage("the region's real zones (catalog/aliyun-zones.json)")
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        return new DescribeZonesResponse().setZones(zones.of(Cloud.ALIYUN, r.regionId()).stream().map(z ->
                new DescribeZonesResponse.Zone().setZoneId(z).setZoneType("AvailabilityZone")).toList());
    }
}
