package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.CloudEndpoint;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.support.ServerTestBase;

/**
 * Walks the metadata for every served action (ECS and VPC): its recipe's successful call answered in JSON and in XML
 * must match the action's response schema, and each failing call of the recipe must answer its code, documented for
 * the action with the same HTTP status or common (SchemaCheck). Every served action must have a recipe. Besides,
 * AnswerRecorder checks every Aliyun answer of every server test run in this JVM (this class runs last); none may
 * break the metadata.
 */
@org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: see src/test/resources/junit-platform.properties
class AliyunConformanceTest extends ServerTestBase {
    @Autowired
    CloudEndpoint endpoint;
    @Autowired
    AliyunSpecs specs;

    private Set<String> served() {
        Set<String> out = new TreeSet<>();
        for (AliyunProduct p : AliyunProduct.values()) {
            String product = p.cloudName();
            for (String a : endpoint.served(Cloud.ALIYUN).actions(product)) out.add(product + "." + a);
        }
        return out;
    }

    @Test
    void everyServedActionIsInTheMetadataAndHasARecipe() {
        Recipes recipes = Recipes.all();
        for (String key : served()) {
            String[] pa = key.split("\\.");
            assertThat(specs.product(pa[0]).knows(pa[1])).as(key + " is in the metadata").isTrue();
        }
        assertThat(recipes.entries().keySet()).as("recipes for served actions (Recipes.RecipeBook)")
                .containsAll(served());
        assertThat(served()).as("recipes only for served actions").containsAll(recipes.entries().keySet());
    }

    @TestFactory
    Stream<DynamicTest> servedActionsAnswerInTheirSchema() {
        Recipes recipes = Recipes.all();
        return recipes.entries().values().stream().map(entry -> DynamicTest.dynamicTest(
                entry.product() + "." + entry.action(), () -> conform(entry)));
    }

    /**
     * Where the metadata makes RegionId optional, a served action works without it (the Tea SDK sends only what the
     * request model holds): the recipe's successful call, RegionId left out, still answers 200.
     */
    @TestFactory
    Stream<DynamicTest> anOptionalRegionIdCanBeLeftOut() {
        return Recipes.all().entries().values().stream()
                .filter(e -> specs.product(e.product()).action(e.action()).parameter("RegionId")
                        .map(p -> !p.required()).orElse(false))
                .map(entry -> DynamicTest.dynamicTest(entry.product() + "." + entry.action(), () -> {
                    admin("POST", "/_cloudtwin/reset", null);
                    AliyunApi api = new AliyunApi(port);
                    Map<String, String> params = new LinkedHashMap<>(entry.success().apply(api));
                    params.remove("RegionId");
                    AliyunApi.Reply r = api.send(entry.product(), entry.action(), "JSON", params);
                    assertThat(r.status()).as(entry.product() + "." + entry.action() + " without RegionId: " + r.body())
                            .isEqualTo(200);
                }));
    }

    private void conform(Recipes.Entry entry) throws Exception {
        AliyunApi api = new AliyunApi(port);
        ActionSpec spec = specs.product(entry.product()).action(entry.action());
        List<String> problems = new ArrayList<>();
        for (String format : List.of("JSON", "XML")) {
            admin("POST", "/_cloudtwin/reset", null);
            Map<String, String> params = entry.success().apply(api);
            AliyunApi.Reply r = api.send(entry.product(), entry.action(), format, params);
            assertThat(r.status()).as(spec + " " + format + " " + r.body()).isEqualTo(200);
            assertThat(r.json()).isEqualTo(format.equals("JSON"));
            problems.addAll(SchemaCheck.answer(entry.product(), spec, r.json(), r.status(), r.body()));
        }
        for (Recipes.Failure f : entry.failures()) {
            for (String format : List.of("JSON", "XML")) {
                admin("POST", "/_cloudtwin/reset", null);
                AliyunApi.Reply r = api.send(entry.product(), entry.action(), format, f.recipe().apply(api));
                assertThat(r.status()).as(spec + " " + f.code() + " " + r.body()).isBetween(400, 599);
                String code = r.json() ? r.tree().path("Code").asString()
                        : r.body().replaceAll("(?s).*<Code>(.*)</Code>.*", "$1");
                assertThat(code).as(spec + " " + r.body()).isEqualTo(f.code());
                problems.addAll(SchemaCheck.answer(entry.product(), spec, r.json(), r.status(), r.body()));
            }
        }
        assertThat(problems).as(spec + " conforms to its metadata").isEmpty();
    }

    @Test
    void everyAnswerRecordedSoFarConforms() {
        new AliyunApi(port).ecs("DescribeRegions");
        assertThat(AnswerRecorder.answers()).isPositive();
        assertThat(AnswerRecorder.violations()).as("answers that break the metadata").isEmpty();
    }
}
