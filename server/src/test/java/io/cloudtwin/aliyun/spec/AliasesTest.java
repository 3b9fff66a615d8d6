package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ParamSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * What makes an alias (corrections.json aliases: ECS's deprecated twins of VPC actions) safe to serve with the other
 * product's handler: the alias is deprecated in its own metadata, every parameter it declares is declared by the
 * serving action with the same style and type (its items' fields among the serving one's; but one, ignored), and every field of its answer schema is a field of the serving
 * action's, of the same type (but one, answered empty). So the handler reads nothing it could not read from its own product's request, and the
 * answer, cut to the alias's schema, holds only what the serving action answers.
 */
class AliasesTest {
    /** The one field an alias documents that its serving action does not: the older gateways' bandwidth packages. */
    private static final Map<String, Map<String, String>> UNANSWERED = Map.of("Ecs DescribeNatGateways", Map.of(
            "/NatGateways/NatGateway[]/BandwidthPackageIds/BandwidthPackageId", "array",
            "/NatGateways/NatGateway[]/BandwidthPackageIds/BandwidthPackageId[]", "string"));

    /** The parameter an alias declares that its serving action does not, so ignores (the classic UserCidr). */
    private static final Map<String, Set<String>> IGNORED = Map.ofEntries(
            Map.entry("Ecs ModifyVpcAttribute", Set.of("UserCidr")),
            Map.entry("Ecs DescribePhysicalConnections", Set.of("UserCidr")),
            Map.entry("Ecs ModifyPhysicalConnectionAttribute", Set.of("UserCidr")),
            Map.entry("Ecs CancelPhysicalConnection", Set.of("UserCidr")),
            Map.entry("Ecs TerminatePhysicalConnection", Set.of("UserCidr")),
            Map.entry("Ecs DeleteVirtualBorderRouter", Set.of("UserCidr")),
            Map.entry("Ecs ModifyVirtualBorderRouterAttribute", Set.of("UserCidr")),
            Map.entry("Ecs TerminateVirtualBorderRouter", Set.of("UserCidr")),
            Map.entry("Ecs RecoverVirtualBorderRouter", Set.of("UserCidr")));

    private final AliyunSpecs specs = new AliyunSpecs();

    @Test
    void ecsHasAliasesOfTheVpcProduct() {
        assertThat(specs.ecs().aliases()).containsEntry("DescribeVpcs", AliyunSpecs.VPC)
                .containsEntry("CreateHaVip", AliyunSpecs.VPC).hasSizeGreaterThanOrEqualTo(29);
        // what the handlers are registered with at start, read without loading any product's metadata
        assertThat(ProductSpec.aliases(AliyunProduct.ECS.resource()))
                .isEqualTo(Map.of(AliyunSpecs.ECS, specs.ecs().aliases()));
    }

    @Test
    void everyAliasIsDeprecatedAndASubsetOfTheActionThatServesIt() {
        for (ProductSpec product : specs.all()) {
            product.aliases().forEach((action, servedBy) -> {
                ActionSpec alias = product.action(action);
                ActionSpec served = specs.product(servedBy).action(action);
                String name = product.name() + " " + action;
                assertThat(alias).as(name).isNotNull();
                assertThat(served).as(servedBy + " " + action).isNotNull();
                assertThat(alias.deprecated()).as(name + " deprecated").isTrue();
                for (ParamSpec p : alias.parameters()) {
                    if (IGNORED.getOrDefault(name, Set.of()).contains(p.name())) {
                        assertThat(served.parameter(p.name())).as(name + " ignores " + p.name()).isEmpty();
                        continue;
                    }
                    var twin = served.parameter(p.name());
                    assertThat(twin).as(name + " parameter " + p.name()).isPresent();
                    assertThat(twin.get().style()).as(name + " style of " + p.name()).isEqualTo(p.style());
                    assertThat(fields(twin.get().schema(), "", new TreeMap<>())).as(name + " type of " + p.name())
                            .containsAllEntriesOf(fields(p.schema(), "", new TreeMap<>()));
                }
                Map<String, String> answered = fields(served.response(), "", new TreeMap<>());
                Map<String, String> unanswered = new TreeMap<>();
                fields(alias.response(), "", new TreeMap<>()).forEach((field, type) -> {
                    if (answered.containsKey(field)) {
                        assertThat(answered.get(field)).as(name + " type of answer field " + field).isEqualTo(type);
                    } else {
                        unanswered.put(field, type);
                    }
                });
                assertThat(unanswered).as(name + " answer fields the serving action has not (answered empty)")
                        .isEqualTo(UNANSWERED.getOrDefault(name, Map.of()));
            });
        }
    }

    /** Every field of a schema by its path (array items as []), with its type. */
    private static Map<String, String> fields(Schema s, String path, Map<String, String> out) {
        if (s == null) return out;
        out.put(path, s.type);
        if (s.items != null) fields(s.items, path + "[]", out);
        s.properties.forEach((k, v) -> fields(v, path + "/" + k, out));
        return out;
    }
}
