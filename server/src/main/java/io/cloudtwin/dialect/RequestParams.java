package io.cloudtwin.dialect;

import java.util.Locale;
import java.util.Map;

/**
 * Typed access to a request's flat parameters, shared by the dialects. Each dialect says which of its errors a
 * missing and an invalid parameter are.
 */
public abstract class RequestParams {
    protected final Map<String, String> params;

    protected RequestParams(Map<String, String> params) {
        this.params = params;
    }

    /** The dialect's error for an absent required parameter. */
    protected abstract RuntimeException missing(String name);

    /** The dialect's error for a malformed value. */
    protected abstract RuntimeException invalid(String name);

    public String optional(String name) {
        String v = params.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public String optional(String name, String fallback) {
        String v = optional(name);
        return v == null ? fallback : v;
    }

    public String required(String name) {
        String v = optional(name);
        if (v == null) throw missing(name);
        return v;
    }

    public int integer(String name, int fallback, int min, int max) {
        String v = optional(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw invalid(name);
        }
        if (n < min || n > max) throw invalid(name);
        return n;
    }

    public boolean bool(String name) {
        String v = optional(name);
        if (v == null) return false;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name);
        };
    }
}
