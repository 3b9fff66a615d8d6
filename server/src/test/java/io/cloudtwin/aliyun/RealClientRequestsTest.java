package io.cloudtwin.aliyun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;

/**
 * Requests as clients nobody on the project wrote send them (aliyungo, fog-aliyun, the npm SDKs): optional
 * parameters left out, where the metadata allows it.
 */
class RealClientRequestsTest extends ServerTestBase {
    private Response vpcCall(String... kv) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Version", "2016-04-28");
        p.put("Format", "JSON");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        return given().baseUri(baseUrl()).urlEncodingEnabled(false)
                .get("/?" + AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, p)));
    }

    /** aliyungo's CreateVSwitchArgs has no RegionId (optional in the metadata): the region is the VPC's. */
    @Test
    void createVSwitchWithoutRegionIdTakesTheVpcsRegion() {
        String vpc = vpcCall("Action", "CreateVpc", "RegionId", "cn-beijing", "CidrBlock", "172.16.0.0/16")
                .then().statusCode(200).extract().path("VpcId");
        Response created = vpcCall("Action", "CreateVSwitch", "VpcId", vpc, "ZoneId", "cn-beijing-k",
                "CidrBlock", "172.16.1.0/24");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(200);
        String vsw = created.path("VSwitchId");
        JsonPath described = vpcCall("Action", "DescribeVSwitches", "RegionId", "cn-beijing", "VSwitchId", vsw)
                .then().statusCode(200).extract().jsonPath();
        assertThat(described.getString("VSwitches.VSwitch[0].ZoneId")).isEqualTo("cn-beijing-k");
        assertThat(described.getString("VSwitches.VSwitch[0].VpcId")).isEqualTo(vpc);
    }

    /** A zone of another region is refused before anything is stored, with or without RegionId. */
    @Test
    void aZoneOutsideTheVpcsRegionIsRefusedAndNothingIsStored() {
        String vpc = vpcCall("Action", "CreateVpc", "RegionId", "cn-beijing", "CidrBlock", "172.16.0.0/16")
                .then().statusCode(200).extract().path("VpcId");
        long before = jdbc.sql("SELECT COUNT(*) FROM subnet").query(Long.class).single();
        for (String region : new String[] {null, "cn-beijing"}) {
            Response refused = region == null
                    ? vpcCall("Action", "CreateVSwitch", "VpcId", vpc, "ZoneId", "cn-hangzhou-h", "CidrBlock", "172.16.2.0/24")
                    : vpcCall("Action", "CreateVSwitch", "RegionId", region, "VpcId", vpc, "ZoneId", "cn-hangzhou-h",
                            "CidrBlock", "172.16.2.0/24");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(404);
            assertThat(refused.<String>path("Code")).isEqualTo("InvalidZoneId.NotFound");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM subnet").query(Long.class).single()).isEqualTo(before);
    }
}
