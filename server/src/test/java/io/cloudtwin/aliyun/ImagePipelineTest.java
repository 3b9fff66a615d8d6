package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImagePipelineRequest;
import com.aliyun.ecs20140526.models.DeleteImagePipelineRequest;
import com.aliyun.ecs20140526.models.DescribeImagePipelineExecutionsRequest;
import com.aliyun.ecs20140526.models.DescribeImagePipelineExecutionsResponseBody.DescribeImagePipelineExecutionsResponseBodyImagePipelineExecutionImagePipelineExecutionSet;
import com.aliyun.ecs20140526.models.DescribeImagePipelinesRequest;
import com.aliyun.ecs20140526.models.DescribeImagePipelinesResponseBody.DescribeImagePipelinesResponseBodyImagePipelineImagePipelineSet;
import com.aliyun.ecs20140526.models.StartImagePipelineExecutionRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_image_pipeline through the new ECS SDK in the provider's order: CreateImagePipeline with
 * every field it sends (ClientToken among them) -> DescribeImagePipelines by ImagePipelineId.1, an empty set being
 * the provider's "gone" -> DeleteImagePipeline; then a pipeline run (StartImagePipelineExecution,
 * DescribeImagePipelineExecutions) and the image it builds, copies and shares; the refusals and the state round trip.
 */
