package io.cloudtwin.dialect.ucloud;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import io.cloudtwin.spec.ucloud.UcloudApiSpec.Param;

/**
 * Turns a request's flat parameters (see {@link UcloudParams}) into typed values, as the action's spec says:
 * <ul>
 * <li>absent (or empty) required parameter or field: 220 {@code Missing params [Name]} (an array of objects:
 * {@code [Name.0.Field]} with its first required field);</li>
 * <li>int / float / boolean that does not parse, a number outside min..max (or outside int), a string outside
 * min_length..max_length (code points), a value not in the enum (compared ignoring case, kept in the doc's
 * spelling): 230 {@code Params [Name] not valid};</li>
 * <li>arrays: array[string] is {@code Name.N} (0-based, gaps allowed, in index order; duplicates dropped) or a plain
 * {@code Name} for one value; an index that is not a number, a nested key ({@code Name.0.X}) or an empty element is
 * 230. array[object] is {@code Name.N.Field} (field names may contain dots, as {@code EIP.Bandwidth}); a plain
 * {@code Name} or a bare {@code Name.N} is 230. A JSON body's real arrays and objects arrive in the same flat form.</li>
 * <li>{@code Zone}, when given, must be a documented zone of the request's Region: 230 {@code Params [Zone] not
 * available}, as the real API answers (checked first).</li>
 * <li>an empty value counts as absent, except for a string field of an array element, where {@code ""} is a value
 * (Rule.N.Remark, Rule.N.DstPort of an ALL rule).</li>
 * </ul>
 * Unknown parameters are ignored. {@code Region} and {@code ProjectId} are checked by the dialect.
 */
final class UcloudValidator {
    private static final int MAX_INDEX_DIGITS = 4;

    private UcloudValidator() {}

    static Map<String, Object> validate(UcloudApiSpec.Action action, Map<String, String> params, UcloudApiSpec spec,
                                        String region) {
        Map<String, Object> out = new HashMap<>();
        String zone = params.get("Zone");
        if (action.parameters().containsKey("Zone") && zone != null && !zone.isEmpty() && !spec.zoneInRegion(zone, region)) {
            throw new UcloudException(UcloudRetCode.ZONE_NOT_AVAILABLE, "Zone");
        }
        Map<String, Map<String, String>> prefixed = byPrefix(action, params);
        for (Param p : action.parameters().values()) {
            if (p.name().equals("Region") || p.name().equals("ProjectId") || p.type() == UcloudApiSpec.Type.OBJECT) continue;
            Object v = switch (p.type()) {
                case STRING_ARRAY -> strings(p, params.get(p.name()), prefixed.get(p.name()));
                case OBJECT_ARRAY -> items(p, params.get(p.name()), prefixed.get(p.name()));
                default -> scalar(p, p.name(), params.get(p.name()), false);
            };
            if (v != null) out.put(p.name(), v);
        }
        for (List<String> group : action.oneOf()) {
            if (group.stream().noneMatch(out::containsKey)) {
                throw new UcloudException(UcloudRetCode.MISSING_PARAMS, String.join(" or ", group));
            }
        }
        return out;
    }

