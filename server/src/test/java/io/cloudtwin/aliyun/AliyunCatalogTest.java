package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeAvailableResourceRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImageSupportInstanceTypesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImagesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceTypeFamiliesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceTypeFamiliesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceTypesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeZonesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.support.ServerTestBase;

/**
 * The catalog (catalog/aliyun-catalog.json), as Terraform's data sources (alicloud_images, alicloud_instance_types,
 * alicloud_zones) read it, and RunInstances refusing what is not in it.
 */
class AliyunCatalogTest extends ServerTestBase {
    private final IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));


    @Test
    void imagesTypesAndZones() throws Exception {
        DescribeImagesRequest images = local(new DescribeImagesRequest());
        images.setRegionId(REGION);
        images.setImageOwnerAlias("system");
        images.setImageName("ubuntu_22_04_x64_20G_alibase_20240926.vhd");
        assertThat(client.getAcsResponse(images).getImages()).singleElement().satisfies(i -> {
            assertThat(i.getOSType()).isEqualTo("linux");
            assertThat(i.getStatus()).isEqualTo("Available");
        });

        DescribeInstanceTypesRequest types = local(new DescribeInstanceTypesRequest());
        types.setInstanceTypeFamily("ecs.c6");
        assertThat(client.getAcsResponse(types).getInstanceTypes()).extracting(t -> t.getInstanceTypeId())
                .containsExactly("ecs.c6.large", "ecs.c6.xlarge", "ecs.c6.2xlarge");

        DescribeAvailableResourceRequest available = local(new DescribeAvailableResourceRequest());
        available.setRegionId(REGION);
        available.setDestinationResource("InstanceType");
        available.setInstanceType("ecs.g6.large");
        var zones = client.getAcsResponse(available).getAvailableZones();
        assertThat(zones).extracting(z -> z.getZoneId()).containsExactly(REGION + "-b", REGION + "-e", REGION + "-f", REGION + "-g", REGION + "-h",
                REGION + "-i", REGION + "-j", REGION + "-k");
        assertThat(zones.get(0).getAvailableResources().get(0).getSupportedResources())
                .extracting(s -> s.getValue()).isEqualTo(List.of("ecs.g6.large"));
    }

    @Test
    void theDataSourcesSeeTheWholeCatalog() throws Exception {
        // alicloud_images: PageSize 100, owners system, then name_regex and most_recent on the client
        DescribeImagesRequest images = local(new DescribeImagesRequest());
        images.setRegionId(REGION);
        images.setImageOwnerAlias("system");
        images.setStatus("Available");
        images.setPageNumber(1);
        images.setPageSize(100);
        var all = client.getAcsResponse(images);
        assertThat(all.getTotalCount()).isEqualTo(23);
        assertThat(all.getImages()).hasSize(23).allSatisfy(i -> {
            assertThat(i.getCreationTime()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
            assertThat(i.getImageName()).isNotEmpty();
        });
        assertThat(all.getImages()).extracting(i -> i.getImageName()).anyMatch(n -> n.matches("ubuntu_22.*x64.*"));
        images.setImageOwnerAlias("self");
        assertThat(client.getAcsResponse(images).getImages()).as("no custom images").isEmpty();

        // alicloud_zones: a zone is kept only when it lists instance types and disk categories
        DescribeZonesRequest zones = local(new DescribeZonesRequest());
        zones.setRegionId(REGION);
        assertThat(client.getAcsResponse(zones).getZones()).isNotEmpty().allSatisfy(z -> {
            assertThat(z.getAvailableInstanceTypes()).contains("ecs.g6.large", "ecs.n4.large");
            assertThat(z.getAvailableDiskCategories()).contains("cloud_efficiency", "cloud_essd");
        });

        // alicloud_instance_types: DescribeAvailableResource by Cores and Memory, then DescribeInstanceTypes
        DescribeAvailableResourceRequest available = local(new DescribeAvailableResourceRequest());
        available.setRegionId(REGION);
        available.setDestinationResource("InstanceType");
        available.setCores(2);
        available.setMemory(8f);
        assertThat(client.getAcsResponse(available).getAvailableZones().get(0).getAvailableResources().get(0)
                .getSupportedResources()).extracting(x -> x.getValue()).contains("ecs.g6.large", "ecs.g5.large")
                .doesNotContain("ecs.c6.large");
        DescribeInstanceTypesRequest types = local(new DescribeInstanceTypesRequest());
        types.setInstanceTypess(List.of("ecs.n4.large"));
        assertThat(client.getAcsResponse(types).getInstanceTypes()).singleElement().satisfies(t -> {
            assertThat(t.getCpuCoreCount()).isEqualTo(2);
            assertThat(t.getMemorySize()).isEqualTo(4f);
        });
    }

    @Test
    void theTypesAnImageRunsOnAndTheFamilies() throws Exception {
        // alicloud_instance_types with image_id: DescribeImageSupportInstanceTypes, then the ids it lists
        DescribeImageSupportInstanceTypesRequest x86 = local(new DescribeImageSupportInstanceTypesRequest());
        x86.setImageId("ubuntu_22_04_x64_20G_alibase_20240926.vhd");
        var supported = client.getAcsResponse(x86);
        assertThat(supported.getImageId()).isEqualTo("ubuntu_22_04_x64_20G_alibase_20240926.vhd");
        assertThat(supported.getRegionId()).isEqualTo(REGION);
        assertThat(supported.getInstanceTypes()).extracting(t -> t.getInstanceTypeId())
                .contains("ecs.g6.large", "ecs.n4.large");
        assertThat(supported.getInstanceTypes()).filteredOn(t -> t.getInstanceTypeId().equals("ecs.g6.large"))
                .singleElement().satisfies(t -> {
                    assertThat(t.getInstanceTypeFamily()).isEqualTo("ecs.g6");
                    assertThat(t.getCpuCoreCount()).isEqualTo(2);
                    assertThat(t.getMemorySize()).as("GiB").isEqualTo(8f);
                });
        DescribeImageSupportInstanceTypesRequest arm = local(new DescribeImageSupportInstanceTypesRequest());
        arm.setImageId("aliyun_3_arm64_20G_alibase_20240528.vhd");
        assertThat(client.getAcsResponse(arm).getInstanceTypes()).as("no Arm type in the catalog").isEmpty();
        DescribeImageSupportInstanceTypesRequest unknown = local(new DescribeImageSupportInstanceTypesRequest());
        unknown.setImageId("m-missing");
        assertThat(catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(unknown)).getErrCode())
                .isEqualTo("InvalidImageId.NotFound");

        // alicloud_instance_type_families: DescribeZones' families, then DescribeInstanceTypeFamilies
        DescribeZonesRequest zones = local(new DescribeZonesRequest());
        zones.setRegionId(REGION);
        assertThat(client.getAcsResponse(zones).getZones()).allSatisfy(z -> assertThat(z.getAvailableResources())
                .singleElement().satisfies(info -> {
                    assertThat(info.getInstanceTypeFamilies()).contains("ecs.g6", "ecs.c5", "ecs.n4");
                    assertThat(info.getInstanceGenerations()).contains("ecs-4", "ecs-5");
                    assertThat(info.getSystemDiskCategories()).contains("cloud_essd");
                }));
        DescribeInstanceTypeFamiliesRequest families = local(new DescribeInstanceTypeFamiliesRequest());
        families.setRegionId(REGION);
        assertThat(client.getAcsResponse(families).getInstanceTypeFamilies())
                .extracting(DescribeInstanceTypeFamiliesResponse.InstanceTypeFamily::getInstanceTypeFamilyId)
                .contains("ecs.g6", "ecs.c5", "ecs.n4");
        families.setGeneration("ecs-5");
        assertThat(client.getAcsResponse(families).getInstanceTypeFamilies())
                .extracting(DescribeInstanceTypeFamiliesResponse.InstanceTypeFamily::getInstanceTypeFamilyId)
                .contains("ecs.g6", "ecs.c6", "ecs.r6").doesNotContain("ecs.g5", "ecs.n4");
    }

    @Test
    void runInstancesRefusesWhatTheCatalogDoesNotSell() throws Exception {
        AliyunApi api = new AliyunApi(port);
        String group = api.group();
        var before = storeSnapshot();
        AliyunApi.Reply image = api.send("Ecs", "RunInstances", "JSON", AliyunApi.params("RegionId", REGION,
                "ImageId", "nonexistent-image", "InstanceType", "ecs.g6.large", "SecurityGroupId", group));
        assertThat(image.status()).isEqualTo(404);
        assertThat(image.tree().path("Code").asString()).isEqualTo("InvalidImageId.NotFound");
        AliyunApi.Reply type = api.send("Ecs", "RunInstances", "JSON", AliyunApi.params("RegionId", REGION,
                "ImageId", "ubuntu_22_04_x64_20G_alibase_20240926.vhd", "InstanceType", "ecs.nonexistent.type",
                "SecurityGroupId", group));
        assertThat(type.tree().path("Code").asString()).isEqualTo("InvalidInstanceType.ValueNotSupported");
        assertThat(storeSnapshot()).as("nothing stored").isEqualTo(before);
        String id = api.ecs("RunInstances", "RegionId", REGION, "ImageId", "ubuntu_22_04_x64_20G_alibase_20240926.vhd",
                "InstanceType", "ecs.n4.large", "SecurityGroupId", group).path("InstanceIdSets").path("InstanceIdSet")
                .path(0).asString();
        var described = api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + id + "\"]")
                .path("Instances").path("Instance").path(0);
        assertThat(described.path("Cpu").asInt()).isEqualTo(2);
        assertThat(described.path("Memory").asInt()).as("MiB, as the catalog's 4 GiB").isEqualTo(4096);
    }
}
