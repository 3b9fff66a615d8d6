package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AttachDiskRequest;
import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteDiskRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DetachDiskRequest;
import com.aliyun.ecs20140526.models.ModifyDiskAttributeRequest;
import com.aliyun.ecs20140526.models.ResizeDiskRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_disk and alicloud_ecs_disk_attachment, and what alicloud_instance reads of disks, in the
 * provider's order and with its parameters (DiskIds as a JSON array, attach and detach without RegionId): create ->
 * read -> ModifyDiskAttribute -> attach -> wait In_use -> read by InstanceId -> resize -> detach -> wait Available ->
 * delete -> read empty, "gone". The rules: same zone, never the system disk, never deleted while attached, one disk
 * attached to two instances at once never both win.
 */
class DiskScenarioTest extends ServerTestBase {
    private static final String ZONE = REGION + "-h";

    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String instance(String zone, RunInstancesRequest.RunInstancesRequestDataDisk... data) throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(zone)
                        .setImageId("ubuntu_22_04_x64_20G_alibase_20240926.vhd").setInstanceType("ecs.g6.large")
                        .setSecurityGroupId(group).setDataDisk(List.of(data))
                        .setSystemDisk(new RunInstancesRequest.RunInstancesRequestSystemDisk().setCategory("cloud_essd")
                                .setSize("60").setDiskName("sys").setDescription("the system disk")))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private DescribeDisksResponseBodyDisksDisk read(String diskId) throws Exception {
        var found = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION)
                .setDiskIds("[\"" + diskId + "\"]")).getBody().getDisks().getDisk();
        return found.isEmpty() ? null : found.get(0);
    }

    private String code(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e.getCode();
    }

    @Test
    void alicloudEcsDiskAndAttachmentTheProvidersWay() throws Exception {
        String disk = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setDiskCategory("cloud_essd").setSize(50).setDiskName("tf-disk").setDescription("data")
                .setClientToken("TF-CreateDisk-1")).getBody().getDiskId();
        assertThat(client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE).setDiskCategory("cloud_essd")
                .setSize(50).setClientToken("TF-CreateDisk-1")).getBody().getDiskId()).as("same ClientToken").isEqualTo(disk);
        var d = read(disk);
        assertThat(d.getStatus()).isEqualTo("Available");
        assertThat(d.getType()).isEqualTo("data");
        assertThat(d.getSize()).isEqualTo(50);
        assertThat(d.getDeleteAutoSnapshot()).as("present and boolean, as the provider type-asserts").isFalse();
        client.modifyDiskAttribute(new ModifyDiskAttributeRequest().setRegionId(REGION).setDiskId(disk)
                .setDeleteWithInstance(false).setDiskName("tf-disk-2"));
        assertThat(read(disk).getDiskName()).isEqualTo("tf-disk-2");

        String instance = instance(ZONE);
        client.attachDisk(new AttachDiskRequest().setDiskId(disk).setInstanceId(instance));
        d = read(disk);
        assertThat(d.getStatus()).isEqualTo("In_use");
        assertThat(d.getInstanceId()).isEqualTo(instance);
        assertThat(d.getDevice()).isEqualTo("/dev/xvdb");
        var ofInstance = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance))
                .getBody().getDisks().getDisk();
        assertThat(ofInstance).extracting(x -> x.getType()).containsExactlyInAnyOrder("system", "data");
        assertThat(code(() -> client.deleteDisk(new DeleteDiskRequest().setDiskId(disk)))).isIn("DiskStillAttached", "IncorrectDiskStatus");
        assertThat(code(() -> client.attachDisk(new AttachDiskRequest().setDiskId(disk).setInstanceId(instance))))
                .isEqualTo("IncorrectDiskStatus");

        client.resizeDisk(new ResizeDiskRequest().setDiskId(disk).setNewSize(80).setType("online"));
        assertThat(read(disk).getSize()).isEqualTo(80);
        assertThat(code(() -> client.resizeDisk(new ResizeDiskRequest().setDiskId(disk).setNewSize(40))))
                .isEqualTo("InvalidDiskSize.TooSmall");

        client.detachDisk(new DetachDiskRequest().setDiskId(disk).setInstanceId(instance));
        assertThat(read(disk).getStatus()).isEqualTo("Available");
        assertThat(code(() -> client.detachDisk(new DetachDiskRequest().setDiskId(disk).setInstanceId(instance))))
                .isEqualTo("InvalidDisk.AlreadyDetached");
        client.deleteDisk(new DeleteDiskRequest().setDiskId(disk));
        assertThat(read(disk)).as("gone: an empty list").isNull();
    }

    @Test
    void theInstancesSystemAndDataDisksTheWayItsReadFindsThem() throws Exception {
        String instance = instance(ZONE, new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(20)
                        .setCategory("cloud_efficiency").setDiskName("data-disk").setDescription("disk-description")
                        .setEncrypted("true").setDeleteWithInstance(true),
                new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(100).setCategory("cloud_essd")
                        .setDeleteWithInstance(false));
        var system = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("system")).getBody().getDisks().getDisk();
        assertThat(system).singleElement().satisfies(s -> {
            assertThat(s.getInstanceId()).isEqualTo(instance);
            assertThat(s.getCategory()).isEqualTo("cloud_essd");
            assertThat(s.getSize()).isEqualTo(60);
            assertThat(s.getDiskName()).isEqualTo("sys");
        });
        var data = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("data")).getBody().getDisks().getDisk();
        assertThat(data).extracting(x -> x.getSize()).containsExactlyInAnyOrder(20, 100);
        var small = data.stream().filter(x -> x.getSize() == 20).findFirst().orElseThrow();
        assertThat(small.getEncrypted()).isTrue();
        assertThat(small.getDiskName()).isEqualTo("data-disk");
        String kept = data.stream().filter(x -> x.getSize() == 100).findFirst().orElseThrow().getDiskId();
        String systemId = system.get(0).getDiskId();
        assertThat(code(() -> client.detachDisk(new DetachDiskRequest().setDiskId(systemId).setInstanceId(instance))))
                .isIn("DiskTypeViolation", "InvalidDiskId.OperationNotSupported");

        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        assertThat(read(systemId)).as("the system disk goes with its instance").isNull();
        assertThat(read(small.getDiskId())).as("DeleteWithInstance").isNull();
        assertThat(read(kept).getStatus()).as("kept, detached").isEqualTo("Available");
    }

    @Test
    void theRulesOfCreateAndAttach() throws Exception {
        assertThat(code(() -> client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setDiskCategory("cloud_efficiency").setSize(10)))).isEqualTo("InvalidSize.ValueNotSupported");
        assertThat(code(() -> client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE)
                .setDiskCategory("floppy").setSize(10)))).isEqualTo("InvalidDiskCategory.ValueNotSupported");
        assertThat(code(() -> client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(REGION + "-q")
                .setSize(20)))).isEqualTo("InvalidZoneId.NotFound");
        String disk = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(REGION + "-i").setSize(20))
                .getBody().getDiskId();
        String instance = instance(ZONE);
        assertThat(code(() -> client.attachDisk(new AttachDiskRequest().setDiskId(disk).setInstanceId(instance))))
                .isEqualTo("ResourcesNotInSameZone");
        assertThat(code(() -> client.attachDisk(new AttachDiskRequest().setDiskId("d-missing").setInstanceId(instance))))
                .isEqualTo("InvalidDiskId.NotFound");
    }

    /** The state document carries disks, attached or not, and brings them back; an old document without them gets system disks. */
    @Test
    void disksSurviveAnExportAndImport() throws Exception {
        String instance = instance(ZONE, new RunInstancesRequest.RunInstancesRequestDataDisk().setSize(30));
        String loose = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE).setSize(25))
                .getBody().getDiskId();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/reset", "{}").statusCode()).isEqualTo(200);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var ofInstance = client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance))
                .getBody().getDisks().getDisk();
        assertThat(ofInstance).extracting(x -> x.getType() + ":" + x.getSize()).containsExactlyInAnyOrder("system:60", "data:30");
        assertThat(read(loose).getStatus()).isEqualTo("Available");

        var doc = JSON.readTree(exported);
        ((tools.jackson.databind.node.ObjectNode) doc).remove("disks");
        assertThat(admin("POST", "/_cloudtwin/reset", "{}").statusCode()).isEqualTo(200);
        assertThat(admin("POST", "/_cloudtwin/state", doc.toString()).statusCode()).isEqualTo(200);
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("system")).getBody().getDisks().getDisk()).as("the default system disk")
                .singleElement().satisfies(x -> {
                    assertThat(x.getSize()).isEqualTo(40);
                    assertThat(x.getCategory()).isEqualTo("cloud_efficiency");
                });
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** One disk, two AttachDisk at once to two instances: exactly one wins, in the transaction. */
    @Test
    void oneDiskAttachedToTwoInstancesNeverBothWin() throws Exception {
        String a = instance(ZONE);
        String b = instance(ZONE);
        for (int round = 0; round < 15; round++) {
            String disk = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(ZONE).setSize(20))
                    .getBody().getDiskId();
            List<Future<String>> results = new ArrayList<>();
            for (String target : List.of(a, b)) {
                results.add(racing().submit(() -> {
                    try {
                        client.attachDisk(new AttachDiskRequest().setDiskId(disk).setInstanceId(target));
                        return "ok:" + target;
                    } catch (TeaException e) {
                        return e.getCode();
                    }
                }));
            }
            List<String> outcome = List.of(results.get(0).get(), results.get(1).get());
            assertThat(outcome).as("round %d", round).filteredOn(o -> o.startsWith("ok:")).hasSize(1);
            assertThat(outcome).as("round %d", round).contains("IncorrectDiskStatus");
            String winner = outcome.stream().filter(o -> o.startsWith("ok:")).findFirst().orElseThrow().substring(3);
            assertThat(read(disk).getInstanceId()).isEqualTo(winner);
            client.detachDisk(new DetachDiskRequest().setDiskId(disk).setInstanceId(winner));
            client.deleteDisk(new DeleteDiskRequest().setDiskId(disk));
        }
    }

    /** The conformance recipes of the disk actions. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("CreateDisk", api -> AliyunApi.params("RegionId", REGION, "ZoneId", ZONE, "Size", "20"))
                    .fails("InvalidSize.ValueNotSupported", api -> AliyunApi.params("RegionId", REGION, "ZoneId", ZONE,
                            "Size", "1", "DiskCategory", "cloud_efficiency"));
            r.ecs("AttachDisk", api -> AliyunApi.params("DiskId", disk(api), "InstanceId", api.instance(api.group())))
                    .fails("InvalidDiskId.NotFound", api -> AliyunApi.params("DiskId", "d-missing",
                            "InstanceId", api.instance(api.group())));
            r.ecs("DetachDisk", api -> {
                String instance = api.instance(api.group());
                String disk = disk(api);
                api.ecs("AttachDisk", "DiskId", disk, "InstanceId", instance);
                return AliyunApi.params("DiskId", disk, "InstanceId", instance);
            });
            r.ecs("DeleteDisk", api -> AliyunApi.params("DiskId", disk(api)))
                    .fails("InvalidDiskId.NotFound", api -> AliyunApi.params("DiskId", "d-missing"));
            r.ecs("ResizeDisk", api -> AliyunApi.params("DiskId", disk(api), "NewSize", "30"));
            r.ecs("ModifyDiskAttribute", api -> AliyunApi.params("RegionId", REGION, "DiskId", disk(api), "DiskName", "n"));
        }

        /** A disk in the zone RunInstances puts instances in by default. */
        private static String disk(AliyunApi api) {
            String instance = api.instance(api.group());
            String zone = api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + instance + "\"]")
                    .path("Instances").path("Instance").path(0).path("ZoneId").asString();
            return api.ecs("CreateDisk", "RegionId", REGION, "ZoneId", zone.isEmpty() ? ZONE : zone, "Size", "20")
                    .path("DiskId").asString();
        }
    }
}
