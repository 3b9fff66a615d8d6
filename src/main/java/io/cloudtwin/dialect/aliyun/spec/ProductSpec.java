package io.cloudtwin.dialect.aliyun.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Aliyun product (ECS 2014-05-26, VPC 2016-04-28) as its API metadata describes it: version, endpoints (the real
 * region list) and actions. The metadata file is parsed once, on first use; each action's spec is built the first
 * time the action is asked for.
 */
public final class ProductSpec {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final String version;
    private final String hostPrefix;
    private final Map<String, String> endpoints;
    private final JsonNode apis;
    private final Set<String> actionNames;
    private final Map<String, ActionSpec> actions = new ConcurrentHashMap<>();

    ProductSpec(String name, String version, String hostPrefix, String resource) {
        this.name = name;
        this.version = version;
        this.hostPrefix = hostPrefix;
        JsonNode root;
        try (InputStream in = ProductSpec.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing API metadata " + resource);
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!version.equals(root.path("info").path("version").asString())) {
            throw new IllegalStateException(resource + " is not version " + version);
        }
        Map<String, String> ep = new LinkedHashMap<>();
        for (JsonNode e : root.path("endpoints")) ep.put(e.path("regionId").asString(), e.path("endpoint").asString());
        this.endpoints = Collections.unmodifiableMap(ep);
        this.apis = root.path("apis");
        this.actionNames = Collections.unmodifiableSet(new TreeSet<>(apis.propertyNames()));
    }

    /** Ecs or Vpc, as the cloud spells the product (and the Recommend link's product=). */
    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** ecs or vpc: the first label of the product's hosts (ecs.aliyuncs.com, ecs.cn-hangzhou.aliyuncs.com). */
    public String hostPrefix() {
        return hostPrefix;
    }

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
    public Set<String> actionNames() {
        return actionNames;
    }

    public boolean knows(String action) {
        return actionNames.contains(action);
    }

    /** The action's spec; null when the metadata does not know it. */
    public ActionSpec action(String action) {
        if (!knows(action)) return null;
        return actions.computeIfAbsent(action, a -> new ActionSpec(this, a, apis.get(a)));
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
