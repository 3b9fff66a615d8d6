package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/**
 * UAccount GetRegion (no Region): one RegionInfo per documented zone (common.json), numbered in the doc's order.
 * The first zone of cn-bj2 is the default, as ucloud-cli's configuration picks it.
 */
@Component
public class GetRegion implements UcloudAction {
    static final String DEFAULT_REGION = "cn-bj2";

    private final UcloudApiSpec spec;

    public GetRegion(UcloudApiSpec spec) {
        this.spec = spec;
    }

    @Override
    public String name() {
        return "GetRegion";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<Map<String, Object>> regions = new ArrayList<>();
        String defaultZone = spec.zonesOf(DEFAULT_REGION).get(0);
        int n = 0;
        for (String region : spec.regions()) {
            for (String zone : spec.zonesOf(region)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("RegionId", ++n);
                m.put("RegionName", region);
                m.put("IsDefault", zone.equals(defaultZone));
                m.put("BitMaps", "");
                m.put("Region", region);
                m.put("Zone", zone);
                regions.add(m);
            }
        }
        return Map.of("Regions", regions);
    }
}
