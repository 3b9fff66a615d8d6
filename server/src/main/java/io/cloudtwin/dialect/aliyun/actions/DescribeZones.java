package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunZones;

/**
 * ECS DescribeZones: the region's fixed zones (AliyunZones: &lt;region&gt;-a, -b, -c), each an AvailabilityZone where
 * instances, disks and vSwitches can be created. The resource catalogs (instance types, disk categories) are not
 * modelled and answer empty lists.
 */
@Component
public class DescribeZones implements AliyunAction {
    static final List<String> RESOURCE_TYPES = List.of("Instance", "Disk", "VSwitch");

    @Override
    public String name() {
        return "DescribeZones";
    }

    @Override
    public String coverageNote() {
        return "three fixed zones per region, suffixes -a, -b, -c; resource catalogs empty";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        return Map.of("Zones", AliyunZones.of(region).stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ZoneId", z);
            m.put("ZoneType", "AvailabilityZone");
            m.put("AvailableResourceCreation", Map.of("ResourceTypes", RESOURCE_TYPES));
            return m;
        }).toList());
    }
}
