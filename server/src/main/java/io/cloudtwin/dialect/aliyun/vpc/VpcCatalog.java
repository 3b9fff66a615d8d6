package io.cloudtwin.dialect.aliyun.vpc;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Zones;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/** The VPC product's regions and zones. */
@Component
record VpcCatalog(Zones zones) implements VpcApi.DescribeRegions, VpcApi.DescribeZones {
    @Override
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        return new DescribeRegionsResponse().setRegions(AliyunFormats.regions(call.spec().product(),
                DescribeRegionsResponse.Region::new));
    }

    @Override
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        return new DescribeZonesResponse().setZones(AliyunFormats.zones(zones, r.regionId(), DescribeZonesResponse.Zone::new));
    }
}
