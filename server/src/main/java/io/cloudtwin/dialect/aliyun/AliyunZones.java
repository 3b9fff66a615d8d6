package io.cloudtwin.dialect.aliyun;

import java.util.List;

/**
 * The zones cloudtwin gives each Aliyun region: a fixed, documented set of three, &lt;region&gt;-a, -b and -c
 * (cn-hangzhou-a, cn-hangzhou-b, cn-hangzhou-c). Real regions have their own letters (cn-hangzhou-h, -i, ...),
 * which the API metadata does not list; docs/aliyun.md says so.
 */
public final class AliyunZones {
    public static final List<String> SUFFIXES = List.of("a", "b", "c");

    private AliyunZones() {}

    public static List<String> of(String region) {
        return SUFFIXES.stream().map(s -> region + "-" + s).toList();
    }

    /** Whether zone is one of the region's zones. */
    public static boolean inRegion(String region, String zone) {
        return zone != null && zone.startsWith(region + "-") && SUFFIXES.contains(zone.substring(region.length() + 1));
    }
}
