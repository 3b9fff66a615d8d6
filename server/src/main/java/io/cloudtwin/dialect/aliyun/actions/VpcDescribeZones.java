package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC DescribeZones: the region's zones (core.Zones), each an AvailabilityZone. */
@Component
public class VpcDescribeZones implements AliyunAction {
    private final Zones zones;

    public VpcDescribeZones(Zones zones) {
        this.zones = zones;
    }

    @Override
    public String name() {
        return "DescribeZones";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public String coverageNote() {
        return "the region's real zones (catalog/aliyun-zones.json)";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        return Map.of("Zones", zones.of(Cloud.ALIYUN, region).stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ZoneId", z);
            m.put("ZoneType", "AvailabilityZone");
            return m;
        }).toList());
    }
}
