package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateDeploymentSetRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteDeploymentSetRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeDeploymentSetSupportedInstanceTypeFamilyRequest;
import com.aliyun.ecs20140526.models.DescribeDeploymentSetsRequest;
import com.aliyun.ecs20140526.models.DescribeDeploymentSetsResponseBody.DescribeDeploymentSetsResponseBodyDeploymentSetsDeploymentSet;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyDeploymentSetAttributeRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceDeploymentRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_deployment_set and alicloud_instance's deployment_set_id, in the provider's order and
 * with its parameters, through the tea client it uses: CreateDeploymentSet (Domain Default, Granularity Host, no
 * GroupCount) -> DescribeDeploymentSets with DeploymentSetIds '["id"]' -> RunInstances with DeploymentSetId ->
 * DescribeInstances' DeploymentSetId -> ModifyInstanceDeployment of a Running instance to another set, then out of it
 * (the old id and RemoveFromDeploymentSet) -> DeleteDeploymentSet -> an empty list, "gone". And the rules: a set's
 * room in a zone, its groups, LowLatency's one zone, no deletion while it has instances, two creations racing for
 * the last place.
 */
class DeploymentSetTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final String ZONE_A = REGION + "-h";
    private static final String ZONE_B = REGION + "-i";

    private Client ecs;
    private String group;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
    }

    private String set(String name, String strategy) throws Exception {
        return ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION).setDeploymentSetName(name)
                .setStrategy(strategy).setDomain("Default").setGranularity("Host")).getBody().getDeploymentSetId();
    }

    private RunInstancesRequest launch(String set, String zone, int amount) {
        return new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setZoneId(zone).setAmount(amount).setDeploymentSetId(set);
    }

    private List<String> run(String set, String zone, int amount) throws Exception {
        return ecs.runInstances(launch(set, zone, amount)).getBody().getInstanceIdSets().getInstanceIdSet();
    }

    private List<DescribeDeploymentSetsResponseBodyDeploymentSetsDeploymentSet> read(String id) throws Exception {
        return ecs.describeDeploymentSets(new DescribeDeploymentSetsRequest().setRegionId(REGION)
                .setDeploymentSetIds("[\"" + id + "\"]")).getBody().getDeploymentSets().getDeploymentSet();
    }

    private DescribeInstancesResponseBodyInstancesInstance instance(String id) throws Exception {
        return ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private Object move(String instance, String set) throws Exception {
        return ecs.modifyInstanceDeployment(new ModifyInstanceDeploymentRequest().setRegionId(REGION).setInstanceId(instance)
                .setDeploymentSetId(set));
    }

    @Test
    void aSetAndAnInstanceInItTheProvidersWay() throws Exception {
        String first = set("tf-ds", null);
        var read = read(first);
        assertThat(read).singleElement().satisfies(s -> {
            assertThat(s.getDeploymentSetName()).isEqualTo("tf-ds");
            assertThat(s.getDeploymentStrategy()).isEqualTo("Availability");
            assertThat(s.getDomain()).isEqualTo("default");
            assertThat(s.getGranularity()).isEqualTo("host");
            assertThat(s.getInstanceAmount()).isZero();
            assertThat(s.getCreationTime()).endsWith("Z");
        });
        ecs.modifyDeploymentSetAttribute(new ModifyDeploymentSetAttributeRequest().setRegionId(REGION)
                .setDeploymentSetId(first).setDeploymentSetName("tf-ds-2").setDescription("spread"));
        assertThat(read(first)).singleElement().satisfies(s -> {
            assertThat(s.getDeploymentSetName()).isEqualTo("tf-ds-2");
            assertThat(s.getDeploymentSetDescription()).isEqualTo("spread");
        });

        // alicloud_instance with deployment_set_id
        String vm = run(first, ZONE_A, 1).get(0);
        assertThat(instance(vm).getDeploymentSetId()).isEqualTo(first);
        assertThat(read(first)).singleElement().satisfies(s -> {
            assertThat(s.getInstanceAmount()).isEqualTo(1);
            assertThat(s.getInstanceIds().getInstanceId()).containsExactly(vm);
            assertThat(s.getCapacities().getCapacity()).singleElement().satisfies(c -> {
                assertThat(c.getZoneId()).isEqualTo(ZONE_A);
                assertThat(c.getUsedAmount()).isEqualTo(1);
                assertThat(c.getAvailableAmount()).isEqualTo(19);
            });
        });
        assertThat(refused(() -> ecs.deleteDeploymentSet(new DeleteDeploymentSetRequest().setRegionId(REGION)
                .setDeploymentSetId(first))).getCode()).isEqualTo("DependencyViolation.NotEmpty");

        // a changed deployment_set_id moves the Running instance; an emptied one sends the old id and Remove...
        String second = set("tf-ds-other", "Availability");
        move(vm, second);
        assertThat(instance(vm).getDeploymentSetId()).isEqualTo(second);
        assertThat(read(first)).singleElement().satisfies(s -> assertThat(s.getInstanceAmount()).isZero());
        ecs.modifyInstanceDeployment(new ModifyInstanceDeploymentRequest().setRegionId(REGION).setInstanceId(vm)
                .setDeploymentSetId(second).setRemoveFromDeploymentSet(true));
        assertThat(instance(vm).getDeploymentSetId()).isEmpty();

        for (String s : List.of(first, second)) {
            ecs.deleteDeploymentSet(new DeleteDeploymentSetRequest().setRegionId(REGION).setDeploymentSetId(s));
            assertThat(read(s)).as("gone: an empty list").isEmpty();
        }
    }

    @Test
    void aZoneTakesTwentyInstancesOfASetAndAnInstanceLeavesWithItsDeletion() throws Exception {
        String set = set("full", null);
        List<String> twenty = run(set, ZONE_A, 20);
        TeaException full = refused(() -> run(set, ZONE_A, 1));
        assertThat(full.getCode()).isEqualTo("QuotaExceed.DeploymentSetInstanceQuotaFull");
        assertThat(full.getStatusCode()).isEqualTo(403);
        assertThat(run(set, ZONE_B, 1)).as("another zone has its own room").hasSize(1);
        assertThat(read(set).get(0).getInstanceAmount()).as("the refused request made nothing").isEqualTo(21);

        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(twenty.get(0)).setForce(true));
        assertThat(run(set, ZONE_A, 1)).as("a deleted instance's place is free again").hasSize(1);
        assertThat(refused(() -> move(twenty.get(1), "ds-unknown")).getCode())
                .isEqualTo("InvalidDeploymentSetId.NotFound");
        assertThat(refused(() -> run("ds-unknown", ZONE_A, 1)).getCode()).isEqualTo("InvalidDeploymentSetId.NotFound");
    }

    @Test
    void availabilityGroupsSpreadAndLowLatencyKeepsOneZone() throws Exception {
        String groups = ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION)
                .setStrategy("AvailabilityGroup").setGroupCount(2L)).getBody().getDeploymentSetId();
        List<String> four = run(groups, ZONE_A, 4);
        assertThat(four.stream().map(id -> {
            try {
                return instance(id).getDeploymentSetGroupNo();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList()).as("spread evenly over the two groups").containsExactlyInAnyOrder(1, 1, 2, 2);
        assertThat(read(groups)).singleElement().satisfies(s -> {
            assertThat(s.getGroupCount()).isEqualTo(2);
            assertThat(s.getCapacities().getCapacity().get(0).getAvailableAmount()).isEqualTo(36);
        });
        assertThat(refused(() -> ecs.runInstances(launch(groups, ZONE_A, 1).setDeploymentSetGroupNo(3))).getCode())
                .isEqualTo("InvalidParameter.DeploymentSetGroupNo");
        assertThat(refused(() -> ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION)
                .setStrategy("AvailabilityGroup").setGroupCount(8L))).getCode()).isEqualTo("InvalidParameter.GroupCount");
        assertThat(refused(() -> ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION)
                .setStrategy("Anywhere"))).getCode()).isEqualTo("InvalidParameter.Strategy");
        assertThat(refused(() -> ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION)
                .setDeploymentSetName("1-starts-with-a-digit"))).getCode()).isEqualTo("InvalidDeploymentSetName.Malformed");

        String near = set("near", "LowLatency");
        run(near, ZONE_A, 2);
        assertThat(refused(() -> run(near, ZONE_B, 1)).getCode()).isEqualTo("InvalidDestinationZone.DeploymentSetMismatch");
        assertThat(ecs.describeDeploymentSets(new DescribeDeploymentSetsRequest().setRegionId(REGION)
                        .setStrategy("LowLatency")).getBody().getDeploymentSets().getDeploymentSet())
                .extracting(s -> s.getDeploymentSetId()).containsExactly(near);
        assertThat(ecs.describeDeploymentSetSupportedInstanceTypeFamily(
                new DescribeDeploymentSetSupportedInstanceTypeFamilyRequest().setRegionId(REGION)).getBody()
                .getInstanceTypeFamilies()).contains("ecs.g6");
        String many = "[" + String.join(",", Collections.nCopies(101, "\"ds-x\"")) + "]";
        TeaException tooMany = refused(() -> ecs.describeDeploymentSets(new DescribeDeploymentSetsRequest()
                .setRegionId(REGION).setDeploymentSetIds(many)));
        assertThat(tooMany.getCode()).isEqualTo("InvalidDeploymentSetIds.TooManyInput");
        assertThat(tooMany.getStatusCode()).isEqualTo(403);
    }

    /** Two creations racing for a set's last place in a zone: the set's row lock lets one in, never both. */
    @Test
    void twoCreationsRacingForTheLastPlaceNeverBothWin() throws Exception {
        for (int round = 0; round < 3; round++) {
            String set = set("race-" + round, null);
            run(set, ZONE_A, 19);
            var outcomes = race(racing(), () -> run(set, ZONE_A, 1), () -> run(set, ZONE_A, 1));
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "QuotaExceed.DeploymentSetInstanceQuotaFull");
            assertThat(read(set).get(0).getInstanceAmount()).isEqualTo(20);
        }
    }

    @Test
    void setsRoundTripTheState() throws Exception {
        String groups = ecs.createDeploymentSet(new CreateDeploymentSetRequest().setRegionId(REGION)
                .setDeploymentSetName("kept").setStrategy("AvailabilityGroup").setGroupCount(3L)).getBody()
                .getDeploymentSetId();
        String vm = ecs.runInstances(launch(groups, ZONE_A, 1).setDeploymentSetGroupNo(3)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(groups)).singleElement().satisfies(s -> {
            assertThat(s.getDeploymentSetName()).isEqualTo("kept");
            assertThat(s.getDeploymentStrategy()).isEqualTo("AvailabilityGroup");
            assertThat(s.getGroupCount()).isEqualTo(3);
            assertThat(s.getInstanceIds().getInstanceId()).containsExactly(vm);
        });
        assertThat(instance(vm).getDeploymentSetGroupNo()).isEqualTo(3);
        assertThat(refused(() -> ecs.deleteDeploymentSet(new DeleteDeploymentSetRequest().setRegionId(REGION)
                .setDeploymentSetId(groups))).getCode()).isEqualTo("DependencyViolation.NotEmpty");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String set(AliyunApi api) {
            return api.ecs("CreateDeploymentSet", "RegionId", REGION, "DeploymentSetName", "ds")
                    .path("DeploymentSetId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateDeploymentSet", api -> AliyunApi.params("RegionId", REGION, "Strategy", "AvailabilityGroup",
                    "GroupCount", "2", "DeploymentSetName", "ds-n", "Description", "dd"));
            r.ecs("DescribeDeploymentSets", api -> {
                String set = set(api);
                api.ecs("RunInstances", "RegionId", REGION, "ImageId", IMAGE, "InstanceType", "ecs.g6.large",
                        "SecurityGroupId", api.group(), "ZoneId", ZONE_A, "DeploymentSetId", set);
                return AliyunApi.params("RegionId", REGION, "DeploymentSetIds", "[\"" + set + "\"]");
            });
            r.ecs("ModifyDeploymentSetAttribute", api -> AliyunApi.params("RegionId", REGION, "DeploymentSetId",
                    set(api), "DeploymentSetName", "ds-m"));
            r.ecs("DeleteDeploymentSet", api -> AliyunApi.params("RegionId", REGION, "DeploymentSetId", set(api)));
            r.ecs("ModifyInstanceDeployment", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                    api.instance(api.group()), "DeploymentSetId", set(api)));
            r.ecs("DescribeDeploymentSetSupportedInstanceTypeFamily", api -> AliyunApi.params("RegionId", REGION));
        }
    }
}
