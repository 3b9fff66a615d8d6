package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;

/**
 * What each zone of the region offers: DestinationResource Zone, InstanceType or SystemDisk, from the catalog; every
 * zone offers all of it, WithStock.
 */
@Component
public class DescribeAvailableResource implements AliyunAction {
    private final Zones zones;

    public DescribeAvailableResource(Zones zones) {
        this.zones = zones;
    }

    private static final List<String> DESTINATIONS = List.of("Zone", "InstanceType", "SystemDisk");

    @Override
    public String name() {
        return "DescribeAvailableResource";
    }

    @Override
    public String coverageNote() {
        return "DestinationResource Zone, InstanceType or SystemDisk from the fixed catalog; every zone WithStock";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        String destination = r.required("DestinationResource");
        if (!DESTINATIONS.contains(destination)) throw r.invalid("DestinationResource");
        String zone = r.string("ZoneId");
        String type = r.string("InstanceType");
        List<String> values = switch (destination) {
            case "InstanceType" -> Catalog.INSTANCE_TYPES.stream().filter(t -> type == null || t.equals(type)).toList();
            case "SystemDisk" -> Catalog.SYSTEM_DISK_CATEGORIES;
            default -> List.of();
        };
        List<Map<String, Object>> available = zones.of(Cloud.ALIYUN, region).stream()
                .filter(z -> zone == null || z.equals(zone))
                .map(z -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("ZoneId", z);
                    m.put("RegionId", region);
                    m.put("Status", "Available");
                    m.put("StatusCategory", "WithStock");
                    Map<String, Object> resource = new LinkedHashMap<>();
                    resource.put("Type", destination);
                    resource.put("SupportedResources", values.stream().map(v -> {
                        Map<String, Object> s = new LinkedHashMap<>();
                        s.put("Value", v);
                        s.put("Status", "Available");
                        s.put("StatusCategory", "WithStock");
                        return s;
                    }).toList());
                    m.put("AvailableResources", destination.equals("Zone") ? List.of() : List.of(resource));
                    return m;
                }).toList();
        return Map.of("AvailableZones", available);
    }
}
