package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DeleteImageRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeSnapshotsRequest;
import com.aliyun.ecs20140526.models.ReplaceSystemDiskRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * alicloud_instance's change of image_id (modifyInstanceImage): the instance stopped, ReplaceSystemDisk with ImageId
 * and SystemDisk.Size, then the reads the provider waits on (DescribeInstances' ImageId, the system disk by its new
 * DiskId and its Size), through the new SDK; the refusals, and a custom image made from the instance.
 */
class ReplaceSystemDiskTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final String OTHER = "ubuntu_22_04_x64_20G_alibase_20240926.vhd";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private String instance() throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setSystemDisk(
                        new RunInstancesRequest.RunInstancesRequestSystemDisk().setSize("40")
                                .setCategory("cloud_essd"))).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private List<DescribeDisksResponseBodyDisksDisk> systemDisks(String instance) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("system")).getBody().getDisks().getDisk();
    }

    private String imageOf(String instance) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + instance + "\"]")).getBody().getInstances().getInstance().get(0).getImageId();
    }

    private String replace(String instance, String image, Integer size) throws Exception {
        var request = new ReplaceSystemDiskRequest().setInstanceId(instance).setImageId(image)
                .setClientToken("tf-" + System.nanoTime());
        if (size != null) {
            request.setSystemDisk(new ReplaceSystemDiskRequest.ReplaceSystemDiskRequestSystemDisk().setSize(size));
        }
        return client.replaceSystemDisk(request).getBody().getDiskId();
    }

    @Test
    void aStoppedInstanceGetsANewSystemDiskFromTheNewImage() throws Exception {
        String id = instance();
        var before = systemDisks(id).get(0);
        assertThat(code(() -> replace(id, OTHER, 50))).as("running").isEqualTo("IncorrectInstanceStatus");
        String snapshot = client.createSnapshot(new CreateSnapshotRequest().setDiskId(before.getDiskId()))
                .getBody().getSnapshotId();

        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        String disk = replace(id, OTHER, 50);
        assertThat(disk).startsWith("d-").isNotEqualTo(before.getDiskId());
        assertThat(imageOf(id)).isEqualTo(OTHER);
        assertThat(systemDisks(id)).singleElement().satisfies(d -> {
            assertThat(d.getDiskId()).isEqualTo(disk);
            assertThat(d.getSize()).isEqualTo(50);
            assertThat(d.getCategory()).isEqualTo("cloud_essd");
            assertThat(d.getImageId()).isEqualTo(OTHER);
            assertThat(d.getDevice()).isEqualTo(before.getDevice());
        });
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION)
                .setDiskIds("[\"" + before.getDiskId() + "\"]")).getBody().getDisks().getDisk())
                .as("the old disk goes").isEmpty();
        assertThat(client.describeSnapshots(new DescribeSnapshotsRequest().setRegionId(REGION)
                .setSnapshotIds("[\"" + snapshot + "\"]")).getBody().getSnapshots().getSnapshot())
                .as("its snapshots stay").hasSize(1);

        // without ImageId the instance keeps its image; without a size, the old disk's
        String again = replace(id, null, null);
        assertThat(imageOf(id)).isEqualTo(OTHER);
        assertThat(systemDisks(id).get(0).getSize()).isEqualTo(50);
        assertThat(systemDisks(id).get(0).getDiskId()).isEqualTo(again);

        assertThat(code(() -> replace(id, "m-nothere", 50))).isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> replace(id, OTHER, 10))).isEqualTo("InvalidSystemDiskSize.ValueNotSupported");
        assertThat(code(() -> replace("i-nothere", OTHER, 50))).isEqualTo("InvalidInstanceId.NotFound");
    }

    @Test
    void aCustomImageSetsTheLeastSizeAndIsInUseAfterwards() throws Exception {
        String source = instance();
        client.stopInstance(new StopInstanceRequest().setInstanceId(source));
        replace(source, IMAGE, 60);
        String image = client.createImage(new CreateImageRequest().setRegionId(REGION).setInstanceId(source)
                .setImageName("golden")).getBody().getImageId();

        String id = instance();
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        assertThat(code(() -> replace(id, image, 40))).isEqualTo("InvalidSystemDiskSize.LessThanImageSize");
        replace(id, image, null);
        assertThat(systemDisks(id).get(0).getSize()).isEqualTo(60);
        assertThat(imageOf(id)).isEqualTo(image);
        assertThat(code(() -> client.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image))))
                .isEqualTo("ImageUsingByInstance");
    }

    /** A conformance recipe: the answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ReplaceSystemDisk", api -> {
                String id = api.instance(api.group());
                api.ecs("StopInstance", "InstanceId", id);
                return AliyunApi.params("InstanceId", id, "ImageId", OTHER, "SystemDisk.Size", "50");
            }).fails("IncorrectInstanceStatus", api -> AliyunApi.params("InstanceId", api.instance(api.group()),
                    "ImageId", OTHER));
        }
    }
}
