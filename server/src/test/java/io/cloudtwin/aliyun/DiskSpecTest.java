package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.ModifyDiskSpecRequest;
import com.aliyun.ecs20140526.models.ResizeDiskRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.EcsTestBase;

/**
 * ModifyDiskSpec as the provider sends it: alicloud_ecs_disk's category and performance_level changed in place
 * (DiskId, DiskCategory, PerformanceLevel), alicloud_instance's system_disk_performance_level (DiskId of the system
 * disk, PerformanceLevel), each read back from DescribeDisks; then what ECS refuses, each refusal changing nothing.
 */
class DiskSpecTest extends EcsTestBase {
    private static final String ZONE = REGION + "-h";
    private String disk(String category, int size) throws Exception {
        return client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setDiskCategory(category).setSize(size)).getBody().getDiskId();
    }

    private DescribeDisksResponseBodyDisksDisk described(String id) throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskIds("[\"" + id + "\"]"))
                .getBody().getDisks().getDisk().get(0);
    }

    private String spec(String id) throws Exception {
        var d = described(id);
        return d.getCategory() + " " + d.getPerformanceLevel();
    }

    private void modify(ModifyDiskSpecRequest r) throws Exception {
        client.modifyDiskSpec(r);
    }

    @Test
    void aDiskChangesCategoryAndLevelInPlace() throws Exception {
        String id = disk("cloud_efficiency", 20);
        modify(new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_essd"));
        assertThat(spec(id)).as("an ESSD at PL1 unless told").isEqualTo("cloud_essd PL1");
        // PL2 needs 461 GiB: resize first, as ECS says
        assertThat(refused(() -> client.modifyDiskSpec(new ModifyDiskSpecRequest().setDiskId(id)
                .setPerformanceLevel("PL2"))).getCode()).isEqualTo("OperationDenied.PerformanceLevelNotMatch");
        client.resizeDisk(new ResizeDiskRequest().setDiskId(id).setNewSize(500));
        modify(new ModifyDiskSpecRequest().setDiskId(id).setPerformanceLevel("PL2"));
        assertThat(spec(id)).isEqualTo("cloud_essd PL2");
        modify(new ModifyDiskSpecRequest().setDiskId(id).setPerformanceLevel("PL1"));
        assertThat(spec(id)).isEqualTo("cloud_essd PL1");
        modify(new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_ssd"));
        assertThat(spec(id)).isEqualTo("cloud_ssd ");
        assertThat(described(id).getSize()).isEqualTo(500);
    }

    @Test
    void theSystemDiskOfAnInstance() throws Exception {
        String instance = ecs.launch(ecs.run().setSystemDisk(new RunInstancesRequest.RunInstancesRequestSystemDisk()
                .setCategory("cloud_essd").setSize("40").setPerformanceLevel("PL0")));
        var system = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("system")).getBody().getDisks().getDisk().get(0);
        assertThat(system.getPerformanceLevel()).isEqualTo("PL0");
        modify(new ModifyDiskSpecRequest().setDiskId(system.getDiskId()).setPerformanceLevel("PL1"));
        assertThat(spec(system.getDiskId())).as("in use, at once").isEqualTo("cloud_essd PL1");
        assertThat(described(system.getDiskId()).getStatus()).isEqualTo("In_use");
        assertThat(refused(() -> client.modifyDiskSpec(new ModifyDiskSpecRequest().setDiskId(system.getDiskId())
                .setPerformanceLevel("PL0"))).getCode()).as("not back down to PL0")
                .isEqualTo("InvalidPerformanceLevel.TooLow");
    }

    @Test
    void whatEcsRefusesChangesNothing() throws Exception {
        String id = disk("cloud_ssd", 40);
        for (var c : List.<Object[]>of(
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_ssd"),
                    "NoChangeInDiskCategoryAndPerformanceLevel"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setPerformanceLevel("PL2"),
                    "InvalidPerformanceLevelParam.Mismatch"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("floppy"),
                    "InvalidDiskCategory.ValueNotSupported"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_essd")
                        .setPerformanceLevel("PL9"), "InvalidPerformanceLevel.Malformed"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_essd")
                        .setProvisionedIops(5000L), "ProvisionedIopsForDiskCategoryUnsupported"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_essd")
                        .setDryRun(true), "DryRunOperation"},
                new Object[] {new ModifyDiskSpecRequest().setDiskId("d-missing").setDiskCategory("cloud_essd"),
                    "InvalidDiskId.NotFound"})) {
            assertThat(refused(() -> client.modifyDiskSpec((ModifyDiskSpecRequest) c[0])).getCode())
                    .isEqualTo(c[1]);
        }
        assertThat(spec(id)).isEqualTo("cloud_ssd ");
        modify(new ModifyDiskSpecRequest().setDiskId(id).setDiskCategory("cloud_auto").setProvisionedIops(5000L));
        assertThat(spec(id)).isEqualTo("cloud_auto ");
    }

    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ModifyDiskSpec", api -> AliyunApi.params("DiskId", disk(api), "DiskCategory", "cloud_essd",
                            "PerformanceLevel", "PL1"))
                    .fails("InvalidDiskId.NotFound", api -> AliyunApi.params("DiskId", "d-missing",
                            "DiskCategory", "cloud_essd"))
                    .fails("NoChangeInDiskCategoryAndPerformanceLevel", api -> AliyunApi.params("DiskId", disk(api),
                            "DiskCategory", "cloud_efficiency"));
        }

        private static String disk(AliyunApi api) {
            return api.ecs("CreateDisk", "RegionId", REGION, "ZoneId", ZONE, "Size", "20", "DiskCategory",
                    "cloud_efficiency").path("DiskId").asString();
        }
    }
}
