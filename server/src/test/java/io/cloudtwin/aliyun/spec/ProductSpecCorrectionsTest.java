package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ProductSpec;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * corrections.json's responseFields: the shipped one adds DescribeImages' Usable; a correction that cites no source,
 * retypes a documented field or points nowhere stops the metadata from loading. Its commaLists: DescribeVpcs' VpcId is
 * a list of at most 20 ids, separated by commas.
 */
class ProductSpecCorrectionsTest {

    /** ECS's real metadata with the given corrections.json beside it. */
    private static ProductSpec ecsWith(String corrections) {
        return AliyunProduct.ECS.load(name -> name.endsWith("corrections.json")
                ? new ByteArrayInputStream(corrections.getBytes(StandardCharsets.UTF_8))
                : ProductSpec.Opener.CLASS_PATH.open(name));
    }

    private static String field(String path, String schema) {
        return "{\"responseFields\":{\"Ecs\":{\"DescribeImages\":{\"" + path + "\":" + schema + "}}}}";
    }

    @Test
    void theShippedCorrectionAddsUsableToEachImage() {
        Schema image = AliyunProduct.ECS.load(ProductSpec.Opener.CLASS_PATH).action("DescribeImages").response()
                .properties.get("Images").properties.get("Image").items;
        assertThat(image.properties.get("Usable").type).isEqualTo("boolean");
        assertThat(image.properties).containsKeys("Status", "Usage", "ImageId");
    }

    @Test
    void aCorrectionWithoutSourceARetypedFieldOrAWrongPathIsRefused() {
        assertThatThrownBy(() -> ecsWith(field("Images.Image.Usable", "{\"type\":\"boolean\"}")))
                .hasMessageContaining("cites no source");
        String sourced = "{\"type\":\"boolean\",\"source\":\"s\"}";
        assertThatThrownBy(() -> ecsWith(field("Images.Image.Status", sourced)).action("DescribeImages"))
                .hasMessageContaining("has it already");
        assertThatThrownBy(() -> ecsWith(field("Pictures.Picture.Usable", sourced)).action("DescribeImages"))
                .hasMessageContaining("no such object");
        assertThatThrownBy(() -> ecsWith("{\"responseFields\":{\"Ecs\":{\"DescribeNothing\":{}}}}"))
                .hasMessageContaining("unknown action");
        assertThat(ecsWith(field("Images.Image.Usable", sourced)).action("DescribeImages").response()
                .properties.get("Images").properties.get("Image").items.properties).containsKey("Usable");
    }

    @Test
    void theShippedCommaListTypesDescribeVpcsVpcIdAsIds() {
        var vpcId = AliyunProduct.VPC.load(ProductSpec.Opener.CLASS_PATH).action("DescribeVpcs").parameter("VpcId")
                .orElseThrow();
        assertThat(vpcId.style()).isEqualTo("simple");
        assertThat(vpcId.schema().isArray()).isTrue();
        assertThat(vpcId.schema().maxItems).isEqualTo(20);
    }
}
