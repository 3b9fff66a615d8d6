package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunZones;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC DescribeZones: the region's fixed zones (AliyunZones), each an AvailabilityZone. */
@Component
public class VpcDescribeZones implements AliyunAction {
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
        return "three fixed zones per region, suffixes -a, -b, -c";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        return Map.of("Zones", AliyunZones.of(region).stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ZoneId", z);
            m.put("ZoneType", "AvailabilityZone");
            return m;
        }).toList());
    }
}
