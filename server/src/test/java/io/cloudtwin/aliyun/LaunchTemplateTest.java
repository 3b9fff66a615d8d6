package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateRequest;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateRequest.CreateLaunchTemplateRequestDataDisk;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateRequest.CreateLaunchTemplateRequestSystemDisk;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateRequest.CreateLaunchTemplateRequestTag;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateRequest.CreateLaunchTemplateRequestTemplateTag;
import com.aliyun.ecs20140526.models.CreateLaunchTemplateVersionRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteLaunchTemplateRequest;
import com.aliyun.ecs20140526.models.DeleteLaunchTemplateVersionRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeLaunchTemplateVersionsRequest;
import com.aliyun.ecs20140526.models.DescribeLaunchTemplateVersionsResponseBody.DescribeLaunchTemplateVersionsResponseBodyLaunchTemplateVersionSetsLaunchTemplateVersionSet;
import com.aliyun.ecs20140526.models.DescribeLaunchTemplatesRequest;
import com.aliyun.ecs20140526.models.DescribeLaunchTemplatesRequest.DescribeLaunchTemplatesRequestTemplateTag;
import com.aliyun.ecs20140526.models.DescribeLaunchTemplatesResponseBody.DescribeLaunchTemplatesResponseBodyLaunchTemplateSetsLaunchTemplateSet;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest;
import com.aliyun.ecs20140526.models.ModifyLaunchTemplateDefaultVersionRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest.TagResourcesRequestTag;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_launch_template through the tea client, in the provider's order: CreateLaunchTemplate with
 * its settings (system and data disks, groups, instance tags, template tags, user data) -> DescribeLaunchTemplates
 * with LaunchTemplateId.1 (names, version numbers, template tags) -> DescribeLaunchTemplateVersions of the latest
 * version (the settings as given, the system disk both flat and as an object) -> an update as a new version made the
 * default -> the oldest version deleted -> DeleteLaunchTemplate -> an empty list, "gone". alicloud_instance's
 * launch_template_id/name/version: RunInstances takes the version's settings where it gives none. And the rules: a
 * name once a region, the default version kept, 30 versions at most (also when two requests race for the 30th), the
 * settings Alibaba checks, tags, the state round trip.
 */
class LaunchTemplateTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final String USER_DATA = Base64.getEncoder().encodeToString("#!/bin/sh\necho hi\n".getBytes());

    private Client ecs;
    private AliyunApi api;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        api = new AliyunApi(port);
    }

    private CreateLaunchTemplateRequest template(String name) {
        return new CreateLaunchTemplateRequest().setRegionId(REGION).setLaunchTemplateName(name)
                .setImageId(IMAGE).setInstanceType("ecs.g6.large").setSecurityGroupIds(List.of("sg-a", "sg-b"))
                .setVSwitchId("vsw-x").setVpcId("vpc-x").setZoneId(REGION + "-h").setInstanceName("web")
                .setInternetMaxBandwidthOut(10).setUserData(USER_DATA).setVersionDescription("first")
                .setSystemDisk(new CreateLaunchTemplateRequestSystemDisk().setCategory("cloud_essd").setSize(40)
                        .setDeleteWithInstance(true).setPerformanceLevel("PL1"))
                .setDataDisk(List.of(new CreateLaunchTemplateRequestDataDisk().setCategory("cloud_efficiency")
                        .setSize(100).setDiskName("data").setDeleteWithInstance(false)))
                .setTag(List.of(new CreateLaunchTemplateRequestTag().setKey("app").setValue("web")))
                .setTemplateTag(List.of(new CreateLaunchTemplateRequestTemplateTag().setKey("owner").setValue("ops")));
    }

    private String create(String name) throws Exception {
        return ecs.createLaunchTemplate(template(name)).getBody().getLaunchTemplateId();
    }

    private List<DescribeLaunchTemplatesResponseBodyLaunchTemplateSetsLaunchTemplateSet> templates(
            DescribeLaunchTemplatesRequest r) throws Exception {
        return ecs.describeLaunchTemplates(r.setRegionId(REGION)).getBody().getLaunchTemplateSets()
                .getLaunchTemplateSet();
    }

    private DescribeLaunchTemplatesResponseBodyLaunchTemplateSetsLaunchTemplateSet byId(String id) throws Exception {
        var found = templates(new DescribeLaunchTemplatesRequest().setLaunchTemplateId(List.of(id)));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<DescribeLaunchTemplateVersionsResponseBodyLaunchTemplateVersionSetsLaunchTemplateVersionSet> versions(
            String id, Long... numbers) throws Exception {
        return ecs.describeLaunchTemplateVersions(new DescribeLaunchTemplateVersionsRequest().setRegionId(REGION)
                        .setLaunchTemplateId(id).setLaunchTemplateVersion(List.of(numbers))).getBody()
                .getLaunchTemplateVersionSets().getLaunchTemplateVersionSet();
    }

    private long newVersion(String id, String type) throws Exception {
        return ecs.createLaunchTemplateVersion(new CreateLaunchTemplateVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setImageId(IMAGE).setInstanceType(type)).getBody()
                .getLaunchTemplateVersionNumber();
    }

    @Test
    void theProvidersLifecycleKeepsTheSettingsOfEachVersion() throws Exception {
        var created = ecs.createLaunchTemplate(template("web-template")).getBody();
        String id = created.getLaunchTemplateId();
        assertThat(id).matches("lt-[a-z0-9]{20}");
        assertThat(created.getLaunchTemplateVersionNumber()).isEqualTo(1L);

        var t = byId(id);
        assertThat(t.getLaunchTemplateName()).isEqualTo("web-template");
        assertThat(t.getDefaultVersionNumber()).isEqualTo(1L);
        assertThat(t.getLatestVersionNumber()).isEqualTo(1L);
        assertThat(t.getCreatedBy()).isNotEmpty();
        assertThat(t.getTags().getTag()).singleElement()
                .satisfies(g -> assertThat(g.getTagKey() + "=" + g.getTagValue()).isEqualTo("owner=ops"));

        var v1 = versions(id, 1L);
        assertThat(v1).hasSize(1);
        assertThat(v1.get(0).getDefaultVersion()).isTrue();
        assertThat(v1.get(0).getVersionDescription()).isEqualTo("first");
        var data = v1.get(0).getLaunchTemplateData();
        assertThat(data.getImageId()).isEqualTo(IMAGE);
        assertThat(data.getInstanceType()).isEqualTo("ecs.g6.large");
        assertThat(data.getVSwitchId()).isEqualTo("vsw-x");
        assertThat(data.getInstanceName()).isEqualTo("web");
        assertThat(data.getInternetMaxBandwidthOut()).isEqualTo(10);
        assertThat(data.getUserData()).isEqualTo(USER_DATA);
        assertThat(data.getSecurityGroupIds().getSecurityGroupId()).containsExactly("sg-a", "sg-b");
        assertThat(data.getSystemDisk().getCategory()).isEqualTo("cloud_essd");
        assertThat(data.getSystemDisk().getSize()).isEqualTo(40);
        assertThat(data.getSystemDisk().getPerformanceLevel()).isEqualTo("PL1");
        assertThat(data.getDataDisks().getDataDisk()).singleElement().satisfies(d -> {
            assertThat(d.getCategory()).isEqualTo("cloud_efficiency");
            assertThat(d.getSize()).isEqualTo(100);
            assertThat(d.getDiskName()).isEqualTo("data");
            assertThat(d.getDeleteWithInstance()).isFalse();
        });
        assertThat(data.getTags().getInstanceTag()).singleElement()
                .satisfies(g -> assertThat(g.getKey() + "=" + g.getValue()).isEqualTo("app=web"));
        // the provider reads the system disk from the flat SystemDisk.* fields
        JsonNode flat = api.ecs("DescribeLaunchTemplateVersions", "RegionId", REGION, "LaunchTemplateId", id,
                        "LaunchTemplateVersion.1", "1").path("LaunchTemplateVersionSets").path("LaunchTemplateVersionSet")
                .get(0).path("LaunchTemplateData");
        assertThat(flat.path("SystemDisk.Category").asString()).isEqualTo("cloud_essd");
        assertThat(flat.path("SystemDisk.Size").asInt()).isEqualTo(40);
        assertThat(flat.path("SystemDisk.DeleteWithInstance").asBoolean()).isTrue();
        assertThat(flat.path("NetworkInterfaces").path("NetworkInterface").isArray()).isTrue();

        // an update: a new version, made the default
        assertThat(newVersion(id, "ecs.g7.large")).isEqualTo(2L);
        ecs.modifyLaunchTemplateDefaultVersion(new ModifyLaunchTemplateDefaultVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setDefaultVersionNumber(2L));
        t = byId(id);
        assertThat(t.getDefaultVersionNumber()).isEqualTo(2L);
        assertThat(t.getLatestVersionNumber()).isEqualTo(2L);
        var v2 = versions(id, 2L).get(0);
        assertThat(v2.getDefaultVersion()).isTrue();
        assertThat(v2.getLaunchTemplateData().getInstanceType()).isEqualTo("ecs.g7.large");
        assertThat(v2.getLaunchTemplateData().getUserData()).as("a version keeps only its own settings").isEmpty();
        assertThat(versions(id, 1L).get(0).getDefaultVersion()).isFalse();

        // by name, and all of them
        var byName = ecs.describeLaunchTemplateVersions(new DescribeLaunchTemplateVersionsRequest()
                .setRegionId(REGION).setLaunchTemplateName("web-template")).getBody();
        assertThat(byName.getTotalCount()).isEqualTo(2);
        assertThat(byName.getLaunchTemplateVersionSets().getLaunchTemplateVersionSet())
                .extracting(v -> v.getVersionNumber()).containsExactly(1L, 2L);
        var defaultOnly = ecs.describeLaunchTemplateVersions(new DescribeLaunchTemplateVersionsRequest()
                .setRegionId(REGION).setLaunchTemplateId(id).setDefaultVersion(true).setDetailFlag(false)).getBody()
                .getLaunchTemplateVersionSets().getLaunchTemplateVersionSet();
        assertThat(defaultOnly).singleElement().satisfies(v -> {
            assertThat(v.getVersionNumber()).isEqualTo(2L);
            assertThat(v.getLaunchTemplateData().getImageId()).as("DetailFlag false: no settings").isEmpty();
        });

        // the oldest version goes; the default one cannot
        var deleted = ecs.deleteLaunchTemplateVersion(new DeleteLaunchTemplateVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setDeleteVersion(List.of(1L))).getBody();
        assertThat(deleted.getLaunchTemplateVersions().getLaunchTemplateVersion()).singleElement()
                .satisfies(v -> assertThat(v.getLaunchTemplateVersionNumber()).isEqualTo(1L));
        TeaException e = refused(() -> ecs.deleteLaunchTemplateVersion(new DeleteLaunchTemplateVersionRequest()
                .setRegionId(REGION).setLaunchTemplateId(id).setDeleteVersion(List.of(2L))));
        assertThat(e.getCode()).isEqualTo("InvalidOperation.DeleteDefaultVersion");
        assertThat(newVersion(id, "ecs.g6.xlarge")).as("numbers are not reused").isEqualTo(3L);

        var gone = ecs.deleteLaunchTemplate(new DeleteLaunchTemplateRequest().setRegionId(REGION)
                .setLaunchTemplateId(id)).getBody();
        assertThat(gone.getLaunchTemplateId()).isEqualTo(id);
        assertThat(gone.getLaunchTemplateVersionNumbers().getVersionNumbers()).containsExactly(2L, 3L);
        assertThat(templates(new DescribeLaunchTemplatesRequest().setLaunchTemplateId(List.of(id)))).isEmpty();
        e = refused(() -> versions(id, 2L));
        assertThat(e.getCode()).isEqualTo("InvalidLaunchTemplate.NotFound");
        assertThat(e.getStatusCode()).isEqualTo(404);
    }

    @Test
    void runInstancesTakesTheTemplatesSettingsWhereItGivesNone() throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String id = ecs.createLaunchTemplate(new CreateLaunchTemplateRequest().setRegionId(REGION)
                .setLaunchTemplateName("launcher").setImageId(IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setInstanceName("from-template").setInternetMaxBandwidthOut(5)
                .setSystemDisk(new CreateLaunchTemplateRequestSystemDisk().setCategory("cloud_essd").setSize(50))
                .setTag(List.of(new CreateLaunchTemplateRequestTag().setKey("app").setValue("web"))))
                .getBody().getLaunchTemplateId();
        // each version is a whole set of settings: the second names its group again
        ecs.createLaunchTemplateVersion(new CreateLaunchTemplateVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setImageId(IMAGE).setInstanceType("ecs.g7.large").setSecurityGroupId(group));

        var plain = instance(run(new RunInstancesRequest().setLaunchTemplateId(id)));
        assertThat(plain.getImageId()).isEqualTo(IMAGE);
        assertThat(plain.getInstanceType()).as("the default version, 1").isEqualTo("ecs.g6.large");
        assertThat(plain.getInstanceName()).isEqualTo("from-template");
        assertThat(plain.getSecurityGroupIds().getSecurityGroupId()).containsExactly(group);
        assertThat(plain.getInternetMaxBandwidthOut()).isEqualTo(5);
        assertThat(plain.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("app=web");
        var disks = ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION)
                .setInstanceId(plain.getInstanceId()).setDiskType("system")).getBody().getDisks().getDisk();
        assertThat(disks).singleElement().satisfies(d -> {
            assertThat(d.getCategory()).isEqualTo("cloud_essd");
            assertThat(d.getSize()).isEqualTo(50);
        });

        var named = instance(run(new RunInstancesRequest().setLaunchTemplateName("launcher")
                .setLaunchTemplateVersion(2L).setInstanceName("given")));
        assertThat(named.getInstanceType()).as("version 2").isEqualTo("ecs.g7.large");
        assertThat(named.getInstanceName()).as("the request's own setting wins").isEqualTo("given");

        String other = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        var regrouped = instance(run(new RunInstancesRequest().setLaunchTemplateId(id)
                .setSecurityGroupIds(List.of(other))));
        assertThat(regrouped.getSecurityGroupIds().getSecurityGroupId())
                .as("SecurityGroupIds.N overrides the template's SecurityGroupId: one setting in two forms")
                .containsExactly(other);

        assertThat(refused(() -> run(new RunInstancesRequest().setLaunchTemplateId("lt-missing"))).getCode())
                .isEqualTo("InvalidLaunchTemplate.NotFound");
        assertThat(refused(() -> run(new RunInstancesRequest().setLaunchTemplateId(id).setLaunchTemplateVersion(9L)))
                .getCode()).isEqualTo("InvalidLaunchTemplateVersion.NotFound");
    }

    private String run(RunInstancesRequest r) throws Exception {
        return ecs.runInstances(r.setRegionId(REGION)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private DescribeInstancesResponseBodyInstancesInstance instance(String id) throws Exception {
        return ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    @Test
    void aNameIsTakenOnceInARegionAndMustBeWellFormed() throws Exception {
        create("unique");
        assertThat(refused(() -> create("unique")).getCode()).isEqualTo("LaunchTemplateName.Duplicated");
        assertThat(refused(() -> create("1-starts-with-a-digit")).getCode())
                .isEqualTo("InvalidLaunchTemplateName.Malformed");
        assertThat(refused(() -> create("http://x")).getCode()).isEqualTo("InvalidLaunchTemplateName.Malformed");
        var named = templates(new DescribeLaunchTemplatesRequest().setLaunchTemplateName(List.of("unique")));
        assertThat(named).singleElement().satisfies(t -> assertThat(t.getLaunchTemplateName()).isEqualTo("unique"));
    }

    @Test
    void theSettingsAlibabaChecksAreRefusedAndNothingIsMade() throws Exception {
        assertThat(refused(() -> ecs.createLaunchTemplate(template("bad-data").setUserData("not base64!")))
                .getCode()).isEqualTo("InvalidUserData.Base64FormatInvalid");
        // the SDK sends UserData in the query: 32 KB before Base64 is 43,692 characters there, and is taken
        String most = Base64.getEncoder().encodeToString(new byte[32 * 1024]);
        String kept = ecs.createLaunchTemplate(template("most-data").setUserData(most)).getBody().getLaunchTemplateId();
        assertThat(versions(kept, 1L).get(0).getLaunchTemplateData().getUserData()).isEqualTo(most);
        ecs.deleteLaunchTemplate(new DeleteLaunchTemplateRequest().setRegionId(REGION).setLaunchTemplateId(kept));
        String big = Base64.getEncoder().encodeToString(new byte[32 * 1024 + 1]);
        assertThat(refused(() -> ecs.createLaunchTemplate(template("big-data").setUserData(big))).getCode())
                .isEqualTo("InvalidUserData.SizeExceeded");
        assertThat(refused(() -> ecs.createLaunchTemplate(template("two-tags").setTag(List.of(
                new CreateLaunchTemplateRequestTag().setKey("k").setValue("1"),
                new CreateLaunchTemplateRequestTag().setKey("k").setValue("2"))))).getCode())
                .isEqualTo("Duplicate.TagKey");
        assertThat(refused(() -> ecs.createLaunchTemplate(template("described").setVersionDescription("http://d")))
                .getCode()).isEqualTo("InvalidDescription.Malformed");
        assertThat(templates(new DescribeLaunchTemplatesRequest())).isEmpty();
        assertThat(refused(() -> ecs.describeLaunchTemplateVersions(new DescribeLaunchTemplateVersionsRequest()
                .setRegionId(REGION))).getCode()).startsWith("MissingParameter");
        String id = create("kept");
        assertThat(refused(() -> ecs.modifyLaunchTemplateDefaultVersion(new ModifyLaunchTemplateDefaultVersionRequest()
                .setRegionId(REGION).setLaunchTemplateId(id).setDefaultVersionNumber(7L))).getCode())
                .isEqualTo("InvalidLaunchTemplateVersion.NotFound");
        assertThat(byId(id).getDefaultVersionNumber()).isEqualTo(1L);
    }

    @Test
    void aTemplateHoldsThirtyVersionsEvenWhenTwoRequestsRaceForTheLast() throws Exception {
        String id = create("many");
        for (int i = 2; i <= 29; i++) newVersion(id, "ecs.g6.large");
        var outcomes = race(racing(), () -> newVersion(id, "ecs.g6.large"), () -> newVersion(id, "ecs.g7.large"));
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "LaunchTemplateVersionLimitExceed");
        assertThat(byId(id).getLatestVersionNumber()).isEqualTo(30L);
        assertThat(ecs.describeLaunchTemplateVersions(new DescribeLaunchTemplateVersionsRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setPageSize(50)).getBody().getTotalCount()).isEqualTo(30);
        // as Terraform does at 30: delete the oldest non-default version, then make the new one
        ecs.deleteLaunchTemplateVersion(new DeleteLaunchTemplateVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setDeleteVersion(List.of(2L)));
        assertThat(newVersion(id, "ecs.g6.large")).isEqualTo(31L);
    }

    @Test
    void templateTagsAndGroupsAreTheTemplatesOwnAndFilterTheList() throws Exception {
        String tagged = create("tagged");
        var untagged = template("plain").setTemplateTag(null);
        String plain = ecs.createLaunchTemplate(untagged).getBody().getLaunchTemplateId();
        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("launchtemplate")
                .setResourceId(List.of(plain)).setTag(List.of(new TagResourcesRequestTag().setKey("env")
                        .setValue("test"))));
        var listed = ecs.listTagResources(new ListTagResourcesRequest().setRegionId(REGION)
                .setResourceType("launchtemplate").setResourceId(List.of(plain))).getBody().getTagResources()
                .getTagResource();
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.getResourceId()).isEqualTo(plain);
            assertThat(r.getTagKey()).isEqualTo("env");
        });
        var owned = templates(new DescribeLaunchTemplatesRequest().setTemplateTag(List.of(
                new DescribeLaunchTemplatesRequestTemplateTag().setKey("owner").setValue("ops"))));
        assertThat(owned).extracting(t -> t.getLaunchTemplateId()).containsExactly(tagged);

        ecs.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(REGION).setResourceType("launchtemplate")
                .setResourceId(plain).setResourceGroupId("rg-team"));
        var grouped = templates(new DescribeLaunchTemplatesRequest().setTemplateResourceGroupId("rg-team"));
        assertThat(grouped).singleElement().satisfies(t -> {
            assertThat(t.getLaunchTemplateId()).isEqualTo(plain);
            assertThat(t.getResourceGroupId()).isEqualTo("rg-team");
        });
    }

    @Test
    void templatesSurviveTheStateRoundTrip() throws Exception {
        String id = create("exported");
        newVersion(id, "ecs.g7.large");
        ecs.modifyLaunchTemplateDefaultVersion(new ModifyLaunchTemplateDefaultVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setDefaultVersionNumber(2L));
        ecs.deleteLaunchTemplateVersion(new DeleteLaunchTemplateVersionRequest().setRegionId(REGION)
                .setLaunchTemplateId(id).setDeleteVersion(List.of(1L)));
        newVersion(id, "ecs.g6.xlarge");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("launchTemplates").contains(id);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        var t = byId(id);
        assertThat(t.getDefaultVersionNumber()).isEqualTo(2L);
        assertThat(t.getLatestVersionNumber()).isEqualTo(3L);
        List<Long> numbers = new ArrayList<>();
        for (var v : versions(id)) numbers.add(v.getVersionNumber());
        assertThat(numbers).containsExactly(2L, 3L);
        assertThat(versions(id, 3L).get(0).getLaunchTemplateData().getInstanceType()).isEqualTo("ecs.g6.xlarge");
        assertThat(newVersion(id, "ecs.g6.large")).isEqualTo(4L);
    }

    /** Conformance calls: each launch template action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String template(AliyunApi api) {
            return api.ecs("CreateLaunchTemplate", "RegionId", REGION, "LaunchTemplateName",
                    "lt-" + System.nanoTime(), "ImageId", IMAGE, "SystemDisk.Category", "cloud_essd",
                    "DataDisk.1.Size", "40").path("LaunchTemplateId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateLaunchTemplate", api -> AliyunApi.params("RegionId", REGION, "LaunchTemplateName", "lt-c",
                    "ImageId", IMAGE, "InstanceType", "ecs.g6.large", "SecurityGroupIds.1", "sg-a", "Tag.1.Key", "k",
                    "Tag.1.Value", "v", "TemplateTag.1.Key", "t", "TemplateTag.1.Value", "w"));
            r.ecs("CreateLaunchTemplateVersion", api -> AliyunApi.params("RegionId", REGION, "LaunchTemplateId",
                    template(api), "InstanceType", "ecs.g7.large", "VersionDescription", "second"));
            r.ecs("DescribeLaunchTemplates", api -> AliyunApi.params("RegionId", REGION, "LaunchTemplateId.1",
                    template(api)));
            r.ecs("DescribeLaunchTemplateVersions", api -> AliyunApi.params("RegionId", REGION, "LaunchTemplateId",
                    template(api)));
            r.ecs("ModifyLaunchTemplateDefaultVersion", api -> {
                String id = template(api);
                api.ecs("CreateLaunchTemplateVersion", "RegionId", REGION, "LaunchTemplateId", id);
                return AliyunApi.params("RegionId", REGION, "LaunchTemplateId", id, "DefaultVersionNumber", "2");
            });
            r.ecs("DeleteLaunchTemplateVersion", api -> {
                String id = template(api);
                api.ecs("CreateLaunchTemplateVersion", "RegionId", REGION, "LaunchTemplateId", id);
                return AliyunApi.params("RegionId", REGION, "LaunchTemplateId", id, "DeleteVersion.1", "2");
            });
            r.ecs("DeleteLaunchTemplate", api -> AliyunApi.params("RegionId", REGION, "LaunchTemplateId",
                    template(api)));
        }
    }
}
