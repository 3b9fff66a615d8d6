package io.cloudtwin.spec.ucloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * UCloud's own description of its API, one place per product: {@code ucloud-api/<product>.json} (vpc, unet, uhost,
 * uaccount; copied unchanged from the shared spec, taken from UCloudDoc-Team/api) hold each action's parameters
 * (name, type, required, min/max, length, enum, default, array form), response fields, models and RetCodes;
 * {@code ucloud-api/common.json} holds the regions, zones and common RetCodes. {@code ucloud-api/sdk-corrections.json}
 * holds the few points where UCloud's official SDKs (ucloud-sdk-go, ucloud-sdk-java) and Terraform's provider send
 * something else than the doc says: the SDKs win, and every correction says why.
 *
 * <p>Plain data, read by the dialect (validation, answers) and by the code generator (typed requests and
 * answers). Loaded once, on first use (about 220 KB of JSON).
 */
public final class UcloudApiSpec {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    public static final List<String> PRODUCTS = List.of("vpc", "unet", "uhost", "uaccount", "udisk", "ulb");

    /**
     * A parameter's documented type. Arrays of strings are Name.N (0-based); arrays of objects Name.N.Field. OBJECT: a
     * parameter typed by a model the doc does not describe (ULB UpdateLoadBalancerAttribute AccessLogConfig): its
     * fields are unknown, so it is not read.
     */
    public enum Type {
        STRING, INT, FLOAT, BOOLEAN, STRING_ARRAY, OBJECT_ARRAY, OBJECT;

        static Type of(String doc) {
            return switch (doc) {
                case "string" -> STRING;
                case "int" -> INT;
                case "float" -> FLOAT;
                case "boolean" -> BOOLEAN;
                case "array[string]" -> STRING_ARRAY;
                case "array[object]" -> OBJECT_ARRAY;
                default -> {
                    if (doc.matches("[A-Z]\\w*")) yield OBJECT;
                    throw new IllegalStateException("unknown parameter type " + doc);
                }
            };
        }
    }

    /** One documented parameter (or field of an array of objects). Null bounds are unbounded. */
    public record Param(String name, Type type, boolean required, Long min, Long max, Integer minLength,
                        Integer maxLength, List<String> enumValues, String defaultValue, List<Param> fields) {
        public Optional<Param> field(String fieldName) {
            return fields.stream().filter(f -> f.name.equals(fieldName)).findFirst();
        }

        /** The documented default as a typed value (Integer, BigDecimal, Boolean, String), or null. */
        public Object typedDefault() {
            if (defaultValue == null) return null;
            return switch (type) {
                case INT -> Integer.valueOf(defaultValue);
                case FLOAT -> new BigDecimal(defaultValue);
                case BOOLEAN -> Boolean.valueOf(defaultValue);
                case STRING -> defaultValue;
                default -> null;
            };
        }
    }

    /** One documented response field or model field: type as the doc writes it (int, string, array[X], X). */
    public record Field(String name, String type, boolean required) {}

    /**
     * One action of one product. {@code oneOf}: groups of parameters of which at least one must be given (from the
     * corrections; the doc has no way to say it).
     */
    public record Action(String name, String product, String page, boolean listed, Map<String, Param> parameters,
                         List<Field> response, List<List<String>> oneOf, String correction) {
        public Optional<Param> param(String name) {
            return Optional.ofNullable(parameters.get(name));
        }
    }

    /** One product's actions, models and RetCodes (number to the doc's message). */
    public record Product(String name, Map<String, Action> actions, Map<String, List<Field>> models,
                          Map<Integer, String> retCodes) {}

    /** What the files say, read on first use. */
    private record Loaded(Map<String, Product> products, Map<String, Action> actions, Set<String> regions,
                          Set<String> zones, Map<Integer, String> commonRetCodes, long loadMicros) {
    }

    private volatile Loaded loaded;

