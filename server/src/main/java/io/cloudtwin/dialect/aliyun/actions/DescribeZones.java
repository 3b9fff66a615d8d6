package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;

/**
 * ECS DescribeZones: the region's zones (core.Zones: the published ones), each an AvailabilityZone where
 * instances, disks and vSwitches can be created. The resource catalogs (instance types, disk categories) are not
 * modelled and answer empty lists.
 */
@Component
public class DescribeZones implements AliyunAction {
    private final Zones zones;

    public DescribeZones(Zones zones) {
        this.zones = zones;
    }

    static final List<String> RESOURCE_TYPES = List.of("Instance", "Disk", "VSwitch");

    @Override
    public String name() {
        return "DescribeZones";
    }

    @Override
    public String coverageNote() {
        return "the region's real zones (catalog/aliyun-zones.json); resource catalogs empty";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        return Map.of("Zones", zones.of(Cloud.ALIYUN, region).stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ZoneId", z);
            m.put("ZoneType", "AvailabilityZone");
            m.put("AvailableResourceCreation", Map.of("ResourceTypes", RESOURCE_TYPES));
            return m;
        }).toList());
    }
}
