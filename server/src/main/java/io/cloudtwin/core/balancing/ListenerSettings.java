package io.cloudtwin.core.balancing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A listener's settings beyond the common ones, each a name and a value in the cloud's own words (Aliyun:
 * HealthyThreshold=3), stored as a query string; the names are the cloud's, the core only keeps them.
 */
public final class ListenerSettings {
    private ListenerSettings() {}

    public static Map<String, String> parse(String stored) {
        Map<String, String> out = new TreeMap<>();
        if (stored == null || stored.isEmpty()) return out;
        for (String pair : stored.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    public static String format(Map<String, String> settings) {
        StringBuilder out = new StringBuilder();
        for (var e : new TreeMap<>(settings).entrySet()) {
            if (e.getValue() == null) continue;
            if (!out.isEmpty()) out.append('&');
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** The stored settings with the changes applied (a null value leaves a setting as it is). */
    public static String merge(String stored, Map<String, String> changes) {
        Map<String, String> out = parse(stored);
        changes.forEach((k, v) -> {
            if (v != null) out.put(k, v);
        });
        return format(out);
    }
}
