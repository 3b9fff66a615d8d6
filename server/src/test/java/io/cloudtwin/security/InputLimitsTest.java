package io.cloudtwin.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * Findings 6, 7 and 8: values longer than their column, names XML 1.0 cannot carry and numbers no parameter takes
 * are answered with the cloud's own error before they reach the store - never HTTP 500 / RetCode 5000.
 */
class InputLimitsTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false);
    }

    private static Map<String, String> p(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private Response aliyun(Map<String, String> params) {
        return http().contentType("application/x-www-form-urlencoded")
                .body(AliyunV1Signer.query(AliyunV1Signer.sign("POST", AK, SECRET, params))).post("/");
    }

    private Response ucloud(Map<String, String> params) {
        params.putIfAbsent("Region", "cn-bj2");
        return http().contentType("application/json")
                .body(JSON.writeValueAsString(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, params))).post("/");
    }

    static Stream<Arguments> aliyunTooLong() {
        String x65 = "x".repeat(65);
        return Stream.of(
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "VpcId", "vpc-" + x65), "InvalidParameter"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", x65), "InvalidParameter"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "Description", "d".repeat(513)),
                        "InvalidDescription.Malformed"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "SecurityGroupName", "n".repeat(129)),
                        "InvalidSecurityGroupName.Malformed"),
                Arguments.of(p("Action", "RunInstances", "RegionId", REGION, "ImageId", "i".repeat(129), "InstanceType",
                        "ecs.g6.large"), "InvalidParameter"),
                Arguments.of(p("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", x65),
                        "InvalidParameter"),
                Arguments.of(p("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType",
                        "ecs.g6.large", "ZoneId", x65), "InvalidParameter"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "SecurityGroupName", "a\u0000b"),
                        "InvalidSecurityGroupName.Malformed"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "SecurityGroupName", "a\u0001b"),
                        "InvalidSecurityGroupName.Malformed"),
                Arguments.of(p("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType",
                        "ecs.g6.large", "InstanceName", "web\u001f1"), "InvalidInstanceName.Malformed"),
                Arguments.of(p("Action", "CreateSecurityGroup", "RegionId", REGION, "Description", "x\u0002"),
                        "InvalidDescription.Malformed"));
    }

    @ParameterizedTest
    @MethodSource("aliyunTooLong")
    void aliyunRefusesBeforeTheStore(Map<String, String> params, String code) {
        var before = storeSnapshot();
        params.put("Format", "JSON");
        aliyun(params).then().statusCode(400).body("Code", equalTo(code));
        assertThat(storeSnapshot()).isEqualTo(before);
        // and every XML describe still answers
        aliyun(p("Action", "DescribeSecurityGroups", "RegionId", REGION)).then().statusCode(200);
    }

    /** DescribeVpcs takes up to 20 VPC ids separated by commas: each is held to the width of one id, not the whole. */
    @Test
    void aliyunIdListsAreHeldItemByItem() {
        String twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "vpc-" + "x".repeat(20) + i)
                .collect(Collectors.joining(","));
        aliyun(p("Action", "DescribeVpcs", "Version", "2016-04-28", "RegionId", REGION, "VpcId", twenty, "Format", "JSON"))
                .then().statusCode(200).body("TotalCount", equalTo(0));
        aliyun(p("Action", "DescribeVpcs", "Version", "2016-04-28", "RegionId", REGION, "VpcId",
                "vpc-a,vpc-" + "x".repeat(65), "Format", "JSON")).then().statusCode(400).body("Code", equalTo("InvalidParameter"));
        aliyun(p("Action", "DescribeVpcs", "Version", "2016-04-28", "RegionId", REGION, "VpcId", twenty + ",vpc-21",
                "Format", "JSON")).then().statusCode(400).body("Code", equalTo("InvalidParameter"));
    }

    static Stream<Arguments> ucloudTooLong() {
        String x65 = "x".repeat(65);
        return Stream.of(
                Arguments.of(p("Action", "CreateSecGroup", "Region", x65, "VPCId", "uvnet-1", "Name", "a")),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-" + x65, "Name", "a")),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "a", "Tag", x65)),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "a", "Remark", "r".repeat(513))),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "n".repeat(129))),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "a\u0000")),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "a", "Rule.0.IPRange",
                        "1".repeat(600), "Rule.0.Direction", "Ingress", "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort",
                        "22", "Rule.0.RuleAction", "Accept", "Rule.0.Priority", "1")),
                Arguments.of(p("Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "a", "Rule.0.Remark",
                        "r".repeat(257), "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Direction", "Ingress",
                        "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "22", "Rule.0.RuleAction", "Accept",
                        "Rule.0.Priority", "1")));
    }

    @ParameterizedTest
    @MethodSource("ucloudTooLong")
    void ucloudRefusesBeforeTheStore(Map<String, String> params) {
        var before = storeSnapshot();
        ucloud(params).then().statusCode(200).body("RetCode", equalTo(230))
                .body("Action", equalTo(params.get("Action") + "Response"));
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void ucloudNumbersNoParameterTakes() {
        for (String number : new String[] {"1e400", "-1e400", "123456789012345678901234567890", "1e100000000"}) {
            var r = http().contentType("application/json").body("{\"Action\":\"DescribeSecGroup\",\"Region\":\"cn-bj2\","
                    + "\"PublicKey\":\"" + UCLOUD_PUBLIC + "\",\"Limit\":" + number + ",\"Signature\":\"x\"}").post("/");
            r.then().statusCode(200).body("RetCode", equalTo(230)).body("Action", equalTo("DescribeSecGroupResponse"));
        }
    }

    /**
     * A query string over the server's bound (128 KB) is refused before it is read, in the format of the cloud whose
     * markers it carries, wherever in the query they stand: a UCloud GET whose PublicKey comes after 136 KB of values,
     * an Aliyun GET whose Format=JSON comes after them. Before, only the query's first 8 KB were read for markers.
     */
    @Test
    void aQueryOverTheBoundIsRefusedInTheFormatOfTheCloudItNames() {
        var before = storeSnapshot();
        Map<String, String> u = p("Action", "DescribeVPC", "Region", "cn-bj2");
        for (int i = 0; i < 8; i++) u.put("VPCIds." + i, "v".repeat(17000));
        var ur = http().get("/?" + AliyunV1Signer.query(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, u)));
        ur.then().statusCode(200).contentType(containsString("json")).body("RetCode", equalTo(230))
                .body("Action", equalTo("DescribeVPCResponse"));

        Map<String, String> a = p("Action", "DescribeSecurityGroups", "RegionId", REGION);
        for (int i = 1; i <= 8; i++) a.put("SecurityGroupIds." + i, "s".repeat(17000));
        a.put("Format", "JSON");
        var ar = http().get("/?" + AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, a)));
        ar.then().statusCode(400).contentType(containsString("json")).body("Code", equalTo("InvalidParameter"));
        assertThat(storeSnapshot()).isEqualTo(before);
    }
}
