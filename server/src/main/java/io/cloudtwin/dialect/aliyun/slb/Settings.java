package io.cloudtwin.dialect.aliyun.slb;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.ListenerSettings;

/**
 * A listener's settings beyond the core's, under the names the API gives them (HealthyThreshold, Gzip ...): written
 * from a request's typed values (absent ones left out), read back with the API's defaults.
 */
final class Settings {
    private final Map<String, String> values = new LinkedHashMap<>();

    Settings() {}

    Settings(Listener l) {
        values.putAll(ListenerSettings.parse(l.settings()));
    }

    Settings put(String name, Object value) {
        if (value != null) values.put(name, String.valueOf(value));
        return this;
    }

    Map<String, String> map() {
        return values;
    }

    String text(String name, String otherwise) {
        String v = values.get(name);
        return v == null ? otherwise : v;
    }

    Integer number(String name, Integer otherwise) {
        String v = values.get(name);
        if (v == null) return otherwise;
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.get(name));
    }
}
