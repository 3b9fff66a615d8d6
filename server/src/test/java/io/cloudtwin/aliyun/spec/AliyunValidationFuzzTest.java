package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ParamSpec;
import io.cloudtwin.spec.aliyun.Schema;
import io.cloudtwin.support.ServerTestBase;

/**
 * Validation fuzzed from the metadata: for every served action, starting from its recipe's valid call, each
 * required parameter left out, each typed parameter given a value of another type, each bounded one a value past
 * its minimum/maximum, each string one past its maxLength or outside its enum, each list one past its maxItems, and
 * an unknown RegionId must get a 4xx in the cloud's error format with a code the action documents (or a common one),
 * never a 5xx, and change nothing in the store.
 */
class AliyunValidationFuzzTest extends ServerTestBase {
    @Autowired
    AliyunSpecs specs;

    record Mutation(String what, Map<String, String> params) {}

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedAndChangesNothing() {
        return Recipes.all().entries().values().stream().map(entry -> DynamicTest.dynamicTest(
                entry.product() + "." + entry.action(), () -> fuzz(entry)));
    }

    private void fuzz(Recipes.Entry entry) throws Exception {
        admin("POST", "/_cloudtwin/reset", null);
        AliyunApi api = new AliyunApi(port);
        ActionSpec spec = specs.product(entry.product()).action(entry.action());
        Map<String, String> valid = entry.success().apply(api);
        List<Mutation> mutations = mutations(spec, valid);
        assertThat(mutations).as(spec + " has something to fuzz").isNotEmpty();
        var before = everyRow();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Mutation m : mutations) {
            String format = n++ % 2 == 0 ? "JSON" : "XML";
            AliyunApi.Reply r = api.send(entry.product(), entry.action(), format, m.params());
            if (r.status() < 400 || r.status() > 499) {
                problems.add(spec + " " + m.what() + ": " + r.status() + " " + r.body());
                continue;
            }
            problems.addAll(SchemaCheck.answer(entry.product(), spec, r.json(), r.status(), r.body())
                    .stream().map(p -> m.what() + ": " + p).toList());
        }
        assertThat(problems).as(spec + " refuses bad input the cloud's way").isEmpty();
        assertThat(everyRow()).as(spec + ": refused requests changed nothing").isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void mutationsComeFromTheMetadata() {
        ActionSpec run = specs.ecs().action("RunInstances");
        var whats = mutations(run, Map.of("RegionId", REGION, "SecurityGroupIds.1", "sg-1")).stream()
                .map(Mutation::what).toList();
        assertThat(whats).contains("RegionId left out", "RegionId unknown", "Amount below minimum",
                "Amount above maximum", "Amount not an integer", "SecurityGroupIds past maxItems", "DryRun not a boolean",
                "SpotPriceLimit not a number", "Tag past maxItems");
        assertThat(whats.size()).isGreaterThan(50);
    }

    /** The mutations of a valid call the metadata says must be refused. */
    static List<Mutation> mutations(ActionSpec spec, Map<String, String> valid) {
        List<Mutation> out = new ArrayList<>();
        out.add(new Mutation("RegionId unknown", with(valid, "RegionId", "xx-nowhere-1")));
        for (ParamSpec p : spec.parameters()) {
            Schema s = p.schema();
            if (s == null) continue;
            String name = p.name();
            if (s.required && (valid.containsKey(name) || valid.keySet().stream().anyMatch(k -> k.startsWith(name + ".")))) {
                out.add(new Mutation(name + " left out", without(valid, name)));
            }
            if ("json".equals(p.style())) {
                out.add(new Mutation(name + " not JSON", with(valid, name, "{not json")));
                continue;
            }
            if (s.isArray() && ("repeatList".equals(p.style()) || "flat".equals(p.style()))) {
                Schema items = s.items;
                String field = items != null && items.isObject() && !items.properties.isEmpty()
                        ? "." + items.properties.keySet().iterator().next() : "";
                if (s.maxItems != null) {
                    out.add(new Mutation(name + " past maxItems", with(valid, name + "." + (s.maxItems + 1) + field, "x")));
                }
                out.add(new Mutation(name + ".0", with(valid, name + ".0" + field, "x")));
                if (items != null && !items.isObject() && !items.isArray()) {
                    scalar(name + ".1", items).forEach(m -> out.add(new Mutation(m.what(), with(valid, name + ".1", m.params().get("v")))));
                }
                continue;
            }
            if (s.isScalar() && p.style() == null) {
                for (Mutation m : scalar(name, s)) out.add(new Mutation(m.what(), with(valid, name, m.params().get("v"))));
            }
        }
        return out;
    }

    /** Values a scalar of this schema must refuse, as {"v": value}. */
    private static List<Mutation> scalar(String name, Schema s) {
        List<Mutation> out = new ArrayList<>();
        switch (s.type) {
            case "integer" -> {
                out.add(new Mutation(name + " not an integer", Map.of("v", "1x")));
                if (!"int64".equals(s.format)) out.add(new Mutation(name + " past int32", Map.of("v", "99999999999")));
                if (s.minimum != null) out.add(new Mutation(name + " below minimum", Map.of("v", s.minimum.subtract(BigDecimal.ONE).toPlainString())));
                if (s.maximum != null) out.add(new Mutation(name + " above maximum", Map.of("v", s.maximum.add(BigDecimal.ONE).toPlainString())));
            }
            case "number" -> {
                out.add(new Mutation(name + " not a number", Map.of("v", "one")));
                if (s.minimum != null) out.add(new Mutation(name + " below minimum", Map.of("v", s.minimum.subtract(BigDecimal.ONE).toPlainString())));
                if (s.maximum != null) out.add(new Mutation(name + " above maximum", Map.of("v", s.maximum.add(BigDecimal.ONE).toPlainString())));
            }
            case "boolean" -> out.add(new Mutation(name + " not a boolean", Map.of("v", "maybe")));
            default -> {
                if (s.maxLength != null) out.add(new Mutation(name + " past maxLength", Map.of("v", "x".repeat(s.maxLength + 1))));
                if (!s.enumValues.isEmpty()) out.add(new Mutation(name + " outside its enum", Map.of("v", "NotInTheEnum")));
            }
        }
        return out;
    }

    /** The call without a parameter (and its list items or fields). */
    static Map<String, String> without(Map<String, String> valid, String name) {
        Map<String, String> m = new LinkedHashMap<>(valid);
        m.keySet().removeIf(k -> k.equals(name) || k.startsWith(name + "."));
        return m;
    }

    static Map<String, String> with(Map<String, String> valid, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(valid);
        m.put(key, value);
        return m;
    }

    /** Every row of every table but the signature nonces (which every request adds to). */
    private List<Map<String, Object>> everyRow() {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> tables = jdbc.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' "
                + "AND LOWER(TABLE_NAME) NOT LIKE 'flyway%' AND LOWER(TABLE_NAME) <> 'signature_nonce' ORDER BY TABLE_NAME")
                .query(String.class).list();
        assertThat(tables).as("the store's tables").isNotEmpty();
        for (String t : tables) {
            List<Map<String, Object>> r = jdbc.sql("SELECT * FROM " + t).query().listOfRows();
            r.sort(java.util.Comparator.comparing(Object::toString));
            rows.add(Map.of("table", t));
            rows.addAll(r);
        }
        return rows;
    }
}
