package io.cloudtwin.it;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * What the store holds, read from the state export (GET /_cloudtwin/state) as flat facts: a key per resource (its id,
 * valued with its kind and name) and per thing that hangs on one ("id/member/sg-..", "id/tag/key", "id/rule/22/22").
 * The resource a fact hangs on is its owner: the part of the key before the first '/'. Writers name every resource
 * they make with their own prefix, so the facts of one writer are those whose owner's name starts with it.
 */
final class StoreFacts {
    final Map<String, String> all = new TreeMap<>();

    static StoreFacts of(JsonNode state) {
        StoreFacts f = new StoreFacts();
        for (JsonNode g : state.path("securityGroups")) {
            String id = g.get("id").asString();
            f.all.put(id, "group|" + g.get("name").asString() + "|" + g.get("vpcId").asString());
            for (JsonNode r : g.path("rules")) {
                // Aliyun answers no rule id; UCloud's rule id is what a writer deletes by
                f.all.put(id + "/rule/" + r.get("direction").asString() + "/" + r.get("dstPort").asString(),
                        g.get("cloud").asString().equals("ucloud") ? r.get("id").asString() : "1");
            }
        }
        for (JsonNode h : state.path("instances")) {
            String id = h.get("id").asString();
            f.all.put(id, "host|" + h.get("name").asString() + "|" + h.get("status").asString() + "|"
                    + h.get("subnetId").asString());
            for (JsonNode b : h.path("securityGroups")) f.all.put(id + "/member/" + b.get("id").asString(), "1");
            if (h.hasNonNull("firewall")) f.all.put(id + "/firewall", h.get("firewall").asString());
        }
        for (JsonNode v : state.path("vpcs")) {
            f.all.put(v.get("id").asString(), "vpc|" + v.get("name").asString() + "|" + v.get("cidrBlocks").get(0).asString());
        }
        for (JsonNode s : state.path("subnets")) {
            f.all.put(s.get("id").asString(), "subnet|" + s.get("name").asString() + "|" + s.get("vpcId").asString()
                    + "|" + s.get("cidrBlock").asString());
        }
        for (JsonNode fw : state.path("firewalls")) {
            String id = fw.get("id").asString();
            f.all.put(id, "firewall|" + fw.get("name").asString());
            for (JsonNode r : fw.path("rules")) f.all.put(id + "/rule/" + r.asString(), "1");
        }
        for (JsonNode t : state.path("tags")) {
            f.all.put(t.get("resourceId").asString() + "/tag/" + t.get("key").asString(), t.get("value").asString());
        }
        for (JsonNode e : state.path("networkInterfaces")) {
            String id = e.get("id").asString();
            f.all.put(id, "eni|" + e.get("name").asString() + "|" + e.get("subnetId").asString());
            if (e.hasNonNull("instanceId")) f.all.put(id + "/instance", e.get("instanceId").asString());
            for (JsonNode g : e.path("securityGroups")) f.all.put(id + "/member/" + g.asString(), "1");
        }
        return f;
    }

    static String owner(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    /** The name of a resource fact ("group|w3-sg-7" is named w3-sg-7). */
    static String name(String resourceValue) {
        return resourceValue.split("\\|", -1)[1];
    }

    /** The facts whose owner's name starts with prefix. */
    Map<String, String> named(String prefix) {
        Map<String, String> out = new TreeMap<>();
        all.forEach((k, v) -> {
            String owner = all.get(owner(k));
            if (owner != null && name(owner).startsWith(prefix)) out.put(k, v);
        });
        return out;
    }

    /** Facts about a resource the store no longer has (a tag, a binding or a rule left behind by a deletion). */
    Map<String, String> dangling() {
        Map<String, String> out = new TreeMap<>();
        all.forEach((k, v) -> {
            if (!all.containsKey(owner(k))) out.put(k, v);
        });
        return out;
    }
}
