package io.cloudtwin.dialect.aliyun.vpc;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Zones;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewayAvailableZonesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpnGatewayAvailableZonesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListEnhanhcedNatGatewayAvailableZonesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListEnhanhcedNatGatewayAvailableZonesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The VPC product's regions and zones, and the zones a VPN gateway or an enhanced NAT gateway may be made in (every zone
 * of the region).
 */
@Component
record VpcCatalog(Zones zones)
        implements VpcApi.DescribeRegions, VpcApi.DescribeZones, VpcApi.DescribeVpnGatewayAvailableZones,
        VpcApi.ListEnhanhcedNatGatewayAvailableZones {
    @Override
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        return new DescribeRegionsResponse().setRegions(AliyunFormats.regions(call.spec().product(),
                DescribeRegionsResponse.Region::new));
    }

    @Override
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        return new DescribeZonesResponse().setZones(AliyunFormats.zones(zones, r.regionId(), DescribeZonesResponse.Zone::new));
    }

    @Override
    public DescribeVpnGatewayAvailableZonesResponse describeVpnGatewayAvailableZones(
            AliyunCall call, DescribeVpnGatewayAvailableZonesRequest r) {
        var scope = call.scope();
        return new DescribeVpnGatewayAvailableZonesResponse().setRegionId(scope.region()).setAvailableZoneIdList(
                AliyunFormats.each(zones.of(scope.cloud(), scope.region()),
                        DescribeVpnGatewayAvailableZonesResponse.AvailableZoneIdList::new, (z, id) -> z.setZoneId(id)));
    }

    /**
     * alicloud_enhanced_nat_available_zones: every zone of the region, LocalName its id (no localized names are kept).
     * Filter PrivateLinkEnabled narrows nothing: PrivateLink is not modelled, and every zone takes a NAT gateway.
     */
    @Override
    public ListEnhanhcedNatGatewayAvailableZonesResponse listEnhanhcedNatGatewayAvailableZones(
            AliyunCall call, ListEnhanhcedNatGatewayAvailableZonesRequest r) {
        var scope = call.scope();
        return new ListEnhanhcedNatGatewayAvailableZonesResponse().setZones(AliyunFormats.each(
                zones.of(scope.cloud(), scope.region()), ListEnhanhcedNatGatewayAvailableZonesResponse.Zones::new,
                (z, id) -> z.setZoneId(id).setLocalName(id)));
    }
}