class ImagePipelineTest extends ServerTestBase {
    private static final String TEMPLATE = "FROM IMAGE:" + TeaEcs.IMAGE + "\nRUN yum update -y\n# tools\nRESTART\n";
    private Client client;
    private AliyunApi raw;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
        raw = new AliyunApi(port);
    }

    private CreateImagePipelineRequest create() {
        return new CreateImagePipelineRequest().setRegionId(REGION).setBaseImageType("IMAGE")
                .setBaseImage(TeaEcs.IMAGE).setName("web-pipeline").setDescription("builds the web image")
                .setImageName("web").setInstanceType("ecs.g6.large").setSystemDiskSize(60)
                .setInternetMaxBandwidthOut(5).setDeleteInstanceOnFailure(false).setBuildContent(TEMPLATE)
                .setToRegionId(List.of("cn-shanghai")).setAddAccount(List.of(1234567890L))
                .setTag(List.of(new CreateImagePipelineRequest.CreateImagePipelineRequestTag().setKey("team")
                        .setValue("web")));
    }

    private List<DescribeImagePipelinesResponseBodyImagePipelineImagePipelineSet> read(String id) throws Exception {
        return client.describeImagePipelines(new DescribeImagePipelinesRequest().setRegionId(REGION)
                .setImagePipelineId(List.of(id))).getBody().getImagePipeline().getImagePipelineSet();
    }

    private List<DescribeImagePipelineExecutionsResponseBodyImagePipelineExecutionImagePipelineExecutionSet> runs(
            DescribeImagePipelineExecutionsRequest r) throws Exception {
        return client.describeImagePipelineExecutions(r.setRegionId(REGION)).getBody().getImagePipelineExecution()
                .getImagePipelineExecutionSet();
    }

    private String start(String pipeline) throws Exception {
        return client.startImagePipelineExecution(new StartImagePipelineExecutionRequest().setRegionId(REGION)
                .setImagePipelineId(pipeline)).getBody().getExecutionId();
    }

    private JsonNode image(String region, String id) {
        return raw.ecs("DescribeImages", "RegionId", region, "ImageOwnerAlias", "self", "ImageId", id)
                .path("Images").path("Image");
    }

    @Test
    void theProvidersPipeline() throws Exception {
        String id = client.createImagePipeline(create().setClientToken("tok-1")).getBody().getImagePipelineId();
        assertThat(id).startsWith("ip-");
        assertThat(client.createImagePipeline(create().setClientToken("tok-1")).getBody().getImagePipelineId())
                .as("the same ClientToken").isEqualTo(id);
        var p = read(id).get(0);
        assertThat(p.getName()).isEqualTo("web-pipeline");
        assertThat(p.getDescription()).isEqualTo("builds the web image");
        assertThat(p.getBaseImageType()).isEqualTo("IMAGE");
        assertThat(p.getBaseImage()).isEqualTo(TeaEcs.IMAGE);
        assertThat(p.getImageName()).isEqualTo("web");
        assertThat(p.getInstanceType()).isEqualTo("ecs.g6.large");
        assertThat(p.getSystemDiskSize()).isEqualTo(60);
        assertThat(p.getInternetMaxBandwidthOut()).isEqualTo(5);
        assertThat(p.getDeleteInstanceOnFailure()).isFalse();
        assertThat(p.getBuildContent()).isEqualTo(TEMPLATE);
        assertThat(p.getToRegionIds().getToRegionId()).containsExactly("cn-shanghai");
        assertThat(p.getAddAccounts().getAddAccount()).containsExactly("1234567890");
        assertThat(p.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                .containsExactly("team=web");
        assertThat(p.getResourceGroupId()).isNotEmpty();
        assertThat(p.getCreationTime()).isNotEmpty();

        client.deleteImagePipeline(new DeleteImagePipelineRequest().setRegionId(REGION).setImagePipelineId(id));
        assertThat(read(id)).as("gone").isEmpty();
        assertThat(code(() -> client.deleteImagePipeline(new DeleteImagePipelineRequest().setRegionId(REGION)
                .setImagePipelineId(id)))).isEqualTo("InvalidImagePipeline.NotFound");
    }

    @Test
    void aRunBuildsCopiesAndSharesItsImage() throws Exception {
        String pipeline = client.createImagePipeline(create()).getBody().getImagePipelineId();
        String execution = start(pipeline);
        var run = runs(new DescribeImagePipelineExecutionsRequest().setImagePipelineId(pipeline));
        assertThat(run).hasSize(1);
        assertThat(run.get(0).getExecutionId()).isEqualTo(execution);
        assertThat(run.get(0).getStatus()).isEqualTo("SUCCESS");
        String imageId = run.get(0).getImageId();
        JsonNode built = image(REGION, imageId);
        assertThat(built).hasSize(1);
        assertThat(built.path(0).path("ImageName").asString()).isEqualTo("web_" + execution);
        assertThat(built.path(0).path("Size").asInt()).isEqualTo(60);
        assertThat(built.path(0).path("Architecture").asString()).isEqualTo("x86_64");
        assertThat(raw.ecs("DescribeImages", "RegionId", "cn-shanghai", "ImageOwnerAlias", "self", "ImageName",
                "web_" + execution).path("Images").path("Image")).as("copied to ToRegionId").hasSize(1);
        assertThat(raw.ecs("DescribeImageSharePermission", "RegionId", REGION, "ImageId", imageId)
                .path("Accounts").path("Account").path(0).path("AliyunId").asString()).isEqualTo("1234567890");

        assertThat(runs(new DescribeImagePipelineExecutionsRequest().setExecutionId(execution))).hasSize(1);
        assertThat(runs(new DescribeImagePipelineExecutionsRequest().setImagePipelineId(pipeline)
                .setStatus("BUILDING,FAILED"))).isEmpty();
        assertThat(code(() -> runs(new DescribeImagePipelineExecutionsRequest().setImagePipelineId(pipeline)
                .setStatus("DONE")))).isEqualTo("InvalidParameter.Status");
        assertThat(code(() -> runs(new DescribeImagePipelineExecutionsRequest())))
                .isEqualTo("MissingParameter.ImagePipelineId");

        client.deleteImagePipeline(new DeleteImagePipelineRequest().setRegionId(REGION).setImagePipelineId(pipeline));
        assertThat(runs(new DescribeImagePipelineExecutionsRequest().setExecutionId(execution)))
                .as("its executions go with it").isEmpty();
        assertThat(image(REGION, imageId)).as("the image it built stays").hasSize(1);
        assertThat(code(() -> start(pipeline))).isEqualTo("InvalidImagePipeline.NotFound");
    }

    @Test
    void theRefusals() throws Exception {
        String component = raw.ecs("CreateImageComponent", "RegionId", REGION, "Content", "RUN true")
                .path("ImageComponentId").asString();
        assertThat(raw.ecs("CreateImagePipeline", "RegionId", REGION, "BaseImageType", "IMAGE_FAMILY", "BaseImage",
                "acs:alibaba_cloud_linux_3_2104_lts_x64", "BuildContent", "COMPONENT " + component)
                .path("ImagePipelineId").asString()).as("a family and a component of the account").startsWith("ip-");
        long before = count();
        assertThat(refusal("BaseImageType", "INSTANCE")).isEqualTo("InvalidBaseImageType.NotSupportedValue");
        assertThat(refusal("BaseImage", "m-nothere")).isEqualTo("InvalidImage.NotFound");
        assertThat(refusal("BaseImageType", "IMAGE_FAMILY", "BaseImage", "acs:nothing"))
                .isEqualTo("InvalidImage.NotFound");
        assertThat(refusal("BaseImage", "win2022_21H2_x64_dtc_en-us_40G_alibase_20241211.vhd"))
                .isEqualTo("ImagePipeline.NotSupportWindowsInstance");
        assertThat(refusal("SystemDiskSize", "10")).isEqualTo("InvalidSystemDiskSize.NotSupportedValue");
        assertThat(refusal("InternetMaxBandwidthOut", "101"))
                .isEqualTo("InvalidInternetMaxBandwidthOut.NotSupportedValue");
        assertThat(refusal("Name", "1st")).isEqualTo("InvalidName.Malformed");
        assertThat(refusal("ImageName", "https://x")).isEqualTo("InvalidImageName.Malformed");
        assertThat(refusal("BuildContent", "RUN a\nFROM IMAGE:x")).isEqualTo("InvalidCommandOrder.FROM");
        assertThat(refusal("BuildContent", "FROM IMAGE:x\nFROM IMAGE:y")).isEqualTo("DuplicatedCommand.FROM");
        assertThat(refusal("BuildContent", "FROM ubuntu")).isEqualTo("InvalidCommandContent.FROM");
        assertThat(refusal("BuildContent", "COMPONENT ic-nothere")).isEqualTo("ImageComponent.NotFound");
        assertThat(refusal("BuildContent", "RUN")).isEqualTo("EmptyCommandContent.RUN");
        assertThat(refusal("BuildContent", "SHUTDOWN now")).isEqualTo("InvalidImageTemplateCommand.NotSupported");
        assertThat(count()).as("no refusal made a pipeline").isEqualTo(before);
    }

    private long count() {
        return raw.ecs("DescribeImagePipelines", "RegionId", REGION).path("TotalCount").asLong();
    }

    /** The code CreateImagePipeline over the provider's own image answers with these parameters changed. */
    private String refusal(String... changed) {
        Map<String, String> params = new LinkedHashMap<>(AliyunApi.params("RegionId", REGION,
                "BaseImageType", "IMAGE", "BaseImage", TeaEcs.IMAGE));
        params.putAll(AliyunApi.params(changed));
        return raw.refusal(AliyunSpecs.ECS, "CreateImagePipeline", params.entrySet().stream()
                .flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray(String[]::new));
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String pipeline = client.createImagePipeline(create()).getBody().getImagePipelineId();
        String execution = start(pipeline);
        var ran = runs(new DescribeImagePipelineExecutionsRequest().setExecutionId(execution)).get(0);
        String imageId = ran.getImageId();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var p = read(pipeline).get(0);
        assertThat(p.getBuildContent()).isEqualTo(TEMPLATE);
        assertThat(p.getTags().getTag()).extracting(t -> t.getTagKey()).containsExactly("team");
        var run = runs(new DescribeImagePipelineExecutionsRequest().setImagePipelineId(pipeline));
        assertThat(run).extracting(r -> r.getExecutionId() + " " + r.getStatus() + " " + r.getImageId() + " "
                + r.getCreationTime()).containsExactly(execution + " SUCCESS " + imageId + " " + ran.getCreationTime());
        assertThat(image(REGION, imageId)).hasSize(1);
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String pipeline(AliyunApi api) {
            return api.ecs("CreateImagePipeline", "RegionId", REGION, "BaseImageType", "IMAGE", "BaseImage",
                    TeaEcs.IMAGE).path("ImagePipelineId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateImagePipeline", api -> AliyunApi.params("RegionId", REGION, "BaseImageType", "IMAGE",
                    "BaseImage", TeaEcs.IMAGE, "Name", "recipe", "BuildContent", "RUN true", "Tag.1.Key", "k",
                    "Tag.1.Value", "v"))
                    .fails("InvalidBaseImageType.NotSupportedValue", api -> AliyunApi.params("RegionId", REGION,
                            "BaseImageType", "SNAPSHOT", "BaseImage", TeaEcs.IMAGE));
            r.ecs("DescribeImagePipelines", api -> AliyunApi.params("RegionId", REGION, "ImagePipelineId.1",
                    pipeline(api)));
            r.ecs("DeleteImagePipeline", api -> AliyunApi.params("RegionId", REGION, "ImagePipelineId",
                    pipeline(api)))
                    .fails("InvalidImagePipeline.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "ImagePipelineId", "ip-nothere"));
            r.ecs("StartImagePipelineExecution", api -> AliyunApi.params("RegionId", REGION, "ImagePipelineId",
                    pipeline(api), "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidImagePipeline.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "ImagePipelineId", "ip-nothere"));
            r.ecs("DescribeImagePipelineExecutions", api -> {
                String p = pipeline(api);
                api.ecs("StartImagePipelineExecution", "RegionId", REGION, "ImagePipelineId", p);
                return AliyunApi.params("RegionId", REGION, "ImagePipelineId", p);
            }).fails("InvalidParameter.Status", api -> AliyunApi.params("RegionId", REGION, "ImagePipelineId",
                    pipeline(api), "Status", "DONE"));
        }
    }
}
