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
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
        this.jsonArrays = corrections(name);
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
            if (spec == null) spec = new ActionSpec(this, a, JSON.readTree(slice(ranges.get(a))), Map.of());
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

    /** The action's spec; null when the metadata does not know it. */
    public ActionSpec action(String action) {
        if (!knows(action)) return null;
        return actions.computeIfAbsent(action, a -> new ActionSpec(this, a, JSON.readTree(slice(ranges.get(a))),
                jsonArrays.getOrDefault(a, Map.of())));
    }

    /** This product's corrections (aliyun-openapi/corrections.json, next to the metadata): action to parameter to most items. */
    private Map<String, Map<String, Integer>> corrections(String product) {
        String path = resource.substring(0, resource.lastIndexOf('/') + 1) + "corrections.json";
        Map<String, Map<String, Integer>> out = new HashMap<>();
        try (InputStream in = opener.open(path)) {
            if (in == null) return out;
            JSON.readTree(in).path("jsonArrays").path(product).properties().forEach(a -> {
                Map<String, Integer> params = new HashMap<>();
                a.getValue().properties().forEach(p -> params.put(p.getKey(), p.getValue().asInt()));
                if (!knows(a.getKey())) throw new IllegalStateException("correction for unknown action " + a.getKey());
                out.put(a.getKey(), params);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
