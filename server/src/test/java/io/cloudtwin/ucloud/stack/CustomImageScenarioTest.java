package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.google.gson.annotations.SerializedName;
import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.net.StrictJson.Optional;
import io.cloudtwin.ucloud.net.StrictJson.Partial;

/**
 * Custom images as ucloud-cli's "image create" and "image delete" drive them (CreateCustomImage from a host, then
 * DescribeImage by ImageId until State is Available; TerminateCustomImage), and a host made from one; decoded
 * strictly into the SDK's models. Then the refusals and the state round trip.
 */
class CustomImageScenarioTest extends StackScenario {
    public static class ImageIdResponse extends cn.ucloud.common.response.Response {
        @SerializedName("ImageId") public String imageId;
    }

    @Partial
    public static class UHostImageSet {
        @SerializedName("ImageId") public String imageId;
        @SerializedName("ImageName") public String imageName;
        @SerializedName("ImageType") public String imageType;
        @SerializedName("State") public String state;
        @SerializedName("OsType") public String osType;
        @SerializedName("OsName") public String osName;
        @SerializedName("ImageSize") public Integer imageSize;
        @SerializedName("ImageDescription") public String imageDescription;
    }

    public static class DescribeImageResponse extends cn.ucloud.common.response.Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("ImageSet") public List<UHostImageSet> imageSet;
    }

    /** ucloud-sdk-go services/uhost CopyImageTaskInfo. */
    public static class CopyImageTaskInfo {
        @SerializedName("TaskId") @Optional public String taskId;
        @SerializedName("TargetImageId") public String targetImageId;
        @SerializedName("TargetRegion") public String targetRegion;
    }

    /** CopyCustomImageResponse; no TaskId is answered: the copy is Available at once, nothing runs. */
    public static class CopyCustomImageResponse extends cn.ucloud.common.response.Response {
        @SerializedName("TargetImageId") public String targetImageId;
        @SerializedName("TaskId") @Optional public String taskId;
        @SerializedName("Infos") public List<CopyImageTaskInfo> infos;
    }

    private List<UHostImageSet> describe(Object... kv) throws Exception {
        return call(DescribeImageResponse.class, "DescribeImage", kv).imageSet;
    }

    @Test
    void theClisImageCreateAndDelete() throws Exception {
        String host = runningHost(ZONE);
        String image = call(ImageIdResponse.class, "CreateCustomImage", "UHostId", host, "ImageName", "golden",
                "ImageDescription", "made from a web host").imageId;
        assertThat(image).startsWith("uimage-");
        assertThat(describe("ImageId", image)).singleElement().satisfies(i -> {
            assertThat(List.of(i.imageType, i.state, i.imageName, i.osType, i.osName, i.imageDescription))
                    .containsExactly("Custom", "Available", "golden", "Linux", "CentOS 7.9 64位",
                            "made from a web host");
            assertThat(i.imageSize).isEqualTo(20);
        });
        assertThat(describe("ImageType", "Custom")).extracting(i -> i.imageId).contains(image);
        assertThat(describe("ImageType", "Base")).extracting(i -> i.imageId).doesNotContain(image);

        // a host made from it
        String copy = call(StackApi.CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE,
                "ImageId", image, "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "true",
                "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0);
        assertThat(copy).startsWith("uhost-");

        refused(230, "CreateCustomImage", "UHostId", host, "ImageName", "golden");
        refused(8039, "CreateCustomImage", "UHostId", "uhost-nothere0", "ImageName", "other");
        call(ImageIdResponse.class, "TerminateCustomImage", "ImageId", image);
        assertThat(describe("ImageId", image)).isEmpty();
        refused(8956, "TerminateCustomImage", "ImageId", image);
    }

    /**
     * ucloud-cli's "image copy": CopyCustomImage with SourceImageId, TargetRegion and TargetProjectId (the CLI's
     * defaults: its own region and project), then DescribeImage by ImageId in the target region until Available.
     */
    @Test
    void theClisImageCopy() throws Exception {
        String host = runningHost(ZONE);
        String image = call(ImageIdResponse.class, "CreateCustomImage", "UHostId", host, "ImageName", "to-copy",
                "ImageDescription", "source").imageId;
        CopyCustomImageResponse copied = call(CopyCustomImageResponse.class, "CopyCustomImage", "SourceImageId", image,
                "TargetRegion", "cn-sh2", "TargetProjectId", "org-default", "TargetImageDescription", "copied");
        String copy = copied.targetImageId;
        assertThat(copy).startsWith("uimage-").isNotEqualTo(image);
        assertThat(copied.infos).singleElement()
                .satisfies(i -> assertThat(List.of(i.targetImageId, i.targetRegion)).containsExactly(copy, "cn-sh2"));
        assertThat(describe("Region", "cn-sh2", "ImageId", copy)).singleElement().satisfies(i -> {
            assertThat(List.of(i.imageType, i.state, i.imageName, i.osName, i.imageDescription))
                    .containsExactly("Custom", "Available", "to-copy", "CentOS 7.9 64位", "copied");
            assertThat(i.imageSize).isEqualTo(20);
        });
        assertThat(describe("ImageId", copy)).as("not in the source region").isEmpty();

        // a second copy into the source's own region and project needs a name of its own
        refused(230, "CopyCustomImage", "SourceImageId", image, "TargetProjectId", "org-default");
        String here = call(CopyCustomImageResponse.class, "CopyCustomImage", "SourceImageId", image,
                "TargetProjectId", "org-default", "TargetImageName", "to-copy-2").targetImageId;
        assertThat(describe("ImageId", here)).extracting(i -> i.imageName).containsExactly("to-copy-2");

        refused(8956, "CopyCustomImage", "SourceImageId", "uimage-nothere", "TargetProjectId", "org-default");
        refused(8956, "CopyCustomImage", "SourceImageId", "uimage-c79x64", "TargetProjectId", "org-default");
        refused(292, "CopyCustomImage", "SourceImageId", image, "TargetProjectId", "org-nothere");
        refused(230, "CopyCustomImage", "SourceImageId", image, "TargetProjectId", "org-default", "TargetRegion",
                "cn-nowhere");
        refused(230, "CopyCustomImage", "SourceImageId", image, "TargetProjectId", "org-default",
                "TargetRegionList.0", "cn-sh2");
    }

    @Test
    void customImagesRoundTripTheState() throws Exception {
        String host = runningHost(ZONE);
        String image = call(ImageIdResponse.class, "CreateCustomImage", "UHostId", host, "ImageName", "kept")
                .imageId;
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(describe("ImageId", image)).singleElement()
                .satisfies(i -> assertThat(i.imageName + " " + i.osName).isEqualTo("kept CentOS 7.9 64位"));
    }
}
