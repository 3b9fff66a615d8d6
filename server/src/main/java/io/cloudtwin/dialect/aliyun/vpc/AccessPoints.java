package io.cloudtwin.dialect.aliyun.vpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Express Connect access points of each region, from resources/catalog/aliyun-access-points.json (with its
 * sources): where a circuit may be made, what DescribeAccessPoints lists.
 */
@Component
class AccessPoints {
    private static final String RESOURCE = "/catalog/aliyun-access-points.json";

    /** An access point: its id, its name and the operator that hosts it. */
    record AccessPoint(String id, String name, String hostOperator) {}

    private final Map<String, List<AccessPoint>> byRegion = new HashMap<>();

    AccessPoints() {
        JsonNode root;
        try (InputStream in = AccessPoints.class.getResourceAsStream(RESOURCE)) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        root.path("regions").properties().forEach(e -> byRegion.put(e.getKey(), e.getValue().valueStream()
                .map(a -> new AccessPoint(a.path("id").asString(), a.path("name").asString(),
                        a.path("hostOperator").asString())).toList()));
    }

    /** The region's access points (none for a region no source names one of). */
    List<AccessPoint> of(String region) {
        return byRegion.getOrDefault(region, List.of());
    }
}
