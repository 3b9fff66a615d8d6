package io.cloudtwin.aliyun.spec;

import static io.cloudtwin.aliyun.spec.AliyunValidationFuzzTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.support.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values that carry JSON inside a parameter (SLB's BackendServers, AclEntrys and RuleList, the JSON arrays of ids,
 * the auto snapshot policy's time points ...): the metadata types them as strings, so neither fuzz above looks
 * inside. For every served action whose valid call holds such a value: the value replaced by other JSON shapes (empty,
 * null, an object for an array, items of the wrong kind), and, where the items are objects, each field of the first
 * item left out and given a value of every other JSON type. The cloud may take a call or refuse it, but never with a
 * 5xx, and always in its format with a documented (or common) code. A string that decodes to a NUL must be refused,
 * as a raw one is: PostgreSQL cannot hold it, nor even look it up.
 */
class AliyunJsonValueFuzzTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "\u0000";

    @Autowired
    AliyunSpecs specs;

    /** refused: a value the cloud must refuse (a control character decoded from an escape, as a raw one is). */
    record Variation(String what, Map<String, String> params, boolean refused) {
        Variation(String what, Map<String, String> params) {
            this(what, params, false);
        }
    }

    @TestFactory
    Stream<DynamicTest> jsonInsideAParameterNeverFailsTheServer() {
        return Recipes.all().entries().values().stream()
                .filter(entry -> entry.success() != null)
                .map(entry -> DynamicTest.dynamicTest(entry.product() + "." + entry.action(), () -> vary(entry)));
    }

    private void vary(Recipes.Entry entry) throws Exception {
        admin("POST", "/_cloudtwin/reset", null);
        AliyunApi api = new AliyunApi(port);
        ActionSpec spec = specs.product(entry.product()).action(entry.action());
        Map<String, String> valid = entry.success().apply(api);
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Variation v : variations(valid)) {
            String format = n++ % 2 == 0 ? "JSON" : "XML";
            AliyunApi.Reply r = api.send(entry.product(), entry.action(), format, v.params());
            if (r.status() >= 500 || (r.status() != 200 && r.status() < 400) || (v.refused() && r.status() == 200)) {
                problems.add(spec + " " + v.what() + ": " + r.status() + " " + r.body());
                continue;
            }
            problems.addAll(SchemaCheck.answer(entry.product(), spec, r.json(), r.status(), r.body())
                    .stream().map(p -> v.what() + ": " + p).toList());
        }
        assertThat(problems).as(spec + " answers every JSON value in the cloud's format").isEmpty();
    }

    @Test
    void variationsLookInsideTheJson() {
        Map<String, String> valid = Map.of("LoadBalancerId", "lb-1",
                "BackendServers", "[{\"ServerId\":\"i-1\",\"Weight\":\"100\",\"Port\":80}]");
        var whats = variations(valid).stream().map(Variation::what).toList();
        assertThat(whats).contains("BackendServers as []", "BackendServers as {}", "BackendServers as [null]",
                "BackendServers.1.ServerId left out", "BackendServers.1.Weight as null",
                "BackendServers.1.Port as \"x\"", "BackendServers.1.ServerId as {}",
                "BackendServers.1.ServerId holding a NUL")
                .noneMatch(w -> w.startsWith("LoadBalancerId"));
    }

    /** Every variation of every parameter whose valid value is a JSON array or object. */
    static List<Variation> variations(Map<String, String> valid) {
        List<Variation> out = new ArrayList<>();
        valid.forEach((name, value) -> {
            JsonNode tree = parse(value);
            if (tree == null) return;
            for (String other : List.of("[]", "{}", "null", "\"x\"", "1", "[null]", "[[]]", "[1]", "[{}]", "[\"\"]")) {
                if (!other.equals(value)) out.add(new Variation(name + " as " + other, with(valid, name, other)));
            }
            if (!(tree instanceof ArrayNode array) || array.isEmpty()) return;
            if (array.get(0).isString()) {
                ArrayNode nul = array.deepCopy();
                nul.set(0, NODES.stringNode(array.get(0).asString() + NUL));
                out.add(new Variation(name + ".1 holding a NUL", with(valid, name, nul.toString()), true));
            }
            if (!array.get(0).isObject()) return;
            ObjectNode first = (ObjectNode) array.get(0);
            for (String field : first.propertyNames()) {
                if (first.get(field).isString()) {
                    ObjectNode nul = first.deepCopy();
                    nul.put(field, first.get(field).asString() + NUL);
                    out.add(new Variation(name + ".1." + field + " holding a NUL", with(valid, name, withFirst(array, nul)), true));
                }
                out.add(new Variation(name + ".1." + field + " left out",
                        with(valid, name, withFirst(array, first.deepCopy().without(field)))));
                for (JsonNode other : others()) {
                    ObjectNode changed = first.deepCopy();
                    changed.set(field, other);
                    out.add(new Variation(name + ".1." + field + " as " + other, with(valid, name, withFirst(array, changed))));
                }
            }
        });
        return out;
    }

    /** A value of every JSON type, and the strings a number or an id parser trips on. */
    private static List<JsonNode> others() {
        return List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(-1), NODES.numberNode(99999999999L),
                NODES.numberNode(1.5), NODES.stringNode(""), NODES.stringNode("x"), NODES.objectNode(), NODES.arrayNode());
    }

    private static String withFirst(ArrayNode array, ObjectNode first) {
        ArrayNode copy = array.deepCopy();
        copy.set(0, first);
        return copy.toString();
    }

    private static JsonNode parse(String value) {
        if (value == null || !(value.startsWith("[") || value.startsWith("{"))) return null;
        try {
            JsonNode n = JSON.readTree(value);
            return n.isArray() || n.isObject() ? n : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
