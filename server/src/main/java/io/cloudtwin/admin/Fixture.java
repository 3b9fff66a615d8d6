package io.cloudtwin.admin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.cloudtwin.core.InvalidFixture;

/**
 * The emulator's state as a document: what a seed file holds and what GET /_cloudtwin/state exports, in JSON or
 * YAML. "accounts", then one list per section (core.StateSection: "vpcs", "subnets", "securityGroups", "firewalls",
 * "instances", "networkInterfaces", "tags", ...), each entry one resource. Ids are optional on import (new ones are
 * made); an id that already exists is left as it is, so importing the same file twice, or from several processes
 * sharing one store, changes nothing the second time.
 */
public final class Fixture {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final ObjectNode document;

    private Fixture(ObjectNode document) {
        this.document = document;
    }

    /** A document from its sections (export). */
    public static Fixture of(Map<String, ?> sections) {
        return new Fixture(JSON.valueToTree(sections));
    }

    /** Reads a document; JacksonException when it is not JSON (or YAML) at all. */
    public static Fixture parse(byte[] body, boolean yaml) {
        JsonNode tree = yaml ? YAML.readTree(body) : JSON.readTree(body);
        if (tree == null || tree.isNull() || tree.isMissingNode()) return new Fixture(JSON.createObjectNode());
        if (!tree.isObject()) throw new InvalidFixture("a fixture is a map of sections (accounts, vpcs, instances, ...)");
        return new Fixture((ObjectNode) tree);
    }

    /** The names of the sections the document has. */
    public List<String> sections() {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = document.propertyNames().iterator(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** One section's entries as their document type; empty when the document lacks the section. */
    public <D> List<D> section(String name, Class<D> type) {
        JsonNode list = document.get(name);
        if (list == null || list.isNull()) return List.of();
        if (!list.isArray()) throw new InvalidFixture(name + " is a list");
        List<D> out = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : list) {
            try {
                D d = JSON.treeToValue(entry, type);
                if (d == null) throw new InvalidFixture(name + "[" + i + "] is empty");
                out.add(d);
            } catch (JacksonException | IllegalArgumentException e) {
                throw new InvalidFixture(name + "[" + i + "]: " + e.getMessage());
            }
            i++;
        }
        return out;
    }

    public byte[] json() {
        return JSON.writeValueAsBytes(document);
    }

    public byte[] yaml() {
        return YAML.writeValueAsBytes(document);
    }
}