    /** Where the spec files are read from: the class path at run time, the source tree for the code generator. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String path) throws IOException;

        /** Resources of the class path, by name (ucloud-api/vpc.json). */
        Opener CLASS_PATH = path -> UcloudApiSpec.class.getClassLoader().getResourceAsStream(path);
    }

    private final Opener opener;

    public UcloudApiSpec() {
        this(Opener.CLASS_PATH);
    }

    /** The files are read on first use: a server start (and an Aliyun-only run) does not pay for them. */
    public UcloudApiSpec(Opener opener) {
        this.opener = opener;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l != null) return l;
        synchronized (this) {
            if (loaded == null) loaded = load();
            return loaded;
        }
    }

    private Loaded load() {
        long started = System.nanoTime();
        Map<String, Product> ps = new LinkedHashMap<>();
        Map<String, Action> as = new LinkedHashMap<>();
        Map<String, Object> corrections = read("sdk-corrections");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byAction = (Map<String, Map<String, Object>>) corrections.get("actions");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> byModel = (Map<String, Map<String, Object>>) corrections
                .getOrDefault("models", Map.of());
        for (String p : PRODUCTS) {
            Product product = product(read(p), byAction, byModel);
            ps.put(p, product);
            for (Action a : product.actions.values()) {
                if (as.put(a.name, a) != null) throw new IllegalStateException("action " + a.name + " in two products");
            }
        }
        for (String a : byAction.keySet()) {
            if (!as.containsKey(a)) throw new IllegalStateException("correction for unknown action " + a);
        }
        Map<String, Object> common = read("common");
        return new Loaded(Collections.unmodifiableMap(ps), Collections.unmodifiableMap(as),
                Collections.unmodifiableSet(new LinkedHashSet<>(strings(common.get("regions")))),
                Collections.unmodifiableSet(new LinkedHashSet<>(strings(common.get("zones")))),
                retCodes(common.get("retCodes")), (System.nanoTime() - started) / 1000);
    }

    public Optional<Action> action(String name) {
        return Optional.ofNullable(loaded().actions().get(name));
    }

    /** Every documented action, product by product, in the doc's order. */
    public Map<String, Action> actions() {
        return loaded().actions();
    }

    public Map<String, Product> products() {
        return loaded().products();
    }

    public Set<String> regions() {
        return loaded().regions();
    }

    public Set<String> zones() {
        return loaded().zones();
    }

    /** Whether a zone exists and lies in the region (cn-bj2-03 in cn-bj2). */
    public boolean zoneInRegion(String zone, String region) {
        return zones().contains(zone) && zone.startsWith(region + "-");
    }

    /** The zones of one region, in the doc's order. */
    public List<String> zonesOf(String region) {
        return zones().stream().filter(z -> z.startsWith(region + "-")).toList();
    }

    public Map<Integer, String> commonRetCodes() {
        return loaded().commonRetCodes();
    }

    /** How long loading took, in microseconds (reported in the issue notes); loads the files if not yet done. */
    public long loadMicros() {
        return loaded().loadMicros();
    }

    // ---- loading

    private Map<String, Object> read(String name) {
        String path = "ucloud-api/" + name + ".json";
        try (InputStream in = opener.open(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = JSON.readValue(in, Map.class);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Product product(Map<String, Object> doc, Map<String, Map<String, Object>> corrections,
                                   Map<String, Map<String, Object>> modelCorrections) {
        String name = (String) doc.get("product");
        Map<String, Action> actions = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) doc.get("actions")).forEach((actionName, a) -> {
            Map<String, Param> params = new LinkedHashMap<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) a.get("parameters")) {
                Param param = param(p);
                params.put(param.name, param);
            }
            List<Field> response = new ArrayList<>(fields(a.get("response")));
            List<List<String>> oneOf = new ArrayList<>();
            String why = null;
            Map<String, Object> c = corrections.get(actionName);
            if (c != null) {
                if (!name.equals(c.get("product"))) throw new IllegalStateException("correction of " + actionName + " names another product");
                why = (String) c.get("why");
                for (Map<String, Object> p : (List<Map<String, Object>>) c.getOrDefault("parameters", List.of())) {
                    Param param = param(p);
                    params.put(param.name, param);
                }
                for (Object r : (List<Object>) c.getOrDefault("remove_parameters", List.of())) {
                    if (params.remove((String) r) == null) throw new IllegalStateException("no parameter " + r + " in " + actionName);
                }
                for (Field f : fields(c.getOrDefault("response", List.of()))) {
                    response.removeIf(old -> old.name.equals(f.name));
                    response.add(f);
                }
                for (List<String> group : (List<List<String>>) c.getOrDefault("one_of", List.of())) {
                    for (String g : group) {
                        if (!params.containsKey(g)) throw new IllegalStateException("one_of names unknown " + g + " in " + actionName);
                    }
                    oneOf.add(List.copyOf(group));
                }
            }
            actions.put(actionName, new Action(actionName, name, (String) a.get("page"),
                    Boolean.TRUE.equals(a.get("listed")), Collections.unmodifiableMap(params), List.copyOf(response),
                    List.copyOf(oneOf), why));
        });
        Map<String, List<Field>> models = new LinkedHashMap<>();
        ((Map<String, Object>) doc.getOrDefault("models", Map.of())).forEach((m, f) -> models.put(m, fields(f)));
        modelCorrections.forEach((m, c) -> {
            if (!name.equals(c.get("product"))) return;
            List<Field> fields = new ArrayList<>(Optional.ofNullable(models.get(m))
                    .orElseThrow(() -> new IllegalStateException("correction for unknown model " + m + " of " + name)));
            for (Field f : fields(c.getOrDefault("fields", List.of()))) {
                fields.removeIf(old -> old.name.equals(f.name));
                fields.add(f);
            }
            models.put(m, List.copyOf(fields));
        });
        return new Product(name, Collections.unmodifiableMap(actions), Collections.unmodifiableMap(models),
                retCodes(doc.get("retCodes")));
    }

    @SuppressWarnings("unchecked")
    private static Param param(Map<String, Object> p) {
        List<Param> fields = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) p.getOrDefault("fields", List.of())) fields.add(param(f));
        Type type = Type.of((String) p.get("type"));
        if (type == Type.OBJECT_ARRAY && fields.isEmpty()) throw new IllegalStateException("no fields for " + p.get("name"));
        Object def = p.get("default");
        Param param = new Param((String) p.get("name"), type, Boolean.TRUE.equals(p.get("required")),
                number(p.get("min")), number(p.get("max")), integer(p.get("min_length")), integer(p.get("max_length")),
                p.containsKey("enum") ? strings(p.get("enum")) : List.of(),
                def == null ? null : def instanceof Boolean b ? b.toString().toLowerCase(Locale.ROOT) : def.toString(),
                List.copyOf(fields));
        try {
            param.typedDefault();
        } catch (RuntimeException e) {
            throw new IllegalStateException("default of " + param.name() + " is not a " + param.type(), e);
        }
        return param;
    }

    @SuppressWarnings("unchecked")
    private static List<Field> fields(Object list) {
        List<Field> out = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) list) {
            out.add(new Field((String) f.get("name"), (String) f.get("type"), Boolean.TRUE.equals(f.get("required"))));
        }
        return List.copyOf(out);
    }

    private static Long number(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        return ((List<Object>) o).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, String> retCodes(Object o) {
        Map<Integer, String> out = new LinkedHashMap<>();
        if (o != null) ((Map<String, Object>) o).forEach((k, v) -> out.put(Integer.parseInt(k), String.valueOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
