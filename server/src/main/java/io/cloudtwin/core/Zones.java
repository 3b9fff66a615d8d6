package io.cloudtwin.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The zones of every region, per cloud, as the clouds publish them: Aliyun's from catalog/aliyun-zones.json (the
 * region pages: cn-hangzhou has b, e-k), UCloud's from its documented list (ucloud-api/common.json: cn-bj2-02..05).
 * A zone belongs to exactly one region.
 */
@Component
public class Zones {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<Cloud, Map<String, List<String>>> byCloud = new EnumMap<>(Cloud.class);

    public Zones() {
        Map<String, List<String>> aliyun = new LinkedHashMap<>();
        read("catalog/aliyun-zones.json").get("regions").properties()
                .forEach(e -> aliyun.put(e.getKey(), e.getValue().valueStream().map(JsonNode::asString).toList()));
        byCloud.put(Cloud.ALIYUN, aliyun);
        JsonNode common = read("ucloud-api/common.json");
        Map<String, List<String>> ucloud = new LinkedHashMap<>();
        for (JsonNode region : common.get("regions")) {
            String r = region.asString();
            ucloud.put(r, common.get("zones").valueStream().map(JsonNode::asString)
                    .filter(z -> z.startsWith(r + "-")).toList());
        }
        byCloud.put(Cloud.UCLOUD, ucloud);
    }

    /** The region's zones in the published order; empty for a region the cloud does not have. */
    public List<String> of(Cloud cloud, String region) {
        return byCloud.get(cloud).getOrDefault(region, List.of());
    }

    public boolean contains(Cloud cloud, String region, String zone) {
        return zone != null && of(cloud, region).contains(zone);
    }

    private static JsonNode read(String path) {
        try (InputStream in = Zones.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
