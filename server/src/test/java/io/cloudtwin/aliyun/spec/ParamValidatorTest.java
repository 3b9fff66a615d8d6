package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.dialect.aliyun.spec.Params;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;

/** The metadata's list styles, types and codes, one by one, on real actions of both products. */
class ParamValidatorTest {
    private static final AliyunSpecs SPECS = new AliyunSpecs();

    private static ActionSpec ecs(String a) {
        return SPECS.ecs().action(a);
    }

    private static ActionSpec vpc(String a) {
        return SPECS.vpc().action(a);
    }

    private static AliyunException refused(ActionSpec a, Map<String, String> raw) {
        return catchThrowableOfType(AliyunException.class, () -> Params.validate(a, raw));
    }

    @Test
    void repeatListsOfStringsAndObjects() {
        Params p = Params.validate(ecs("RunInstances"), Map.of("RegionId", "cn-hangzhou", "SecurityGroupIds.2", "sg-b",
                "SecurityGroupIds.1", "sg-a", "Tag.1.Key", "env", "Tag.1.Value", "prod", "Tag.2.Key", "team",
                "Amount", "3", "DryRun", "TRUE"));
        assertThat(p.list("SecurityGroupIds")).containsExactly("sg-a", "sg-b");
        assertThat(p.tags("Tag")).containsExactly(Map.entry("env", "prod"), Map.entry("team", ""));
        assertThat(p.integer("Amount", 1)).isEqualTo(3);
        assertThat(p.bool("DryRun", false)).isTrue();
        assertThat(p.list("HostNames")).isEmpty();
        AliyunException tooMany = refused(ecs("DescribeInstances"), Map.of("RegionId", "cn-hangzhou", "Tag.21.Key", "k"));
        assertThat(tooMany.code()).isEqualTo("InvalidParameter");
        assertThat(tooMany.answerMessage()).contains("Tag");
        assertThat(refused(ecs("RunInstances"), Map.of("RegionId", "cn-hangzhou", "SecurityGroupIds.0", "sg")).code())
                .isEqualTo("InvalidParameter");
    }

    @Test
    void flatObjectsJsonAndSimpleStyles() {
        ActionSpec auth = ecs("AuthorizeSecurityGroup");
        Params p = Params.validate(auth, Map.of("RegionId", "cn-hangzhou", "SecurityGroupId", "sg-1",
                "Permissions.1.IpProtocol", "tcp", "Permissions.1.PortRange", "22/22", "Permissions.2.IpProtocol", "icmp"));
        assertThat(p.objects("Permissions")).extracting(o -> o.string("IpProtocol")).containsExactly("tcp", "icmp");
        ActionSpec group = ecs("CreateAutoProvisioningGroup");
        Params j = Params.validate(group, Map.of("RegionId", "cn-hangzhou", "TotalTargetCapacity", "1",
                "LaunchTemplateConfig.1.InstanceType", "ecs.g6.large",
                "ResourcePoolOptions", "{\"Strategy\":\"PrivatePoolFirst\",\"PrivatePoolIds\":[\"p-1\",\"p-2\"]}"));
        assertThat(j.object("ResourcePoolOptions").list("PrivatePoolIds")).containsExactly("p-1", "p-2");
        assertThat(refused(group, Map.of("RegionId", "cn-hangzhou", "TotalTargetCapacity", "1",
                "ResourcePoolOptions", "{\"PrivatePoolIds\":\"p-1\"}")).code()).isEqualTo("InvalidParameter");
        assertThat(refused(group, Map.of("RegionId", "cn-hangzhou", "TotalTargetCapacity", "1",
                "LaunchConfiguration.SystemDisk.ProvisionedIops", "lots")).code()).isEqualTo("InvalidParameter");
        Params simple = Params.validate(vpc("GrantInstanceToVbr"), Map.of("RegionId", "cn-hangzhou",
                "VbrInstanceIds", "vbr-1,vbr-2", "InstanceId", "vpc-1", "VbrOwnerUid", "1", "VbrRegionNo", "cn-hangzhou",
                "GrantType", "All"));
        assertThat(simple.list("VbrInstanceIds")).containsExactly("vbr-1", "vbr-2");
    }

    @Test
    void typesRangesEnumsAndTheActionsOwnCodes() {
        ActionSpec describe = ecs("DescribeInstances");
        assertThat(refused(describe, Map.of("RegionId", "cn-hangzhou", "PageSize", "101")).code()).isEqualTo("InvalidParameter");
        assertThat(refused(describe, Map.of("RegionId", "cn-hangzhou", "PageSize", "0")).code()).isEqualTo("InvalidParameter");
        assertThat(refused(describe, Map.of("RegionId", "cn-hangzhou", "DryRun", "yes")).code()).isEqualTo("InvalidParameter");
        assertThat(refused(describe, Map.of("RegionId", "cn-hangzhou", "HttpPutResponseHopLimit", "9999999999")).code())
                .isEqualTo("InvalidParameter");
        assertThat(refused(ecs("DescribeDiagnosticMetrics"), Map.of("RegionId", "cn-hangzhou", "ResourceType", "disk"))
                .code()).isEqualTo("InvalidParameter");
        // the action's own codes, with the metadata's status and message
        AliyunException missing = refused(ecs("DeleteSecurityGroup"), Map.of("SecurityGroupId", "sg-1"));
        assertThat(missing.code()).isEqualTo("MissingParameter.RegionId");
        assertThat(missing.status()).isEqualTo(400);
        AliyunException plain = refused(ecs("StopInstance"), Map.of());
        assertThat(plain.code()).isEqualTo("MissingParameter");
        assertThat(plain.answerMessage()).contains("\"InstanceId\"");
        AliyunException region = refused(ecs("DescribeInstances"), Map.of("RegionId", "mars-1"));
        assertThat(region.code()).isEqualTo("InvalidRegionId.NotFound");
        assertThat(region.status()).isEqualTo(404);
    }

    @Test
    void everyActionOfBothProductsLoadsAndRefusesAnEmptyRequestTheCloudsWay() {
        int actions = 0;
        for (ProductSpec product : SPECS.all()) {
            assertThat(product.regions()).contains("cn-hangzhou");
            for (String name : product.actionNames()) {
                ActionSpec a = product.action(name);
                assertThat(a.parameters()).as(a.toString()).allSatisfy(p -> assertThat(p.schema()).isNotNull());
                try {
                    Params.validate(a, Map.of("RegionId", "cn-hangzhou"));
                } catch (AliyunException e) {
                    assertThat(e.status()).as(a + " " + e.code()).isBetween(400, 499);
                }
                actions++;
            }
        }
        assertThat(actions).as("ECS 370, VPC 394, SLB 69 (its trimmed metadata), BssOpenApi, Location and Sts 1 each")
                .isEqualTo(370 + 394 + 73 + 3);
    }
}
