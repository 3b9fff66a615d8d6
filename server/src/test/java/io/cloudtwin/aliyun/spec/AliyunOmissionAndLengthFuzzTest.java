package io.cloudtwin.aliyun.spec;

import static io.cloudtwin.aliyun.spec.AliyunValidationFuzzTest.with;
import static io.cloudtwin.aliyun.spec.AliyunValidationFuzzTest.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ParamSpec;
import io.cloudtwin.spec.aliyun.Schema;
import io.cloudtwin.support.ServerTestBase;

/**
 * The other half of the metadata fuzz (AliyunValidationFuzzTest sends what must be refused): calls the metadata
 * allows, which may succeed or be refused but must never answer 5xx, and must answer in the cloud's format with a
 * documented (or common) code. For every served action, from its recipe's valid call: each optional parameter left
 * out in turn, all of them at once, and every string parameter (a scalar, or a field of a list's items) at exactly
 * its documented maxLength, or, where the metadata documents none (most names and descriptions), at 128 (the
 * cloud's longest name) and at 1,000 characters: what the cloud takes must fit the store, what it refuses must be refused in its format, and an omitted
 * optional must not reach the store as null.
 */
class AliyunOmissionAndLengthFuzzTest extends ServerTestBase {
    @Autowired
    AliyunSpecs specs;

    record Variation(String what, Map<String, String> params) {}

    @TestFactory
    Stream<DynamicTest> whatTheMetadataAllowsNeverFailsTheServer() {
        return Recipes.all().entries().values().stream().map(entry -> DynamicTest.dynamicTest(
                entry.product() + "." + entry.action(), () -> vary(entry)));
    }

    private void vary(Recipes.Entry entry) throws Exception {
        admin("POST", "/_cloudtwin/reset", null);
        AliyunApi api = new AliyunApi(port);
        ActionSpec spec = specs.product(entry.product()).action(entry.action());
        Map<String, String> valid = entry.success().apply(api);
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Variation v : variations(spec, valid)) {
            String format = n++ % 2 == 0 ? "JSON" : "XML";
            AliyunApi.Reply r = api.send(entry.product(), entry.action(), format, v.params());
            if (r.status() >= 500 || (r.status() != 200 && r.status() < 400)) {
                problems.add(spec + " " + v.what() + ": " + r.status() + " " + r.body());
                continue;
            }
            problems.addAll(SchemaCheck.answer(entry.product(), spec, r.json(), r.status(), r.body())
                    .stream().map(p -> v.what() + ": " + p).toList());
        }
        assertThat(problems).as(spec + " answers every call its metadata allows in the cloud's format").isEmpty();
    }

    @Test
    void variationsComeFromTheMetadata() {
        ActionSpec vswitch = specs.vpc().action("CreateVSwitch");
        Map<String, String> valid = Map.of("RegionId", REGION, "VpcId", "vpc-1", "ZoneId", "cn-hangzhou-h",
                "CidrBlock", "192.168.1.0/24", "VSwitchName", "web");
        var whats = variations(vswitch, valid).stream().map(Variation::what).toList();
        assertThat(whats).contains("RegionId left out", "VSwitchName left out", "every optional parameter left out",
                "VSwitchName of 128 characters", "VSwitchName of 1000 characters", "Tag.1.Key of 1000 characters").doesNotContain("VpcId left out");
    }

    /** The calls the metadata allows, made from a valid one. */
    static final int NAME_LENGTH = 128;
    static final int UNDOCUMENTED_LENGTH = 1000;

    static List<Variation> variations(ActionSpec spec, Map<String, String> valid) {
        List<Variation> out = new ArrayList<>();
        Map<String, String> bare = new LinkedHashMap<>(valid);
        for (ParamSpec p : spec.parameters()) {
            Schema s = p.schema();
            if (s == null || s.required || !present(valid, p.name())) continue;
            out.add(new Variation(p.name() + " left out", without(valid, p.name())));
            bare = without(bare, p.name());
        }
        if (bare.size() < valid.size()) out.add(new Variation("every optional parameter left out", bare));
        for (ParamSpec p : spec.parameters()) {
            Schema s = p.schema();
            if (s == null || "json".equals(p.style())) continue;
            if (s.isScalar() && p.style() == null) {
                for (LongValue l : longStrings(s)) {
                    out.add(new Variation(p.name() + l.what(), with(valid, p.name(), l.value())));
                }
            } else if (s.isArray() && s.items != null && s.items.isObject()) {
                s.items.properties.forEach((field, f) -> {
                    String key = p.name() + ".1." + field;
                    for (LongValue l : longStrings(f)) {
                        out.add(new Variation(key + l.what(), with(valid, key, l.value())));
                    }
                });
            }
        }
        return out;
    }

    record LongValue(String what, String value) {}

    /**
     * A free string's long values (none for what is not a string, or an enum): its documented maxLength; where none
     * is documented, the length of the cloud's names (which the store must hold) and UNDOCUMENTED_LENGTH.
     */
    private static List<LongValue> longStrings(Schema s) {
        if (!"string".equals(s.type) || !s.enumValues.isEmpty()) return List.of();
        if (s.maxLength != null) return List.of(new LongValue(" at maxLength", "a".repeat(s.maxLength)));
        return List.of(new LongValue(" of " + NAME_LENGTH + " characters", "a".repeat(NAME_LENGTH)),
                new LongValue(" of " + UNDOCUMENTED_LENGTH + " characters", "a".repeat(UNDOCUMENTED_LENGTH)));
    }

    private static boolean present(Map<String, String> params, String name) {
        return params.keySet().stream().anyMatch(k -> k.equals(name) || k.startsWith(name + "."));
    }
}
