package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.dialect.aliyun.spec.ResponseShaper;

/** The renderer's shaping: schema order, types, defaults, list wrapping; and it never hides an unknown field. */
class ResponseShaperTest {
    private static final AliyunSpecs SPECS = new AliyunSpecs();

    @Test
    void fieldsAreOrderedTypedWrappedAndDefaulted() {
        var run = SPECS.ecs().action("RunInstances");
        Map<String, Object> body = ResponseShaper.body(run.response(), "R", Map.of("InstanceIdSets", List.of("i-1")));
        assertThat(body).containsEntry("RequestId", "R").containsEntry("OrderId", "").containsEntry("TradePrice", 0.0)
                .containsEntry("InstanceIdSets", Map.of("InstanceIdSet", List.of("i-1")));
        assertThat(body.keySet()).first().isEqualTo("RequestId");
        assertThat(ResponseShaper.body(run.response(), "R", Map.of("TradePrice", 3)))
                .as("a number field is written as a decimal: the SDKs read TradePrice as a Float")
                .containsEntry("TradePrice", 3.0);
        var describe = SPECS.ecs().action("DescribeInstances");
        Map<String, Object> page = ResponseShaper.body(describe.response(), "R",
                Map.of("TotalCount", 3, "Instances", List.of(Map.of("InstanceId", "i-1", "Cpu", 2))));
        assertThat(page.get("TotalCount")).isEqualTo(3L);
        @SuppressWarnings("unchecked")
        var instance = ((Map<String, List<Map<String, Object>>>) page.get("Instances")).get("Instance").get(0);
        assertThat(instance).containsEntry("Cpu", 2L).containsEntry("DeletionProtection", false)
                .containsEntry("Tags", Map.of("Tag", List.of()));
        assertThat(instance.get("VpcAttributes")).isEqualTo(Map.of("VpcId", "", "NatIpAddress", "", "VSwitchId", "",
                "PrivateIpAddress", Map.of("IpAddress", List.of())));
    }

    @Test
    void aFieldOutsideTheSchemaIsKeptForTheConformanceTestToSee() {
        var create = SPECS.ecs().action("CreateSecurityGroup");
        Map<String, Object> body = ResponseShaper.body(create.response(), "R",
                Map.of("SecurityGroupId", "sg-1", "Invented", "x"));
        assertThat(body).containsEntry("Invented", "x");
    }
}
