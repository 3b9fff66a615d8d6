package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateImageComponentRequest;
import com.aliyun.ecs20140526.models.DeleteImageComponentRequest;
import com.aliyun.ecs20140526.models.DescribeImageComponentsRequest;
import com.aliyun.ecs20140526.models.DescribeImageComponentsResponseBody.DescribeImageComponentsResponseBodyImageComponentImageComponentSet;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_image_component through the new ECS SDK in the provider's order: CreateImageComponent
 * (SystemType, Description, ComponentType, Content, Name, ComponentVersion, ClientToken) -> DescribeImageComponents by
 * ImageComponentId.1, where an empty set is the provider's "gone" -> JoinResourceGroup imagecomponent ->
 * DeleteImageComponent; the content's rules and the state round trip.
 */
class ImageComponentTest extends ServerTestBase {
    private static final String CONTENT = "RUN yum update -y\nENV APP=web\n# a comment\nWORKDIR /opt/app\nRESTART\n";
    private Client client;
    private AliyunApi raw;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
        raw = new AliyunApi(port);
    }

    private CreateImageComponentRequest create(String content) {
        return new CreateImageComponentRequest().setRegionId(REGION).setName("web-build").setDescription("builds web")
                .setSystemType("Linux").setComponentType("Build").setContent(content);
    }

    private List<DescribeImageComponentsResponseBodyImageComponentImageComponentSet> read(String id)
            throws Exception {
        return client.describeImageComponents(new DescribeImageComponentsRequest().setRegionId(REGION)
                .setImageComponentId(List.of(id))).getBody().getImageComponent().getImageComponentSet();
    }

    @Test
    void theProvidersComponent() throws Exception {
        String id = client.createImageComponent(create(CONTENT).setClientToken("tok-1")).getBody()
                .getImageComponentId();
        assertThat(id).startsWith("ic-");
        assertThat(client.createImageComponent(create(CONTENT).setClientToken("tok-1")).getBody()
                .getImageComponentId()).as("the same ClientToken").isEqualTo(id);
        var c = read(id).get(0);
        assertThat(c.getName()).isEqualTo("web-build");
        assertThat(c.getContent()).isEqualTo(CONTENT);
        assertThat(c.getSystemType()).isEqualTo("Linux");
        assertThat(c.getComponentType()).isEqualTo("Build");
        assertThat(c.getOwner()).isEqualTo("SELF");

        String versioned = raw.ecs("CreateImageComponent", "RegionId", REGION, "Content", "RUN true",
                "ComponentVersion", "1.2.3").path("ImageComponentId").asString();
        assertThat(raw.ecs("DescribeImageComponents", "RegionId", REGION, "ImageComponentId.1", versioned)
                .path("ImageComponent").path("ImageComponentSet").path(0).path("ComponentVersion").asString())
                .as("the field the provider reads beside the metadata's").isEqualTo("1.2.3");

        client.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(REGION).setResourceType("imagecomponent")
                .setResourceId(id).setResourceGroupId("rg-images"));
        assertThat(read(id).get(0).getResourceGroupId()).isEqualTo("rg-images");
        client.deleteImageComponent(new DeleteImageComponentRequest().setRegionId(REGION).setImageComponentId(id));
        assertThat(read(id)).as("gone").isEmpty();
        assertThat(code(() -> client.deleteImageComponent(new DeleteImageComponentRequest().setRegionId(REGION)
                .setImageComponentId(id)))).isEqualTo("InvalidImageComponent.NotFound");
    }

    @Test
    void theContentsRules() throws Exception {
        assertThat(code(() -> client.createImageComponent(create("FROM centos")))).isEqualTo("NotSupportedCommand.FROM");
        assertThat(code(() -> client.createImageComponent(create("RUN")))).isEqualTo("EmptyCommandContent.RUN");
        assertThat(code(() -> client.createImageComponent(create("RESTART now"))))
                .isEqualTo("NotEmptyCommandContent.RESTART");
        assertThat(code(() -> client.createImageComponent(create("EXPOSE 80"))))
                .isEqualTo("InvalidImageTemplateCommand.NotSupported");
        assertThat(code(() -> client.createImageComponent(create("RUN true\n".repeat(128)))))
                .isEqualTo("InvalidImageTemplateCommandSize.ExceededMaxNumber");
        assertThat(code(() -> client.createImageComponent(create(null)))).isEqualTo("MissingParameter.Content");
        assertThat(code(() -> client.createImageComponent(create("RUN true").setSystemType("Solaris"))))
                .isEqualTo("InvalidSystemType.NotSupportedValue");
        assertThat(code(() -> client.createImageComponent(create("RUN true").setName("https://x"))))
                .isEqualTo("InvalidName.Malformed");
        assertThat(client.describeImageComponents(new DescribeImageComponentsRequest().setRegionId(REGION))
                .getBody().getTotalCount()).isZero();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = client.createImageComponent(create(CONTENT).setComponentType("Test")).getBody()
                .getImageComponentId();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var c = read(id).get(0);
        assertThat(c.getContent()).isEqualTo(CONTENT);
        assertThat(c.getComponentType()).isEqualTo("Test");
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String component(AliyunApi api) {
            return api.ecs("CreateImageComponent", "RegionId", REGION, "Content", "RUN true")
                    .path("ImageComponentId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateImageComponent", api -> AliyunApi.params("RegionId", REGION, "Name", "recipe",
                    "Content", "RUN echo hi", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("NotSupportedCommand.FROM", api -> AliyunApi.params("RegionId", REGION, "Content",
                            "FROM centos"));
            r.ecs("DescribeImageComponents", api -> {
                component(api);
                return AliyunApi.params("RegionId", REGION, "MaxResults", "5");
            });
            r.ecs("DeleteImageComponent", api -> AliyunApi.params("RegionId", REGION, "ImageComponentId",
                    component(api)))
                    .fails("InvalidImageComponent.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "ImageComponentId", "ic-nothere"));
        }
    }
}