    /** For each array parameter, its keys after "Name." (one pass over the request). */
    private static Map<String, Map<String, String>> byPrefix(UcloudApiSpec.Action action, Map<String, String> params) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (var e : params.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            if (dot <= 0) continue;
            String name = key.substring(0, dot);
            Param p = action.parameters().get(name);
            if (p == null || (p.type() != UcloudApiSpec.Type.STRING_ARRAY && p.type() != UcloudApiSpec.Type.OBJECT_ARRAY)) continue;
            out.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), e.getValue());
        }
        return out;
    }

    private static List<String> strings(Param p, String plain, Map<String, String> indexed) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        if (plain != null) {
            if (plain.isEmpty()) throw invalid(p.name());
            values.add(plain);
        }
        if (indexed != null) {
            TreeMap<Integer, String> ordered = new TreeMap<>();
            indexed.forEach((rest, v) -> {
                int index = index(rest, p.name());
                if (v.isEmpty()) throw invalid(p.name() + "." + rest);
                ordered.put(index, v);
            });
            values.addAll(ordered.values());
        }
        if (values.isEmpty()) {
            if (p.required()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, p.name());
            return null;
        }
        return List.copyOf(values);
    }

    private static List<UcloudItem> items(Param p, String plain, Map<String, String> indexed) {
        if (plain != null) throw invalid(p.name());
        TreeMap<Integer, Map<String, String>> raw = new TreeMap<>();
        if (indexed != null) {
            indexed.forEach((rest, v) -> {
                int dot = rest.indexOf('.');
                if (dot <= 0 || dot == rest.length() - 1) throw invalid(p.name() + "." + rest);
                int index = index(rest.substring(0, dot), p.name());
                raw.computeIfAbsent(index, k -> new HashMap<>()).put(rest.substring(dot + 1), v);
            });
        }
        if (raw.isEmpty()) {
            if (p.required()) {
                String first = p.fields().stream().filter(Param::required).findFirst().orElse(p.fields().get(0)).name();
                throw new UcloudException(UcloudRetCode.MISSING_PARAMS, p.name() + ".0." + first);
            }
            return null;
        }
        List<UcloudItem> out = new ArrayList<>();
        raw.forEach((index, fields) -> {
            Map<String, Object> values = new HashMap<>();
            for (Param f : p.fields()) {
                Object v = scalar(f, p.name() + "." + index + "." + f.name(), fields.get(f.name()), true);
                if (v != null) values.put(f.name(), v);
            }
            out.add(new UcloudItem(p, index, values));
        });
        return List.copyOf(out);
    }

    /**
     * A string, int, float or boolean value; null when absent and optional. An empty value is absent, except for a
     * string field of an array element ({@code Rule.0.Remark=""}), where it is the empty string the client chose.
     */
    private static Object scalar(Param p, String key, String raw, boolean inItem) {
        if (raw != null && raw.isEmpty() && inItem && p.type() == UcloudApiSpec.Type.STRING && p.minLength() == null) return raw;
        if (raw == null || raw.isEmpty()) {
            if (p.required()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, key);
            return null;
        }
        return switch (p.type()) {
            case INT -> {
                long n;
                try {
                    n = Long.parseLong(raw.trim());
                } catch (NumberFormatException e) {
                    throw invalid(key);
                }
                if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) throw invalid(key);
                if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) throw invalid(key);
                yield (int) n;
            }
            case FLOAT -> {
                BigDecimal d;
                try {
                    d = new BigDecimal(raw.trim());
                } catch (NumberFormatException e) {
                    throw invalid(key);
                }
                if ((p.min() != null && d.compareTo(BigDecimal.valueOf(p.min())) < 0)
                        || (p.max() != null && d.compareTo(BigDecimal.valueOf(p.max())) > 0)) throw invalid(key);
                yield d;
            }
            case BOOLEAN -> switch (raw.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(key);
            };
            case STRING -> {
                int length = raw.codePointCount(0, raw.length());
                if ((p.minLength() != null && length < p.minLength()) || (p.maxLength() != null && length > p.maxLength())) {
                    throw invalid(key);
                }
                if (!p.enumValues().isEmpty()) {
                    yield p.enumValues().stream().filter(e -> e.equalsIgnoreCase(raw)).findFirst()
                            .orElseThrow(() -> invalid(key));
                }
                yield raw;
            }
            default -> throw new IllegalStateException("not a scalar: " + p);
        };
    }

    private static int index(String s, String name) {
        if (s.isEmpty() || s.length() > MAX_INDEX_DIGITS) throw invalid(name);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') throw invalid(name);
        }
        return Integer.parseInt(s);
    }

    private static UcloudException invalid(String key) {
        return new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
    }
}
