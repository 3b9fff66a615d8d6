package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeAvailableResourceRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeImagesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceTypesRequest;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/** The fixed catalog, as Terraform's data sources (alicloud_images, alicloud_instance_types, alicloud_zones) read it. */
class AliyunCatalogTest extends ServerTestBase {
    private final IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));

    private <T extends AcsRequest<?>> T local(T request) {
        request.setSysEndpoint("127.0.0.1:" + port);
        request.setSysProtocol(ProtocolType.HTTP);
        return request;
    }

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
                .containsExactly("ecs.c6.large", "ecs.c6.xlarge");

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
}
