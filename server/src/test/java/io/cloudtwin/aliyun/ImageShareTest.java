package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateSnapshotRequest;
import com.aliyun.ecs20140526.models.DeleteImageRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.DescribeImageSharePermissionResponseBody;
import com.aliyun.ecs20140526.models.DescribeImagesRequest;
import com.aliyun.ecs20140526.models.DescribeImagesResponseBody.DescribeImagesResponseBodyImagesImage;
import com.aliyun.ecs20140526.models.ModifyImageSharePermissionRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_image_share_permission (501 before): ModifyImageSharePermission with AddAccount on create and
 * RemoveAccount on destroy, DescribeImageSharePermission on read (no account listed: gone), through the ECS SDK. The
 * account it is shared with lists the image (ImageOwnerAlias others) and launches an instance from it; the owner
 * cannot delete it while it is shared. The refusals are the metadata's codes.
 */
class ImageShareTest extends ServerTestBase {
    private static final String OWNER = "1000000000000001";
    private static final String OTHER = "2000000000000002";
    private Client owner;
    private Client other;

    @BeforeEach
    void clients() throws Exception {
        owner = client(AK, SECRET);
        other = client("other-ak", "other-secret");
    }

    private Client client(String ak, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(ak).setAccessKeySecret(secret).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private static String run(Client c, String image) throws Exception {
        String group = c.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return c.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                .setImageId(image).setInstanceType("ecs.g6.large").setSecurityGroupId(group)).getBody()
                .getInstanceIdSets().getInstanceIdSet().get(0);
    }

