package io.cloudtwin.aliyun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;

/** Hand-built requests on the wire: both formats, both methods, and every protocol error in Aliyun's error body. */
class AliyunWireTest extends ServerTestBase {
    private String web;
    private String db;
    private String instance;

    private RequestSpecification http() {
        return given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false);
    }

    private static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    private Response get(Map<String, String> signed) {
        return http().get("/?" + AliyunV1Signer.query(signed));
    }

    private Response signedGet(String... kv) {
        return get(AliyunV1Signer.sign("GET", AK, SECRET, params(kv)));
    }

    private Response signedPost(String... kv) {
        return http().contentType("application/x-www-form-urlencoded")
                .body(AliyunV1Signer.query(AliyunV1Signer.sign("POST", AK, SECRET, params(kv)))).post("/");
    }

    @BeforeEach
    void world() {
        web = signedGet("Action", "CreateSecurityGroup", "RegionId", REGION, "Format", "JSON")
                .then().statusCode(200).extract().path("SecurityGroupId");
        db = signedGet("Action", "CreateSecurityGroup", "RegionId", REGION, "Format", "JSON")
                .then().statusCode(200).extract().path("SecurityGroupId");
        instance = signedPost("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType",
                "ecs.g6.large", "SecurityGroupIds.1", web, "SecurityGroupIds.2", db, "Format", "JSON")
                .then().statusCode(200).extract().path("InstanceIdSets.InstanceIdSet[0]");
    }

    /** Asserts an XML error body with every field Aliyun sends, and that the store did not change. */
    private void assertXmlError(Response r, List<Map<String, Object>> before, int status, String code) {
        r.then().statusCode(status).contentType(startsWith("text/xml"))
                .body("Error.Code", equalTo(code))
                .body("Error.Message", not(emptyOrNullString()))
                .body("Error.HostId", equalTo("ecs.aliyuncs.com"))
                .body("Error.Recommend", not(emptyOrNullString()))
                .body("Error.RequestId", matchesPattern("[0-9A-F-]{36}"));
        assertThat(r.header("x-acs-request-id")).isEqualTo(r.xmlPath().getString("Error.RequestId"));
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void leaveAnswersXmlByDefaultOverGet() {
        signedGet("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db)
                .then().statusCode(200).contentType(startsWith("text/xml"))
                .body("LeaveSecurityGroupResponse.RequestId", matchesPattern("[0-9A-F-]{36}"));
        assertThat(groupsOf(instance)).containsExactly(web);
    }

    @Test
    void leaveAnswersJsonOverPostForm() {
        signedPost("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", web, "Format", "JSON")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("RequestId", matchesPattern("[0-9A-F-]{36}"));
        assertThat(groupsOf(instance)).containsExactly(db);
    }

    @Test
    void jsonErrorsHaveTheSameFields() {
        var before = storeSnapshot();
        signedGet("Action", "LeaveSecurityGroup", "InstanceId", "i-missing", "SecurityGroupId", db, "Format", "JSON")
                .then().statusCode(404).contentType(startsWith("application/json"))
                .body("Code", equalTo("InvalidInstanceId.NotFound"))
                .body("Message", equalTo("The specified InstanceId does not exist."))
                .body("HostId", equalTo("ecs.aliyuncs.com"))
                .body("RequestId", matchesPattern("[0-9A-F-]{36}"));
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void listsAreWrappedInXmlAndJson() {
        signedGet("Action", "DescribeInstances", "RegionId", REGION)
                .then().statusCode(200)
                .body("DescribeInstancesResponse.TotalCount", equalTo("1"))
                .body("DescribeInstancesResponse.Instances.Instance.SecurityGroupIds.SecurityGroupId.size()", equalTo(2));
        signedGet("Action", "DescribeInstances", "RegionId", REGION, "Format", "JSON")
                .then().statusCode(200)
                .body("Instances.Instance[0].SecurityGroupIds.SecurityGroupId.size()", equalTo(2))
                .body("Instances.Instance[0].OperationLocks.LockReason.size()", equalTo(0));
    }

    @Test
    void wrongSignatureIsRefusedAndShowsTheStringToSign() {
        var before = storeSnapshot();
        Map<String, String> p = AliyunV1Signer.sign("GET", AK, SECRET,
                params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db));
        p.put("Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        Response r = get(p);
        assertXmlError(r, before, 400, "SignatureDoesNotMatch");
        assertThat(r.xmlPath().getString("Error.Message")).contains("server string to sign is:GET&%2F&");
    }

    /**
     * The tea-openapi SDKs send a parameter set to "" but sign without it (their RPC signature skips empty values); the
     * gateway accepts that, as it accepts the classic SDKs' signature over it. A value that is not empty still has to
     * be signed.
     */
    @Test
    void anEmptyParameterLeftOutOfTheSignatureIsAcceptedAsTheTeaSdksSendIt() {
        Map<String, String> p = AliyunV1Signer.sign("GET", AK, SECRET, params("Action", "DescribeInstances", "RegionId", REGION));
        p.put("InstanceName", "");
        get(p).then().statusCode(200).body("DescribeInstancesResponse.TotalCount", equalTo("1"));
        var before = storeSnapshot();
        Map<String, String> q = AliyunV1Signer.sign("GET", AK, SECRET, params("Action", "DescribeInstances", "RegionId", REGION));
        q.put("InstanceName", "web");
        assertXmlError(get(q), before, 400, "SignatureDoesNotMatch");
    }

    @Test
    void signatureOverAnotherMethodIsRefused() {
        var before = storeSnapshot();
        Map<String, String> p = AliyunV1Signer.sign("POST", AK, SECRET,
                params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db));
        assertXmlError(get(p), before, 400, "SignatureDoesNotMatch");
    }

    @Test
    void unknownAccessKeyIsRefused() {
        var before = storeSnapshot();
        Response r = get(AliyunV1Signer.sign("GET", "nobody", "whatever",
                params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db)));
        assertXmlError(r, before, 404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void replayedNonceIsRefused() {
        Map<String, String> p = AliyunV1Signer.sign("GET", AK, SECRET,
                params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db));
        get(p).then().statusCode(200);
        var after = storeSnapshot();
        assertXmlError(get(p), after, 400, "SignatureNonceUsed");
    }

    @Test
    void staleAndMalformedTimestampsAreRefused() {
        var before = storeSnapshot();
        Map<String, String> base = params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db);
        Map<String, String> stale = new LinkedHashMap<>(base);
        stale.put("Timestamp", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        assertXmlError(get(AliyunV1Signer.sign("GET", AK, SECRET, stale)), before, 400, "InvalidTimeStamp.Expired");
        Map<String, String> garbled = new LinkedHashMap<>(base);
        garbled.put("Timestamp", "yesterday");
        assertXmlError(get(AliyunV1Signer.sign("GET", AK, SECRET, garbled)), before, 400, "InvalidTimeStamp.Format");
    }

    @Test
    void missingSignatureAndCommonParameters() {
        var before = storeSnapshot();
        Map<String, String> p = AliyunV1Signer.sign("GET", AK, SECRET,
                params("Action", "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db));
        Map<String, String> noSig = new LinkedHashMap<>(p);
        noSig.remove("Signature");
        assertXmlError(get(noSig), before, 400, "MissingSignature");
        for (String common : List.of("SignatureNonce", "Timestamp", "AccessKeyId", "Action", "Version")) {
            Map<String, String> q = new LinkedHashMap<>(p);
            q.remove(common);
            q.put("Signature", AliyunV1Signer.signature("GET", SECRET, q));
            Response r = get(q);
            assertXmlError(r, before, 400, "MissingParameter");
            assertThat(r.xmlPath().getString("Error.Message")).contains("\"" + common + "\"");
        }
    }

    @Test
    void missingActionParameters() {
        var before = storeSnapshot();
        Response r = signedGet("Action", "LeaveSecurityGroup", "SecurityGroupId", db);
        assertXmlError(r, before, 400, "MissingParameter");
        assertThat(r.xmlPath().getString("Error.Message")).contains("\"InstanceId\"");
        assertXmlError(signedGet("Action", "LeaveSecurityGroup", "InstanceId", instance), before, 400, "MissingParameter");
        assertXmlError(signedGet("Action", "CreateSecurityGroup"), before, 400, "MissingParameter");
        assertXmlError(signedGet("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large"),
                before, 400, "MissingParameter");
    }

    @Test
    void malformedParameters() throws Exception {
        var before = storeSnapshot();
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "PageSize", "many"),
                before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "PageSize", "101"),
                before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "InstanceIds", "[i-1"),
                before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "InstanceIds", "[1,2]"),
                before, 400, "InvalidParameter");
        // DescribeInstances' metadata documents 404 InvalidStatus.NotFound for a Status it does not know
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "Status", "Exploded"),
                before, 404, "InvalidStatus.NotFound");
        assertXmlError(signedGet("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", web, "Amount", "0"), before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "DeleteInstance", "InstanceId", instance, "Force", "maybe"),
                before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "CreateSecurityGroup", "RegionId", REGION, "SecurityGroupType", "vip"),
                before, 400, "InvalidParameter");
        assertXmlError(signedGet("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", web, "DryRun", "true"), before, 400, "DryRunOperation");
        RawHttp.Reply bad = RawHttp.send(port, "GET", "/?Action=DescribeInstances&RegionId=%zz", null, new byte[0]);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("<Code>InvalidParameter</Code>");
    }

    @Test
    void unknownActionVersionAndMethod() {
        var before = storeSnapshot();
        assertXmlError(signedGet("Action", "LaunchRockets"), before, 404, "InvalidAction.NotFound");
        assertXmlError(signedGet("Action", "DescribeInstances", "RegionId", REGION, "Version", "2099-01-01"),
                before, 400, "InvalidVersion");
        assertXmlError(http().put("/?Action=DescribeInstances"), before, 400, "UnsupportedHTTPMethod");
        assertXmlError(http().delete("/"), before, 400, "UnsupportedHTTPMethod");
    }

    @Test
    void anotherAccountCannotSeeOrTouchResources() {
        var before = storeSnapshot();
        Response r = get(AliyunV1Signer.sign("GET", "other-ak", "other-secret",
                params("Action", "DescribeInstances", "RegionId", REGION, "Format", "JSON")));
        r.then().statusCode(200).body("TotalCount", equalTo(0));
        assertXmlError(get(AliyunV1Signer.sign("GET", "other-ak", "other-secret",
                params("Action", "DeleteSecurityGroup", "RegionId", REGION, "SecurityGroupId", web))),
                before, 404, "InvalidSecurityGroup.NotFound"); // DeleteSecurityGroup's metadata names it so
        assertXmlError(get(AliyunV1Signer.sign("GET", "other-ak", "other-secret",
                params("Action", "StopInstance", "InstanceId", instance))), before, 404, "InvalidInstanceId.NotFound");
    }

    @Test
    void pagingWalksEveryInstanceOnce() {
        signedPost("Action", "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", web, "Amount", "24").then().statusCode(200);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 1; page <= 3; page++) {
            Response r = signedGet("Action", "DescribeInstances", "RegionId", REGION, "Format", "JSON",
                    "PageSize", "10", "PageNumber", String.valueOf(page));
            r.then().statusCode(200).body("TotalCount", equalTo(25)).body("PageNumber", equalTo(page));
            seen.addAll(r.jsonPath().getList("Instances.Instance.InstanceId"));
        }
        assertThat(seen).hasSize(25);
    }

    /** Requests of every odd shape: none gets a 500, each gets an Aliyun error body, none changes the store. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/", "/?", "/?Action", "/?Action=", "/?=x", "/?&&&", "/?Action=LeaveSecurityGroup&Action=JoinSecurityGroup",
            "/?Action=%E4%BD%A0%E5%A5%BD", "/?Action=LeaveSecurityGroup&InstanceId=%00", "/?Format=JSON&Action=",
            "/?Action=DescribeInstances&Version=2014-05-26&AccessKeyId=cloudtwin-demo&Signature=x",
            "/?Action=DescribeInstances&Version=2014-05-26&AccessKeyId=cloudtwin-demo&Signature=x&Timestamp=x&SignatureNonce=1",
            "/?Action=DescribeInstances&Version=2014-05-26&AccessKeyId=cloudtwin-demo&Signature=x&SignatureMethod=MD5",
            "/?Action=DescribeInstances&RegionId=%zz", "/?a=%", "/?a=%2", "/?a=%C3%28", "/?a=|{}^`",
            "/x/y/z?Action=DescribeInstances", "/favicon.ico"})
    void oddRequestsNeverFail(String target) throws Exception {
        var before = storeSnapshot();
        byte[] junkForm = "a=1&%%%".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<RawHttp.Reply> replies = List.of(
                RawHttp.send(port, "GET", target, null, new byte[0]),
                RawHttp.send(port, "POST", target, "application/x-www-form-urlencoded", junkForm),
                RawHttp.send(port, "POST", target, "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xff}));
        for (RawHttp.Reply r : replies) {
            assertThat(r.status()).as(target + "\n" + r.head()).isBetween(400, 499);
            boolean json = r.head().toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json");
            assertThat(r.body()).contains(json ? "\"Code\":" : "<Code>").contains(json ? "\"RequestId\":" : "<RequestId>")
                    .doesNotContain("Exception").doesNotContain("at io.cloudtwin");
        }
        assertThat(storeSnapshot()).isEqualTo(before);
    }
}
