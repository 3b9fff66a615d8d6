package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DeleteImageRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DeleteSnapshotRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody.DescribeImagesResponseBodyImagesImage;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshot;
import com.aliyun.ecs20140526.models.ModifyImageAttributeRequest;
import com.aliyun.ecs20140526.models.ModifySnapshotAttributeRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_snapshot and alicloud_image in the provider's order and with its parameters
 * (research/alicloud-terraform.md section 9): CreateSnapshot without RegionId -> DescribeSnapshots (SnapshotIds as a
 * JSON array) until accomplished -> ModifySnapshotAttribute -> DeleteSnapshot -> an empty list, "gone"; CreateImage ->
 * DescribeImages (ImageId, Status=ALL) until Available -> ModifyImageAttribute -> old-SDK DescribeImages -> DeleteImage
 * -> an empty list. And the rules: a snapshot an image is made from stays, an image instances run stays unless forced,
 * names are unique, a snapshot deleted while an image is made from it: exactly one wins.
 */
class SnapshotImageScenarioTest extends ServerTestBase {
    private static final String ZONE = REGION + "-h";
    private static final String PUBLIC_IMAGE = "ubuntu_22_04_x64_20G_alibase_20240926.vhd";

    private Client client;
    private IAcsClient classic;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        classic = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }

    private String instance(String image, RunInstancesRequest.RunInstancesRequestDataDisk... data) throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(ZONE).setImageId(image)
                        .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setDataDisk(List.of(data)))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private String disk(String instance, String type) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance).setDiskType(type))
                .getBody().getDisks().getDisk().get(0).getDiskId();
    }

    private DescribeSnapshotsResponseBodySnapshotsSnapshot snapshot(String id) throws Exception {
        var found = client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION)
                .setSnapshotIds("[\"" + id + "\"]")).getBody().getSnapshots().getSnapshot();
        return found.isEmpty() ? null : found.get(0);
    }

    private DescribeImagesResponseBodyImagesImage image(String id) throws Exception {
        var found = client.describeImages(new DescribeImagesRequest().setRegionId(REGION).setImageId(id).setStatus("ALL"))
                .getBody().getImages().getImage();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * What alicloud_image's create waits on (resource_alicloud_image.go): DescribeImages by the generic RPC call,
     * ImageId and Status=ALL, then the image's Usable as the JSON decoder gives it (the provider compares
     * fmt.Sprint of it with "true"). No SDK model has the field, so it is read from the decoded map.
     */
    private Object usable(String id) throws Exception {
        Params p = new Params().setAction("DescribeImages").setVersion("2014-05-26").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        Map<String, ?> answer = client.callApi(p, new OpenApiRequest().setQuery(Map.of("RegionId", REGION, "ImageId", id,
                "Status", "ALL")), new RuntimeOptions());
        var images = (List<?>) ((Map<?, ?>) ((Map<?, ?>) answer.get("body")).get("Images")).get("Image");
        assertThat(images).hasSize(1);
        return ((Map<?, ?>) images.get(0)).get("Usable");
    }

    private String code(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e.getCode();
    }

    private String snap(String disk, String name) throws Exception {
        return client.createSnapshot(new CreateSnapshotRequest().setDiskId(disk).setSnapshotName(name)).getBody()
                .getSnapshotId();
    }

    @Test
    void alicloudEcsSnapshotTheProvidersWay() throws Exception {
        String instance = instance(PUBLIC_IMAGE, new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(30)
                .setCategory("cloud_essd").setDeleteWithInstance(false));
        String data = disk(instance, "data");
        var create = new CreateSnapshotRequest().setDiskId(data).setSnapshotName("tf-snap").setDescription("nightly")
                .setRetentionDays(7).setCategory("standard").setClientToken("TF-CreateSnapshot-1")
                .setTag(List.of(new CreateSnapshotRequest.CreateSnapshotRequestTag().setKey("team").setValue("blue")));
        String id = client.createSnapshot(create).getBody().getSnapshotId();
        assertThat(id).startsWith("s-");
        assertThat(client.createSnapshot(create).getBody().getSnapshotId()).as("same ClientToken").isEqualTo(id);

        var s = snapshot(id);
        assertThat(s.getStatus()).as("what the provider waits for").isEqualTo("accomplished");
        assertThat(s.getProgress()).isEqualTo("100%");
        assertThat(s.getSourceDiskId()).isEqualTo(data);
        assertThat(s.getSourceDiskSize()).isEqualTo("30");
        assertThat(s.getSourceDiskType()).isEqualTo("Data");
        assertThat(s.getSnapshotName()).isEqualTo("tf-snap");
        assertThat(s.getRetentionDays()).isEqualTo(7);
        assertThat(s.getTags().getTag()).singleElement().satisfies(t -> {
            assertThat(t.getTagKey()).isEqualTo("team");
            assertThat(t.getTagValue()).isEqualTo("blue");
        });
        assertThat(client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION).setDiskId(data))
                .getBody().getSnapshots().getSnapshot()).extracting(x -> x.getSnapshotId()).containsExactly(id);
        assertThat(client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION).setInstanceId(instance)
                .setStatus("progressing")).getBody().getSnapshots().getSnapshot()).isEmpty();

        client.modifySnapshotAttribute(new ModifySnapshotAttributeRequest().setSnapshotId(id).setSnapshotName("tf-snap-2")
                .setDescription("weekly"));
        assertThat(snapshot(id).getSnapshotName()).isEqualTo("tf-snap-2");
        assertThat(snapshot(id).getDescription()).isEqualTo("weekly");

        // a manual snapshot outlives its disk
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        client.deleteDisk(new com.aliyun.ecs20140526.models.DeleteDiskRequest().setDiskId(data));
        assertThat(snapshot(id)).as("kept after its disk").isNotNull();

        client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(id));
        assertThat(snapshot(id)).as("gone: an empty list").isNull();
        assertThat(code(() -> client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(id))))
                .isEqualTo("InvalidSnapshotId.NotFound");
    }

    @Test
    void theRulesOfCreateSnapshot() throws Exception {
        assertThat(code(() -> client.createSnapshot(new CreateSnapshotRequest().setDiskId("d-missing"))))
                .isEqualTo("InvalidDiskId.NotFound");
        String loose = client.createDisk(new com.aliyun.ecs20140526.models.CreateDiskRequest().setRegionId(REGION)
                .setZoneId(ZONE).setSize(20)).getBody().getDiskId();
        assertThat(code(() -> client.createSnapshot(new CreateSnapshotRequest().setDiskId(loose))))
                .as("a disk never attached").isEqualTo("IncorrectDiskStatus.NeverAttached");
        String instance = instance(PUBLIC_IMAGE);
        assertThat(code(() -> client.createSnapshot(new CreateSnapshotRequest().setDiskId(disk(instance, "system"))
                .setSnapshotName("auto-x")))).isEqualTo("InvalidSnapshotName.Malformed");
    }

    @Test
    void alicloudImageTheProvidersWayAndTheRulesOfItsSnapshotsAndInstances() throws Exception {
        String source = instance(PUBLIC_IMAGE);
        String system = snap(disk(source, "system"), "sys-snap");
        String image = client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(system)
                .setImageName("tf-image").setDescription("golden").setArchitecture("x86_64").setPlatform("Ubuntu")
                .setClientToken("TF-CreateImage-1")
                .setTag(List.of(new CreateImageRequest.CreateImageRequestTag().setKey("env").setValue("prod"))))
                .getBody().getImageId();
        assertThat(image).startsWith("m-");
        assertThat(usable(image)).as("what the provider's create waits for").isEqualTo(Boolean.TRUE);
        assertThat(usable(PUBLIC_IMAGE)).isEqualTo(Boolean.TRUE);
        var read = image(image);
        assertThat(read.getStatus()).isEqualTo("Available");
        assertThat(read.getImageOwnerAlias()).isEqualTo("self");
        assertThat(read.getImageName()).isEqualTo("tf-image");
        assertThat(read.getSize()).isEqualTo(40);
        assertThat(read.getDiskDeviceMappings().getDiskDeviceMapping()).singleElement().satisfies(m -> {
            assertThat(m.getSnapshotId()).isEqualTo(system);
            assertThat(m.getType()).isEqualTo("system");
            assertThat(m.getSize()).isEqualTo("40");
        });
        assertThat(read.getTags().getTag()).extracting(t -> t.getTagKey()).containsExactly("env");
        assertThat(client.describeImages(new DescribeImagesRequest().setRegionId(REGION).setImageOwnerAlias("self"))
                .getBody().getImages().getImage()).extracting(i -> i.getImageId()).containsExactly(image);
        assertThat(client.describeImages(new DescribeImagesRequest().setRegionId(REGION).setImageOwnerAlias("system")
                .setImageId(image)).getBody().getImages().getImage()).isEmpty();
        assertThat(snapshot(system).getUsage()).isEqualTo("image");

        assertThat(code(() -> client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(system)
                .setImageName("tf-image")))).isEqualTo("InvalidImageName.Duplicated");
        client.modifyImageAttribute(new ModifyImageAttributeRequest().setRegionId(REGION).setImageId(image)
                .setDescription("golden-2").setImageName("tf-image-2"));
        assertThat(image(image).getDescription()).isEqualTo("golden-2");

        // the old SDK's read before the delete (alicloud_image), by the classic client
        var old = new com.aliyuncs.ecs.model.v20140526.DescribeImagesRequest();
        old.setSysEndpoint(endpoint());
        old.setSysProtocol(ProtocolType.HTTP);
        old.setSysRegionId(REGION);
        old.setImageId(image);
        old.setStatus("Creating,Waiting,Available,UnAvailable,CreateFailed");
        assertThat(classic.getAcsResponse(old).getImages()).singleElement()
                .satisfies(i -> assertThat(i.getImageName()).isEqualTo("tf-image-2"));

        String user = instance(image);
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(user)
                .setDiskType("system")).getBody().getDisks().getDisk().get(0).getImageId()).isEqualTo(image);
        assertThat(code(() -> client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(system).setForce(true))))
                .isEqualTo("SnapshotCreatedImage");
        assertThat(code(() -> client.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image))))
                .isEqualTo("ImageUsingByInstance");
        assertThat(code(() -> client.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(PUBLIC_IMAGE))))
                .isEqualTo("ImageIsPublic");
        client.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image).setForce(true));
        assertThat(image(image)).as("gone: an empty list").isNull();
        assertThat(code(() -> instance(image))).isEqualTo("InvalidImageId.NotFound");
        client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(system));
        assertThat(snapshot(system)).isNull();
    }

    @Test
    void anImageOfAnInstanceSnapshotsEachOfItsDisks() throws Exception {
        String source = instance(PUBLIC_IMAGE, new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(50)
                .setCategory("cloud_essd"));
        String image = client.createImage(new CreateImageRequest().setRegionId(REGION).setInstanceId(source)
                .setImageName("from-instance")).getBody().getImageId();
        var mappings = image(image).getDiskDeviceMappings().getDiskDeviceMapping();
        assertThat(mappings).extracting(m -> m.getType() + ":" + m.getSize()).containsExactly("system:40", "data:50");
        for (var m : mappings) {
            var s = snapshot(m.getSnapshotId());
            assertThat(s).as("the snapshot the image names").isNotNull();
            assertThat(s.getUsage()).isEqualTo("image");
        }
        assertThat(code(() -> client.createImage(new CreateImageRequest().setRegionId(REGION).setInstanceId("i-missing"))))
                .isEqualTo("InvalidInstanceId.NotFound");
        assertThat(code(() -> client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId("s-missing"))))
                .isEqualTo("InvalidSnapshotId.NotFound");
    }

    /** The state document carries snapshots and images and brings them back, the image naming its snapshot. */
    @Test
    void snapshotsAndImagesSurviveAnExportAndImport() throws Exception {
        String source = instance(PUBLIC_IMAGE);
        String system = snap(disk(source, "system"), "kept");
        String image = client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(system)
                .setImageName("kept-image")).getBody().getImageId();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/reset", "{}").statusCode()).isEqualTo(200);
        assertThat(snapshot(system)).as("reset").isNull();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(snapshot(system).getSnapshotName()).isEqualTo("kept");
        assertThat(image(image).getDiskDeviceMappings().getDiskDeviceMapping()).singleElement()
                .satisfies(m -> assertThat(m.getSnapshotId()).isEqualTo(system));
        assertThat(code(() -> client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(system))))
                .as("the rule holds after an import").isEqualTo("SnapshotCreatedImage");
    }

    /** DeleteSnapshot and a CreateImage from that snapshot at once: exactly one wins, in the transaction. */
    @Test
    void aSnapshotDeletedWhileAnImageIsMadeFromItNeverBothWin() throws Exception {
        String source = instance(PUBLIC_IMAGE);
        String disk = disk(source, "system");
        for (int round = 0; round < 12; round++) {
            String s = snap(disk, "race" + round);
            Future<String> create = racing().submit(() -> {
                try {
                    return "image:" + client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(s))
                            .getBody().getImageId();
                } catch (TeaException e) {
                    return e.getCode();
                }
            });
            Future<String> delete = racing().submit(() -> {
                try {
                    client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(s));
                    return "deleted";
                } catch (TeaException e) {
                    return e.getCode();
                }
            });
            List<String> outcome = new ArrayList<>(List.of(create.get(), delete.get()));
            if (outcome.get(0).startsWith("image:")) {
                assertThat(outcome.get(1)).as("round %d", round).isEqualTo("SnapshotCreatedImage");
                assertThat(snapshot(s)).as("round %d", round).isNotNull();
                String image = outcome.get(0).substring(6);
                client.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image));
            } else {
                assertThat(outcome).as("round %d", round).containsExactly("InvalidSnapshotId.NotFound", "deleted");
                assertThat(snapshot(s)).as("round %d", round).isNull();
            }
        }
    }

    /** The conformance recipes of the snapshot and image actions. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("CreateSnapshot", api -> AliyunApi.params("DiskId", systemDisk(api), "SnapshotName", "snap"))
                    .fails("InvalidDiskId.NotFound", api -> AliyunApi.params("DiskId", "d-missing"));
            r.ecs("DescribeSnapshots", api -> {
                snapshot(api);
                return AliyunApi.params("RegionId", REGION, "PageSize", "5");
            });
            r.ecs("ModifySnapshotAttribute", api -> AliyunApi.params("SnapshotId", snapshot(api), "SnapshotName", "renamed"))
                    .fails("InvalidSnapshotId.NotFound", api -> AliyunApi.params("SnapshotId", "s-missing",
                            "SnapshotName", "renamed"));
            r.ecs("DeleteSnapshot", api -> AliyunApi.params("SnapshotId", snapshot(api)))
                    .fails("InvalidSnapshotId.NotFound", api -> AliyunApi.params("SnapshotId", "s-missing"))
                    .fails("SnapshotCreatedImage", api -> {
                        String s = snapshot(api);
                        api.ecs("CreateImage", "RegionId", REGION, "SnapshotId", s);
                        return AliyunApi.params("SnapshotId", s);
                    });
            r.ecs("CreateImage", api -> AliyunApi.params("RegionId", REGION, "SnapshotId", snapshot(api),
                            "ImageName", "golden", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidSnapshotId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "SnapshotId", "s-missing"));
            // DescribeImages: FamilyRecipes has its recipe (the catalog); custom images answer in this class's tests
            r.ecs("ModifyImageAttribute", api -> AliyunApi.params("RegionId", REGION, "ImageId", image(api),
                            "Description", "d"))
                    .fails("InvalidImageId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ImageId", "m-missing",
                            "Description", "d"));
            r.ecs("DeleteImage", api -> AliyunApi.params("RegionId", REGION, "ImageId", image(api)))
                    .fails("InvalidImageId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ImageId", "m-missing"));
        }

        private static String systemDisk(AliyunApi api) {
            String instance = api.instance(api.group());
            return api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", instance, "DiskType", "system")
                    .path("Disks").path("Disk").path(0).path("DiskId").asString();
        }

        private static String snapshot(AliyunApi api) {
            return api.ecs("CreateSnapshot", "DiskId", systemDisk(api)).path("SnapshotId").asString();
        }

        private static String image(AliyunApi api) {
            return api.ecs("CreateImage", "RegionId", REGION, "SnapshotId", snapshot(api)).path("ImageId").asString();
        }
    }
}
