package io.cloudtwin.dialect.ucloud.uaccount;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.uaccount.api.GetRegionRequest;
import io.cloudtwin.dialect.ucloud.uaccount.api.GetRegionResponse;
import io.cloudtwin.dialect.ucloud.uaccount.api.RegionInfo;
import io.cloudtwin.dialect.ucloud.uaccount.api.UaccountApi;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/** GetRegion (no Region): one RegionInfo per documented zone (common.json), numbered in the doc's order. */
@Component
public record Regions(UcloudApiSpec spec) implements UaccountApi.GetRegion {
    /** The first zone of cn-bj2 is the default, as ucloud-cli's configuration picks it. */
    static final String DEFAULT_REGION = "cn-bj2";

    @Override
    public GetRegionResponse getRegion(UcloudCall call, GetRegionRequest r) {
        List<RegionInfo> regions = new ArrayList<>();
        String defaultZone = spec.zonesOf(DEFAULT_REGION).get(0);
        int n = 0;
        for (String region : spec.regions()) {
            for (String zone : spec.zonesOf(region)) {
                regions.add(new RegionInfo().setRegionId(++n).setRegionName(region)
                        .setIsDefault(zone.equals(defaultZone)).setBitMaps("").setRegion(region).setZone(zone));
            }
        }
        return new GetRegionResponse().setRegions(regions);
    }
}
