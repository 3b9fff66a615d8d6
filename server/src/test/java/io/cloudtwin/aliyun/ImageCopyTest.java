package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CopyImageRequest;
import com.aliyun.ecs20140526.models.CopySnapshotRequest;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DeleteImageRequest;
import com.aliyun.ecs20140526.models.DeleteSnapshotRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody.DescribeImagesResponseBodyImagesImage;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.ModifyImageAttributeRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_image_copy (501 before): CopyImage with RegionId the source region and DestinationRegionId the provider's
 * region, then DescribeImages there until the copy is Available, ModifyImageAttribute on update and DeleteImage on
 * destroy, through the ECS SDK. The copy stands over copies of the source's snapshots in its own region; the
 * refusals are the metadata's codes. CopySnapshot copies a snapshot to another region the same way.
 */
class ImageCopyTest extends ServerTestBase {
    private static final String TO = "cn-shanghai";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    /** A custom image of REGION made from an instance's system disk: [image, its snapshot]. */
    private String[] image(String name) throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String vm = client.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        String disk = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(vm))
                .getBody().getDisks().getDisk().get(0).getDiskId();
        String snapshot = client.createSnapshot(new CreateSnapshotRequest().setDiskId(disk)).getBody().getSnapshotId();
        String image = client.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(snapshot)
                .setImageName(name).setImageFamily("golden")).getBody().getImageId();
        return new String[] {image, snapshot};
    }

    private String copy(String image, String name) throws Exception {
        return client.copyImage(new CopyImageRequest().setRegionId(REGION).setImageId(image).setDestinationRegionId(TO)
                .setDestinationImageName(name).setDestinationDescription("copied")
                .setTag(List.of(new CopyImageRequest.CopyImageRequestTag().setKey("env").setValue("test"))))
                .getBody().getImageId();
    }

    private DescribeImagesResponseBodyImagesImage in(String region, String id) throws Exception {
        var found = client.describeImages(new DescribeImagesRequest().setRegionId(region).setImageId(id)
                .setStatus("ALL")).getBody().getImages().getImage();
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void theProvidersCopyIsMadeReadUpdatedAndDestroyed() throws Exception {
        String[] source = image("golden-1");
        String id = copy(source[0], "golden-1-sh");
        assertThat(id).startsWith("m-").isNotEqualTo(source[0]);

        var read = in(TO, id);
        assertThat(read.getStatus()).isEqualTo("Available");
        assertThat(read.getImageOwnerAlias()).isEqualTo("self");
        assertThat(List.of(read.getImageName(), read.getDescription(), read.getImageFamily()))
                .containsExactly("golden-1-sh", "copied", "golden");
        assertThat(read.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("env=test");
        String copiedSnapshot = read.getDiskDeviceMappings().getDiskDeviceMapping().get(0).getSnapshotId();
        assertThat(copiedSnapshot).startsWith("s-").isNotEqualTo(source[1]);
        var there = client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(TO)
                .setSnapshotIds("[\"" + copiedSnapshot + "\"]")).getBody().getSnapshots().getSnapshot();
        assertThat(there).singleElement().satisfies(s -> assertThat(s.getUsage()).isEqualTo("image"));
        assertThat(in(REGION, id)).as("not in the source region").isNull();
        assertThat(in(REGION, source[0])).as("the source stays").isNotNull();

        client.modifyImageAttribute(new ModifyImageAttributeRequest().setRegionId(TO).setImageId(id)
                .setDescription("renamed"));
        assertThat(in(TO, id).getDescription()).isEqualTo("renamed");
        assertThat(code(() -> client.deleteSnapshot(new DeleteSnapshotRequest().setSnapshotId(copiedSnapshot))))
                .as("the copy stands on it").isEqualTo("SnapshotCreatedImage");
        client.deleteImage(new DeleteImageRequest().setRegionId(TO).setImageId(id));
        assertThat(in(TO, id)).isNull();
    }

    @Test
    void theRefusals() throws Exception {
        String[] source = image("golden-2");
        copy(source[0], "taken");
        assertThat(code(() -> copy(source[0], "taken"))).isEqualTo("InvalidImageName.Duplicated");
        assertThat(code(() -> copy("m-nothere000000000000", "x1"))).isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> copy("aliyun_3_x64_20G_alibase_20240819.vhd", "x2")))
                .as("a public image is no custom image of the account").isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> client.copyImage(new CopyImageRequest().setRegionId(REGION).setImageId(source[0])
                .setDestinationRegionId("cn-nowhere")))).isEqualTo("DestinationRegion.NotFound");
        assertThat(code(() -> copy(source[0], "1-starts-with-a-digit"))).isEqualTo("InvalidImageName.Malformed");
        // without DestinationRegionId, a copy in the source's own region
        String here = client.copyImage(new CopyImageRequest().setRegionId(REGION).setImageId(source[0])
                .setDestinationImageName("golden-2-copy")).getBody().getImageId();
        assertThat(in(REGION, here).getImageName()).isEqualTo("golden-2-copy");
    }

    /** CopySnapshot: a snapshot of REGION copied to another region, with the request's name, retention and tags. */
    @Test
    void aSnapshotCopiedToAnotherRegion() throws Exception {
        String snapshot = image("golden-3")[1];
        String id = client.copySnapshot(new CopySnapshotRequest().setRegionId(REGION).setSnapshotId(snapshot)
                .setDestinationRegionId(TO).setDestinationSnapshotName("copied-snap")
                .setDestinationSnapshotDescription("from hangzhou").setRetentionDays(7)
                .setTag(List.of(new CopySnapshotRequest.CopySnapshotRequestTag().setKey("env").setValue("dr"))))
                .getBody().getSnapshotId();
        assertThat(id).startsWith("s-").isNotEqualTo(snapshot);
        var source = client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION)
                .setSnapshotIds("[\"" + snapshot + "\"]")).getBody().getSnapshots().getSnapshot().get(0);
        var there = client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(TO)
                .setSnapshotIds("[\"" + id + "\"]")).getBody().getSnapshots().getSnapshot();
        assertThat(there).singleElement().satisfies(s -> {
            assertThat(List.of(s.getSnapshotName(), s.getDescription(), s.getStatus()))
                    .containsExactly("copied-snap", "from hangzhou", "accomplished");
            assertThat(s.getRetentionDays()).isEqualTo(7);
            assertThat(List.of(s.getSourceDiskId(), s.getSourceDiskSize(), s.getSourceDiskType()))
                    .containsExactly(source.getSourceDiskId(), source.getSourceDiskSize(), source.getSourceDiskType());
            assertThat(s.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                    .containsExactly("env=dr");
        });
        assertThat(code(() -> client.copySnapshot(new CopySnapshotRequest().setRegionId(REGION)
                .setSnapshotId(snapshot).setDestinationRegionId(REGION).setDestinationSnapshotName("same")
                .setDestinationSnapshotDescription("d")))).isEqualTo("InvalidOperation.NotSupportCopyInSameRegion");
        assertThat(code(() -> client.copySnapshot(new CopySnapshotRequest().setRegionId(REGION)
                .setSnapshotId("s-nothere000000000000").setDestinationRegionId(TO).setDestinationSnapshotName("x1")
                .setDestinationSnapshotDescription("d")))).isEqualTo("InvalidSnapshotId.NotFound");
        assertThat(code(() -> client.copySnapshot(new CopySnapshotRequest().setRegionId(REGION)
                .setSnapshotId(snapshot).setDestinationRegionId("cn-nowhere").setDestinationSnapshotName("x2")
                .setDestinationSnapshotDescription("d")))).isEqualTo("InvalidRegionId.NotExists");
    }

    /** The conformance recipe: the answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("CopyImage", api -> {
                String instance = api.instance(api.group());
                String disk = api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", instance, "DiskType",
                        "system").path("Disks").path("Disk").path(0).path("DiskId").asString();
                String snapshot = api.ecs("CreateSnapshot", "DiskId", disk).path("SnapshotId").asString();
                String image = api.ecs("CreateImage", "RegionId", REGION, "SnapshotId", snapshot).path("ImageId")
                        .asString();
                return AliyunApi.params("RegionId", REGION, "ImageId", image, "DestinationRegionId", TO);
            }).fails("InvalidImageId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ImageId", "m-missing",
                    "DestinationRegionId", TO));
            r.ecs("CopySnapshot", api -> {
                String instance = api.instance(api.group());
                String disk = api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", instance, "DiskType",
                        "system").path("Disks").path("Disk").path(0).path("DiskId").asString();
                String snapshot = api.ecs("CreateSnapshot", "DiskId", disk).path("SnapshotId").asString();
                return AliyunApi.params("RegionId", REGION, "SnapshotId", snapshot, "DestinationRegionId", TO,
                        "DestinationSnapshotName", "copied", "DestinationSnapshotDescription", "d");
            }).fails("InvalidSnapshotId.NotFound", api -> AliyunApi.params("RegionId", REGION, "SnapshotId",
                    "s-missing", "DestinationRegionId", TO, "DestinationSnapshotName", "copied",
                    "DestinationSnapshotDescription", "d"));
        }
    }
}
