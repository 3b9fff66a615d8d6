package io.cloudtwin.ucloud;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/** Every wire form a UCloud client sends, and every protocol error: HTTP 200, the right RetCode, nothing changed. */
class UcloudWireTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private String a;
    private String b;
    private String host;

    private RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false);
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private static Map<String, String> signed(String... kv) {
        return UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, params(kv));
    }

    /** Go-SDK style: Action in the query and in the form body. */
    private Response form(Map<String, String> p) {
        return http().contentType("application/x-www-form-urlencoded")
                .body(AliyunV1Signer.query(p)).post("/?Action=" + p.get("Action"));
    }

    private Response get(Map<String, String> p) {
        return http().get("/?" + AliyunV1Signer.query(p));
    }

    private Response json(Object body) {
        return http().contentType("application/json").body(JSON.writeValueAsString(body)).post("/");
    }

    private static void ok(Response r, String action) {
        r.then().statusCode(200).contentType(startsWith("application/json"))
                .body("RetCode", equalTo(0)).body("Action", equalTo(action + "Response"));
        assertThat(r.header("X-UCLOUD-REQUEST-UUID")).isNotBlank();
    }

    private void refused(Response r, List<Map<String, Object>> before, int retCode) {
        r.then().statusCode(200).contentType(startsWith("application/json"))
                .body("RetCode", equalTo(retCode)).body("Message", not(emptyOrNullString()));
        assertThat(r.header("X-UCLOUD-REQUEST-UUID")).isNotBlank();
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @BeforeEach
    void world() {
        String vpc = form(signed("Action", "CreateVPC", "Name", "wire", "Network.0", "10.40.0.0/16")).then().extract()
                .path("VPCId");
        a = get(signed("Action", "CreateSecGroup", "VPCId", vpc, "Name", "a")).then().extract().path("SecGroupId");
        b = form(signed("Action", "CreateSecGroup", "VPCID", vpc, "Name", "b")).then().extract().path("SecGroupId");
        host = form(signed("Action", "CreateUHostInstance", "Zone", "cn-bj2-03", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode", "Password",
                "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20",
                "SecurityMode", "SecGroup", "SecGroupId.0.Id", a, "SecGroupId.1.Id", b, "SecGroupId.1.Priority", "2"))
                .then().extract().path("UHostIds[0]");
        assertThat(groupsOf(host)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void getQuery() {
        ok(get(signed("Action", "DisassociateSecGroup", "SecGroupId.0", a, "ResourceId.0", host)), "DisassociateSecGroup");
        assertThat(groupsOf(host)).containsExactly(b);
    }

    @Test
    void postFormWithActionInQueryAndBody() {
        ok(form(signed("Action", "DisassociateSecGroup", "SecGroupId.0", b, "ResourceId.0", host, "Force", "false")),
                "DisassociateSecGroup");
        assertThat(groupsOf(host)).containsExactly(a);
    }

    @Test
    void postJsonLikeTheJavaSdkWithJsonTypes() {
        Map<String, Object> body = new LinkedHashMap<>(signed("Action", "DisassociateSecGroup", "SecGroupId.0", a,
                "ResourceId.0", host, "Force", "true"));
        body.put("Force", true); // a JSON boolean, signed as "true"
        ok(json(body), "DisassociateSecGroup");
        assertThat(groupsOf(host)).containsExactly(b);
    }

    @Test
    void postJsonWithRealArraysAndPlainStrings() {
        // signed over the flattened form (SecGroupId.0 ...), sent as a JSON array and a plain string
        Map<String, String> flat = signed("Action", "DisassociateSecGroup", "SecGroupId.0", a, "SecGroupId.1", b,
                "ResourceId", host, "Force", "true");
        Map<String, Object> body = new LinkedHashMap<>(flat);
        body.remove("SecGroupId.0");
        body.remove("SecGroupId.1");
        body.put("SecGroupId", List.of(a, b));
        body.put("Force", true);
        ok(json(body), "DisassociateSecGroup");
        assertThat(groupsOf(host)).isEmpty();
    }

    @Test
    void numbersAsJsonTypesAndNestedObjects() {
        Map<String, String> flat = signed("Action", "AssociateSecGroup", "ResourceId.0", host,
                "PrioritySecGroup.0.SecGroupId", a, "PrioritySecGroup.0.Priority", "4");
        Map<String, Object> body = new LinkedHashMap<>(flat);
        body.remove("PrioritySecGroup.0.SecGroupId");
        body.remove("PrioritySecGroup.0.Priority");
        body.put("PrioritySecGroup", List.of(Map.of("SecGroupId", a, "Priority", 4)));
        ok(json(body), "AssociateSecGroup");
        assertThat(jdbc.sql("SELECT priority FROM membership WHERE instance_id = :i AND group_id = :g")
                .param("i", host).param("g", a).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void describeOverEveryForm() {
        get(signed("Action", "DescribeSecGroupResource", "SecGroupId", a, "Limit", "10")).then()
                .body("RetCode", equalTo(0)).body("TotalCount", equalTo(1)).body("DataSet[0].ResourceId", equalTo(host));
        form(signed("Action", "DescribeUHostInstance", "UHostIds.0", host)).then()
                .body("UHostSet[0].State", equalTo("Running")).body("UHostSet[0].Zone", equalTo("cn-bj2-03"));
        json(signed("Action", "DescribeSecGroup", "Limit", "1", "Offset", "1")).then()
                .body("DataSet.size()", equalTo(1)).body("$", not(org.hamcrest.Matchers.hasKey("TotalCount")));
    }

    @Test
    void protocolErrors() {
        var before = storeSnapshot();
        Map<String, String> wrong = signed("Action", "DisassociateSecGroup", "SecGroupId.0", a, "Force", "true");
        wrong.put("Signature", "0000000000000000000000000000000000000000");
        refused(form(wrong), before, 171);
        Map<String, String> tampered = signed("Action", "DisassociateSecGroup", "SecGroupId.0", a);
        tampered.put("Force", "true");
        refused(form(tampered), before, 171);
        refused(form(UcloudSigner.sign("nobody", "x", params("Action", "DisassociateSecGroup", "SecGroupId.0", a))),
                before, 172);
        Map<String, String> unsigned = params("Action", "DisassociateSecGroup", "SecGroupId.0", a, "PublicKey", UCLOUD_PUBLIC);
        refused(form(unsigned), before, 170);
        Map<String, String> noRegion = new LinkedHashMap<>(params("Action", "DisassociateSecGroup", "SecGroupId.0", a));
        noRegion.remove("Region");
        refused(form(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, noRegion)), before, 220);
        Map<String, String> noAction = signed("SecGroupId.0", a);
        refused(json(noAction), before, 160);
        refused(form(signed("Action", "LaunchRockets")), before, 161);
        refused(form(signed("Action", "DisassociateSecGroup", "ProjectId", "org-elsewhere", "SecGroupId.0", a)), before, 292);
    }

    @Test
    void malformedArraysAndValues() {
        var before = storeSnapshot();
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.x", a)), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.n", a)), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.-1", a)), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.0.Id", a)), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.0", "")), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup", "SecGroupId.0", a, "Force", "maybe")), before, 230);
        refused(form(signed("Action", "DisassociateSecGroup")), before, 220);
        refused(form(signed("Action", "AssociateSecGroup", "ResourceId.0", host, "PrioritySecGroup.0", a)), before, 230);
        refused(form(signed("Action", "AssociateSecGroup", "ResourceId.0", host, "PrioritySecGroup.x.SecGroupId", a)),
                before, 230);
        refused(form(signed("Action", "DescribeUHostInstance", "Limit", "1000")), before, 230);
        refused(form(signed("Action", "CreateUHostInstance", "Zone", "cn-sh2-01", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd")), before, 230);
        refused(form(signed("Action", "CreateUHostInstance", "Zone", "cn-bj2-03", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode",
                "Password", "Password", "not base64!", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20")), before, 230);
        Response badJson = http().contentType("application/json").body("{\"Action\": [1, 2").post("/");
        refused(badJson, before, 230);
        Response notAnObject = http().contentType("application/json").body("[1,2,3]").post("/");
        refused(notAnObject, before, 230);
    }

    /** Odd shapes sent byte for byte: still HTTP 200 with a RetCode, never a stack trace, nothing changed. */
    @ParameterizedTest
    @ValueSource(strings = {"/ucloud", "/ucloud?Action=", "/ucloud?Action=%zz", "/ucloud/x?PublicKey=&Signature=",
            "/?PublicKey=x&Action=DisassociateSecGroup&SecGroupId.99999=a"})
    void oddRequestsNeverFail(String target) throws Exception {
        var before = storeSnapshot();
        for (RawHttp.Reply r : List.of(
                RawHttp.send(port, "GET", target, null, new byte[0]),
                RawHttp.send(port, "POST", target, "application/json", "{\"Action\":{\"x\":[null,true,1.50]}}".getBytes()),
                RawHttp.send(port, "POST", target, "application/x-www-form-urlencoded", "PublicKey=%%".getBytes()))) {
            assertThat(r.status()).as(target).isEqualTo(200);
            assertThat(r.body()).contains("\"RetCode\":").doesNotContain("\"RetCode\":0").doesNotContain("Exception");
            assertThat(r.head().toLowerCase(java.util.Locale.ROOT)).contains("x-ucloud-request-uuid");
        }
        assertThat(storeSnapshot()).isEqualTo(before);
    }
}
