package io.cloudtwin.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/** Finding 9: a request goes to the cloud its protocol markers name, never to the one some text in a value names. */
class RoutingTest extends ServerTestBase {
    private RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false);
    }

    private static Map<String, String> p(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void aliyunFormWhoseValueMentionsPublicKeyIsAliyuns() {
        var signed = AliyunV1Signer.sign("POST", AK, SECRET, p("Action", "CreateSecurityGroup", "RegionId", REGION,
                "Description", "rotate the PublicKey monthly", "Format", "JSON"));
        String id = http().contentType("application/x-www-form-urlencoded").body(AliyunV1Signer.query(signed)).post("/")
                .then().statusCode(200).extract().path("SecurityGroupId");
        assertThat(id).startsWith("sg-");
        assertThat(jdbc.sql("SELECT description FROM security_group WHERE id = :i").param("i", id).query(String.class)
                .single()).isEqualTo("rotate the PublicKey monthly");
    }

    @Test
    void aliyunGetWithJsonContentTypeLikeFogIsAliyuns() {
        var signed = AliyunV1Signer.sign("GET", AK, SECRET, p("Action", "CreateSecurityGroup", "RegionId", REGION));
        http().contentType("application/json").get("/?" + AliyunV1Signer.query(signed))
                .then().statusCode(200).contentType(startsWith("text/xml"))
                .body("CreateSecurityGroupResponse.SecurityGroupId", startsWith("sg-"));
    }

    @Test
    void explicitPathPrefixes() {
        var aliyun = AliyunV1Signer.sign("GET", AK, SECRET, p("Action", "DescribeSecurityGroups", "RegionId", REGION,
                "Format", "JSON"));
        http().get("/aliyun/?" + AliyunV1Signer.query(aliyun)).then().statusCode(200).body("TotalCount", equalTo(0));
        var ucloud = UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p("Action", "DescribeSecGroup", "Region", "cn-bj2"));
        http().get("/ucloud/?" + AliyunV1Signer.query(ucloud)).then().statusCode(200)
                .body("Action", equalTo("DescribeSecGroupResponse")).body("RetCode", equalTo(0));
    }

    @Test
    void ucloudByTopLevelPublicKeyOnly() {
        var ucloud = UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p("Action", "DescribeSecGroup", "Region", "cn-bj2"));
        http().contentType("application/x-www-form-urlencoded").body(AliyunV1Signer.query(ucloud)).post("/")
                .then().statusCode(200).body("RetCode", equalTo(0));
        // "PublicKey" only inside a value: no UCloud marker, so Aliyun answers (in its format) that the key is missing
        http().get("/?Action=DescribeSecurityGroups&Note=PublicKey%3Dx").then().statusCode(400)
                .contentType(startsWith("text/xml")).body("Error.Code", equalTo("MissingParameter"));
    }
}
