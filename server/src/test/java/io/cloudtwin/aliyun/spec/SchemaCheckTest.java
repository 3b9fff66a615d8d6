package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.ActionSpec;

/** The conformance check catches what a wrong handler would answer: unknown fields and codes, wrong types and wrapping. */
class SchemaCheckTest {
    private static final AliyunSpecs SPECS = new AliyunSpecs();

    private static ActionSpec ecs(String action) {
        return SPECS.ecs().action(action);
    }

    @Test
    void aConformingAnswerPasses() {
        String json = "{\"RequestId\":\"R\",\"SecurityGroupId\":\"sg-1\"}";
        assertThat(SchemaCheck.answer("Ecs", ecs("CreateSecurityGroup"), true, 200, json)).isEmpty();
        String xml = "<?xml version=\"1.0\"?><CreateSecurityGroupResponse><RequestId>R</RequestId>"
                + "<SecurityGroupId>sg-1</SecurityGroupId></CreateSecurityGroupResponse>";
        assertThat(SchemaCheck.answer("Ecs", ecs("CreateSecurityGroup"), false, 200, xml)).isEmpty();
    }

    @Test
    void aFieldOutsideTheSchemaFails() {
        String json = "{\"RequestId\":\"R\",\"SecurityGroupId\":\"sg-1\",\"Invented\":1}";
        assertThat(SchemaCheck.answer("Ecs", ecs("CreateSecurityGroup"), true, 200, json))
                .anyMatch(v -> v.contains("Invented"));
        String xml = "<CreateSecurityGroupResponse><RequestId>R</RequestId><SecurityGroupId>sg-1</SecurityGroupId>"
                + "<Invented>1</Invented></CreateSecurityGroupResponse>";
        assertThat(SchemaCheck.answer("Ecs", ecs("CreateSecurityGroup"), false, 200, xml))
                .anyMatch(v -> v.contains("Invented"));
    }

    @Test
    void wrongTypesAndWrappingFail() {
        ActionSpec run = ecs("RunInstances");
        // a bare list where the schema wraps it
        String bare = "{\"RequestId\":\"R\",\"OrderId\":\"\",\"TradePrice\":0,\"InstanceIdSets\":[\"i-1\"]}";
        assertThat(SchemaCheck.answer("Ecs", run, true, 200, bare)).anyMatch(v -> v.contains("InstanceIdSets"));
        // a number written as a string
        String typed = "{\"RequestId\":\"R\",\"OrderId\":\"\",\"TradePrice\":\"0\",\"InstanceIdSets\":{\"InstanceIdSet\":[]}}";
        assertThat(SchemaCheck.answer("Ecs", run, true, 200, typed)).anyMatch(v -> v.contains("TradePrice"));
        // a documented field left out
        String missing = "{\"RequestId\":\"R\",\"InstanceIdSets\":{\"InstanceIdSet\":[]}}";
        assertThat(SchemaCheck.answer("Ecs", run, true, 200, missing)).anyMatch(v -> v.contains("OrderId"));
        String xmlBool = "<DescribeInstancesResponse><RequestId>R</RequestId><TotalCount>yes</TotalCount>"
                + "</DescribeInstancesResponse>";
        assertThat(SchemaCheck.answer("Ecs", ecs("DescribeInstances"), false, 200, xmlBool))
                .anyMatch(v -> v.contains("TotalCount"));
    }

    @Test
    void codesMustBeDocumentedWithTheirStatusOrCommon() {
        ActionSpec leave = ecs("LeaveSecurityGroup");
        assertThat(SchemaCheck.code("Ecs", leave, 403, "InstanceLastSecurityGroup")).isEmpty();
        assertThat(SchemaCheck.code("Ecs", leave, 400, "MissingParameter")).isEmpty();
        assertThat(SchemaCheck.code("Ecs", leave, 404, "InstanceLastSecurityGroup")).isNotEmpty();
        assertThat(SchemaCheck.code("Ecs", leave, 400, "InventedCode")).isNotEmpty();
        assertThat(SchemaCheck.code("Ecs", leave, 500, "InternalError")).isNotEmpty();
    }

    /** Not-found answers carry the metadata's message, never an internal constant (issue 24: "GROUP_NOT_FOUND sg-..."). */
    @Test
    void aMessageMustBeTheMetadatas() {
        assertThat(SchemaCheck.documentedMessage("The specified SecurityGroupId does not exist.",
                "The specified SecurityGroupId does not exist.")).isTrue();
        assertThat(SchemaCheck.documentedMessage("The specified %s does not exist.", "The specified sg-1 does not exist."))
                .isTrue();
        assertThat(SchemaCheck.documentedMessage("The specified SecurityGroupId does not exist.", "GROUP_NOT_FOUND sg-1"))
                .isFalse();
    }
}
