package io.cloudtwin.spec.aliyun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Aliyun product (ECS 2014-05-26, VPC 2016-04-28) as its API metadata describes it: version, endpoints (the real
 * region list) and actions. On first use the file is read and scanned once with the streaming parser, which
 * notes each action's byte range without building it; an action's spec is read and parsed the first time it is
 * asked for. The file itself is not kept.
 */
public final class ProductSpec {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final String name;
    private final String version;
    private final String hostPrefix;
    private final Map<String, String> endpoints;
    private final String resource;
    private final Map<String, long[]> ranges;
    private final Set<String> actionNames;
    private final Map<String, ActionSpec> actions = new ConcurrentHashMap<>();
    private final Opener opener;
    private final Map<String, Map<String, Integer>> jsonArrays;
    /** optionalFields: action to the dotted paths of request fields the metadata requires and no client sends. */
    private final Map<String, Set<String>> optionalFields;
    private final Map<String, Map<String, Integer>> commaLists;
    private final Map<String, Map<String, JsonNode>> responseFields;
    /** requestFields: action to parameter name to the schema of a parameter the tools send and the metadata lacks. */
    private final Map<String, Map<String, JsonNode>> requestFields;
    private final Set<String> requestIdOnlyWhenAbsent;
    /** aliases: action to the product whose action of the same name it is (deprecated twins of moved actions). */
    private final Map<String, String> aliases;