    /** A custom image of the owner's, made from an instance's system disk. */
    private String image(String name) throws Exception {
        String vm = run(owner, "aliyun_3_x64_20G_alibase_20240819.vhd");
        String disk = owner.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(vm))
                .getBody().getDisks().getDisk().get(0).getDiskId();
        String snapshot = owner.createSnapshot(new CreateSnapshotRequest().setDiskId(disk)).getBody().getSnapshotId();
        return owner.createImage(new CreateImageRequest().setRegionId(REGION).setSnapshotId(snapshot)
                .setImageName(name)).getBody().getImageId();
    }

    private Object share(String image, List<String> add, List<String> remove) throws Exception {
        return owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest().setRegionId(REGION)
                .setImageId(image).setAddAccount(add).setRemoveAccount(remove));
    }

    private DescribeImageSharePermissionResponseBody shares(String image) throws Exception {
        return owner.describeImageSharePermission(new DescribeImageSharePermissionRequest().setRegionId(REGION)
                .setImageId(image)).getBody();
    }

    private static List<DescribeImagesResponseBodyImagesImage> images(Client c, String region, String alias,
                                                                      String id) throws Exception {
        return c.describeImages(new DescribeImagesRequest().setRegionId(region).setImageOwnerAlias(alias)
                .setImageId(id)).getBody().getImages().getImage();
    }

    @Test
    void theProvidersShareIsMadeReadAndDestroyedAndTheOtherAccountLaunchesFromIt() throws Exception {
        String image = image("golden-shared");
        assertThat(shares(image).getAccounts().getAccount()).as("the provider's read: not shared yet").isEmpty();
        assertThat(code(() -> run(other, image))).isEqualTo("InvalidImageId.NotFound");

        share(image, List.of(OTHER), List.of());
        share(image, List.of(OTHER), List.of());

        var read = shares(image);
        assertThat(read.getAccounts().getAccount()).extracting(a -> a.getAliyunId()).containsExactly(OTHER);
        assertThat(read.getAccounts().getAccount().get(0).getSharedTime()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(read.getTotalCount()).isEqualTo(1);
        assertThat(read.getImageId()).isEqualTo(image);
        assertThat(images(owner, REGION, "self", image)).extracting(DescribeImagesResponseBodyImagesImage::getIsSelfShared)
                .containsExactly("True");
        var seen = images(other, REGION, "others", image);
        assertThat(seen).extracting(DescribeImagesResponseBodyImagesImage::getImageOwnerAlias).containsExactly("others");
        assertThat(seen.get(0).getImageOwnerId()).isEqualTo(Long.valueOf(OWNER));
        assertThat(images(other, REGION, null, null)).extracting(DescribeImagesResponseBodyImagesImage::getImageId)
                .contains(image);
        assertThat(images(other, REGION, "self", image)).as("not the other account's own").isEmpty();
        assertThat(images(other, "cn-shanghai", "others", image)).as("shared in its region only").isEmpty();
        String launched = run(other, image);
        assertThat(launched).startsWith("i-");

        assertThat(code(() -> owner.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image)
                .setForce(true)))).isEqualTo("ImageUseShared");

        share(image, List.of(), List.of(OTHER));
        assertThat(shares(image).getAccounts().getAccount()).as("destroyed: the provider reads it gone").isEmpty();
        assertThat(images(other, REGION, "others", image)).isEmpty();
        assertThat(code(() -> run(other, image))).isEqualTo("InvalidImageId.NotFound");
        owner.deleteImage(new DeleteImageRequest().setRegionId(REGION).setImageId(image));
        assertThat(images(owner, REGION, "self", image)).isEmpty();
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        String image = image("golden-refused");
        assertThat(code(() -> share(image, List.of(OWNER), List.of()))).isEqualTo("InvalidAccount.Forbbiden");
        assertThat(code(() -> share(image, List.of("not-an-account"), List.of()))).isEqualTo("InvalidAccount.NotFound");
        assertThat(code(() -> share("m-missing0000000000000", List.of(OTHER), List.of())))
                .isEqualTo("InvalidImageId.NotFound");
        assertThat(code(() -> share("aliyun_3_x64_20G_alibase_20240819.vhd", List.of(OTHER), List.of())))
                .isEqualTo("Image.Public");
        assertThat(code(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(REGION).setImageId(image).setIsPublic(true)))).isEqualTo("PublicImageAgreement.NotSigned");
        assertThat(code(() -> owner.modifyImageSharePermission(new ModifyImageSharePermissionRequest()
                .setRegionId(REGION).setImageId(image).setAddAccount(List.of(OTHER)).setLaunchPermission("hidden"))))
                .isEqualTo("UnnecessaryParameter.LaunchPermission");
        assertThat(code(() -> other.describeImageSharePermission(new DescribeImageSharePermissionRequest()
                .setRegionId(REGION).setImageId(image)))).as("another account's image").isEqualTo("InvalidImageId.NotFound");
        assertThat(shares(image).getAccounts().getAccount()).isEmpty();

        // at most 50 accounts an image; the 51st is refused and the request changes nothing
        for (int batch = 0; batch < 5; batch++) {
            List<String> accounts = new ArrayList<>();
            for (int n = 0; n < 10; n++) accounts.add(String.valueOf(3000000000000000L + batch * 10 + n));
            share(image, accounts, List.of());
        }
        assertThat(shares(image).getTotalCount()).isEqualTo(50);
        assertThat(code(() -> share(image, List.of(OTHER, "3000000000000000"), List.of())))
                .isEqualTo("QuotaExceed.ShareImageUser");
        var page = owner.describeImageSharePermission(new DescribeImageSharePermissionRequest().setRegionId(REGION)
                .setImageId(image).setPageNumber(5).setPageSize(10)).getBody();
        assertThat(page.getTotalCount()).isEqualTo(50);
        assertThat(page.getAccounts().getAccount()).hasSize(10).extracting(a -> a.getAliyunId())
                .doesNotContain(OTHER);
        assertThat(images(other, REGION, "others", image)).isEmpty();
    }

    @Test
    void sharesRoundTripTheState() throws Exception {
        String image = image("golden-state");
        share(image, List.of(OTHER), List.of());
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        assertThat(shares(image).getAccounts().getAccount()).extracting(a -> a.getAliyunId()).containsExactly(OTHER);
        assertThat(images(other, REGION, "others", image)).hasSize(1);
    }

    /** The conformance recipes: the answers checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ModifyImageSharePermission", api -> AliyunApi.params("RegionId", REGION, "ImageId", image(api),
                    "AddAccount.1", OTHER))
                    .fails("InvalidImageId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ImageId",
                            "m-missing", "AddAccount.1", OTHER));
            r.ecs("DescribeImageSharePermission", api -> {
                String image = image(api);
                api.ecs("ModifyImageSharePermission", "RegionId", REGION, "ImageId", image, "AddAccount.1", OTHER);
                return AliyunApi.params("RegionId", REGION, "ImageId", image);
            }).fails("InvalidImageId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ImageId", "m-missing"));
        }

        private static String image(AliyunApi api) {
            String instance = api.instance(api.group());
            String disk = api.ecs("DescribeDisks", "RegionId", REGION, "InstanceId", instance, "DiskType", "system")
                    .path("Disks").path("Disk").path(0).path("DiskId").asString();
            String snapshot = api.ecs("CreateSnapshot", "DiskId", disk).path("SnapshotId").asString();
            return api.ecs("CreateImage", "RegionId", REGION, "SnapshotId", snapshot).path("ImageId").asString();
        }
    }
}