    /** Where the metadata file is read from: the class path at run time, the source tree for the code generator. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String resource) throws IOException;

        /** Resources of the class path, by absolute name (/aliyun-openapi/ecs-2014-05-26.json). */
        Opener CLASS_PATH = ProductSpec.class::getResourceAsStream;
    }

    public ProductSpec(String name, String version, String hostPrefix, String resource) {
        this(name, version, hostPrefix, resource, Opener.CLASS_PATH);
    }

    public ProductSpec(String name, String version, String hostPrefix, String resource, Opener opener) {
        this.name = name;
        this.version = version;
        this.hostPrefix = hostPrefix;
        this.resource = resource;
        this.opener = opener;
        byte[] bytes = read();
        // one streaming pass: info and endpoints are read, each action is only located (byte range), not parsed
        Map<String, String> ep = new LinkedHashMap<>();
        Map<String, long[]> ranges = new HashMap<>();
        String fileVersion = null;
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalStateException(resource + " is not an object");
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "info" -> fileVersion = JSON.<JsonNode>readTree(p).path("version").asString();
                    case "endpoints" -> {
                        for (JsonNode e : JSON.<JsonNode>readTree(p)) {
                            ep.put(e.path("regionId").asString(), e.path("endpoint").asString());
                        }
                    }
                    case "apis" -> {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String action = p.currentName();
                            p.nextToken();
                            long start = p.currentTokenLocation().getByteOffset();
                            p.skipChildren();
                            ranges.put(action, new long[] {start, p.currentLocation().getByteOffset()});
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        }
        if (!version.equals(fileVersion)) throw new IllegalStateException(resource + " is not version " + version);
        this.endpoints = Collections.unmodifiableMap(ep);
        this.ranges = ranges;
        this.actionNames = Collections.unmodifiableSet(new TreeSet<>(ranges.keySet()));
        JsonNode corrections = corrections();
        this.jsonArrays = jsonArrays(corrections.path("jsonArrays").path(name));
        this.commaLists = jsonArrays(corrections.path("commaLists").path(name));
        this.responseFields = responseFields(corrections.path("responseFields").path(name));
        this.requestFields = responseFields(corrections.path("requestFields").path(name));
        this.optionalFields = optionalFields(corrections.path("optionalFields").path(name));
        this.requestIdOnlyWhenAbsent = Collections.unmodifiableSet(new TreeSet<>(
                corrections.path("requestIdOnlyWhenAbsent").path(name).propertyNames()));
        this.aliases = aliasesOf(corrections.path("aliases").path(name));
    }

    /** Ecs or Vpc, as the cloud spells the product (and the Recommend link's product=). */
    public String name() { return name; }
    public String version() { return version; }

    /** ecs or vpc: the first label of the product's hosts (ecs.aliyuncs.com, ecs.cn-hangzhou.aliyuncs.com). */
    public String hostPrefix() { return hostPrefix; }

    /** The HostId of the product's error bodies. */
    public String hostId() {
        return hostPrefix + ".aliyuncs.com";
    }

    /** Region ids in the metadata's order. */
    public List<String> regions() {
        return new ArrayList<>(endpoints.keySet());
    }

    public boolean hasRegion(String region) {
        return endpoints.containsKey(region);
    }

    /** The region's endpoint host, e.g. ecs.cn-hangzhou.aliyuncs.com. */
    public String endpoint(String region) {
        return endpoints.get(region);
    }

    /** Every action the metadata knows, sorted. */
    public Set<String> actionNames() { return actionNames; }

    public boolean knows(String action) {
        return actionNames.contains(action);
    }

    /**
     * What the product's actions document most often for an error code: its HTTP status and message (a message
     * without %s preferred). Empty when no action documents it. Read once, the first time it is asked for.
     */
    public Optional<ErrorSpec> usualError(String code) {
        Map<String, ErrorSpec> u = usual;
        if (u == null) usual = u = usualErrors();
        return Optional.ofNullable(u.get(code));
    }

    private volatile Map<String, ErrorSpec> usual;

    private Map<String, ErrorSpec> usualErrors() {
        Map<String, Map<ErrorSpec, Integer>> counts = new HashMap<>();
        for (String a : actionNames) {
            ActionSpec spec = actions.get(a);
            if (spec == null) spec = new ActionSpec(this, a, JSON.readTree(slice(ranges.get(a))), Map.of(), Map.of());
            for (ErrorSpec e : spec.errors()) counts.computeIfAbsent(e.code(), k -> new HashMap<>()).merge(e, 1, Integer::sum);
        }
        Map<String, ErrorSpec> out = new HashMap<>();
        counts.forEach((code, byFacts) -> out.put(code, byFacts.entrySet().stream()
                .max(Comparator.<Map.Entry<ErrorSpec, Integer>>comparingInt(
                        e -> e.getKey().message().contains("%s") || e.getKey().message().isBlank() ? 0 : 1)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().status() + e.getKey().message()))
                .orElseThrow().getKey()));
        return out;
    }

    /**
     * Whether a read of the action answers its RequestId alone for what does not exist, as corrections.json
     * (requestIdOnlyWhenAbsent) records with its source.
     */
    public boolean answersRequestIdOnlyWhenAbsent(String action) {
        return requestIdOnlyWhenAbsent.contains(action);
    }

    /**
     * The actions of this product that are another product's action of the same name, as corrections.json (aliases)
     * records them: action to that product (Ecs DescribeVpcs: Vpc). The request is read and the answer written by
     * this product's metadata; the other product's handler serves it.
     */
    public Map<String, String> aliases() {
        return aliases;
    }

    /**
     * The aliases of corrections.json beside a product's metadata (resource), by product: read without loading any
     * product's metadata, so that registering the handlers at start loads none (each loads on first use).
     */
    public static Map<String, Map<String, String>> aliases(String resource) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        corrections(resource, Opener.CLASS_PATH).path("aliases").properties()
                .forEach(p -> out.put(p.getKey(), aliasesOf(p.getValue())));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> aliasesOf(JsonNode product) {
        Map<String, String> out = new TreeMap<>();
        product.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return Collections.unmodifiableMap(out);
    }

    /** The action's spec; null when the metadata does not know it. */
    public ActionSpec action(String action) {
        if (!knows(action)) return null;
        return actions.computeIfAbsent(action, a -> new ActionSpec(this, a, withOptionalFields(withRequestFields(
                withResponseFields(JSON.readTree(slice(ranges.get(a))), responseFields.getOrDefault(a, Map.of())),
                requestFields.getOrDefault(a, Map.of())), optionalFields.getOrDefault(a, Set.of())),
                jsonArrays.getOrDefault(a, Map.of()), commaLists.getOrDefault(a, Map.of())));
    }

    /**
     * The action's metadata with the fields corrections.json adds to its 200 schema: each at a dotted path of
     * properties ({@code Images.Image.Usable}), an array's items entered on the way. An action the metadata gives no
     * response schema at all gets an object one, with RequestId, to hold them.
     */
    private static JsonNode withResponseFields(JsonNode action, Map<String, JsonNode> fields) {
        if (!fields.isEmpty() && action.path("responses").isMissingNode() && action instanceof ObjectNode a) {
            ObjectNode schema = a.putObject("responses").putObject("200").putObject("schema");
            schema.put("type", "object");
            schema.putObject("properties").putObject("RequestId").put("type", "string");
        }
        fields.forEach((path, schema) -> {
            JsonNode at = action.path("responses").path("200").path("schema");
            String[] names = path.split("\\.");
            for (int i = 0; i < names.length - 1; i++) {
                at = at.path("properties").path(names[i]);
                if ("array".equals(at.path("type").asString())) at = at.path("items");
            }
            if (!(at.path("properties") instanceof ObjectNode properties)) {
                throw new IllegalStateException("correction " + path + ": no such object in the response");
            }
            if (properties.has(names[names.length - 1])) {
                throw new IllegalStateException("correction " + path + ": the metadata has it already");
            }
            properties.set(names[names.length - 1], schema);
        });
        return action;
    }

    /** The action's metadata with the query parameters corrections.json adds, each optional, after its own. */
    private static JsonNode withRequestFields(JsonNode action, Map<String, JsonNode> fields) {
        fields.forEach((name, schema) -> {
            if (!(action.path("parameters") instanceof ArrayNode parameters)) {
                throw new IllegalStateException("correction " + name + ": the action has no parameters");
            }
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", name);
            parameter.put("in", "query");
            parameter.set("schema", schema);
        });
        return action;
    }

    /**
     * The action's metadata with the request fields corrections.json makes optional: each a dotted path from a
     * parameter through its items and properties ({@code IngressRules.IpVersion}).
     */
    private static JsonNode withOptionalFields(JsonNode action, Set<String> paths) {
        for (String path : paths) {
            String[] names = path.split("\\.");
            JsonNode at = null;
            for (JsonNode p : action.path("parameters")) {
                if (p.path("name").asString().equals(names[0])) at = p.path("schema");
            }
            for (int i = 1; at != null && i < names.length; i++) {
                if ("array".equals(at.path("type").asString())) at = at.path("items");
                at = at.path("properties").path(names[i]);
            }
            if (!(at instanceof ObjectNode field)) throw new IllegalStateException("correction " + path + ": no such field");
            field.put("required", false);
        }
        return action;
    }

    /** optionalFields: action to the dotted paths of fields (each entry cites its source). */
    private Map<String, Set<String>> optionalFields(JsonNode product) {
        Map<String, Set<String>> out = new HashMap<>();
        product.properties().forEach(a -> {
            Set<String> paths = new TreeSet<>();
            a.getValue().properties().forEach(f -> {
                if (f.getValue().asString().isBlank()) {
                    throw new IllegalStateException("correction " + f.getKey() + " cites no source");
                }
                paths.add(f.getKey());
            });
            out.put(known(a.getKey()), paths);
        });
        return out;
    }

    /** aliyun-openapi/corrections.json, next to the metadata; an empty object when there is none. */
    private JsonNode corrections() {
        return corrections(resource, opener);
    }

    private static JsonNode corrections(String resource, Opener opener) {
        String path = resource.substring(0, resource.lastIndexOf('/') + 1) + "corrections.json";
        try (InputStream in = opener.open(path)) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jsonArrays and commaLists: action to parameter to most items. */
    private Map<String, Map<String, Integer>> jsonArrays(JsonNode product) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        product.properties().forEach(a -> {
            Map<String, Integer> params = new HashMap<>();
            a.getValue().properties().forEach(p -> params.put(p.getKey(), p.getValue().asInt()));
            out.put(known(a.getKey()), params);
        });
        return out;
    }

    /** responseFields: action to dotted path to the field's schema (its "source" is for readers, not kept). */
    private Map<String, Map<String, JsonNode>> responseFields(JsonNode product) {
        Map<String, Map<String, JsonNode>> out = new HashMap<>();
        product.properties().forEach(a -> {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            a.getValue().properties().forEach(f -> {
                if (!f.getValue().hasNonNull("source")) throw new IllegalStateException("correction " + f.getKey() + " cites no source");
                ObjectNode schema = (ObjectNode) f.getValue().deepCopy();
                schema.remove("source");
                fields.put(f.getKey(), schema);
            });
            out.put(known(a.getKey()), fields);
        });
        return out;
    }

    private String known(String action) {
        if (!knows(action)) throw new IllegalStateException("correction for unknown action " + action);
        return action;
    }

    private byte[] read() {
        try (InputStream in = opener.open(resource)) {
            if (in == null) throw new IllegalStateException("missing API metadata " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One action's bytes, read again from the resource: the file (1.2 MB for ECS) is not kept in memory, since
     * the server's resident-memory budget is tight; each action is read once (a few ms), then its spec is cached.
     */
    private byte[] slice(long[] range) {
        try (InputStream in = opener.open(resource)) {
            if (in == null) throw new IllegalStateException("missing API metadata " + resource);
            in.skipNBytes(range[0]);
            return in.readNBytes((int) (range[1] - range[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
