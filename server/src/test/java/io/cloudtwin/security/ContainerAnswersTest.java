package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;

/**
 * Findings 10 and 11: what the servlet container used to answer itself (HTML 400 pages, JSON 405/500, empty 200) is
 * answered in the cloud's format; what real clients send raw is accepted; body and query sizes are bounded with the
 * cloud's error; the request log keeps no long Action.
 */
class ContainerAnswersTest extends ServerTestBase {
    private static void assertAliyunError(RawHttp.Reply r, String code) {
        assertThat(r.status()).as(r.head()).isEqualTo(400);
        assertThat(r.body()).as(r.body()).contains("<Code>" + code + "</Code>").contains("<RequestId>")
                .doesNotContain("<html").doesNotContain("Tomcat");
    }

    @Test
    void fogSendsArraysRawInTheQuery() throws Exception {
        var signed = AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "DescribeInstances", "RegionId", REGION,
                "InstanceIds", "[\"i-missing\"]"));
        String query = AliyunV1Signer.query(signed).replace("%5B%22i-missing%22%5D", "[\"i-missing\"]");
        assertThat(query).contains("[\"i-missing\"]");
        var r = RawHttp.send(port, "GET", "/?" + query, null, new byte[0]);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<TotalCount>0</TotalCount>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?Action=DescribeInstances&RegionId=<x>", "/?Action=Describe%zz", "/..;/..;/x?Action=A",
            "/error", "/error?Action=DescribeInstances"})
    void oddTargetsGetAliyunErrors(String target) throws Exception {
        var r = RawHttp.send(port, "GET", target, null, new byte[0]);
        assertThat(r.status()).as(target + " " + r.body()).isIn(400, 404);
        assertThat(r.body()).as(target).contains("<Code>").doesNotContain("<html").doesNotContain("\"timestamp\"");
    }

    @Test
    void nonAsciiAndOverlongTargets() throws Exception {
        byte[] raw = "/?Action=DescribeInstances&RegionId=caf\u00e9".getBytes(StandardCharsets.UTF_8);
        var r = RawHttp.send(port, "GET", new String(raw, StandardCharsets.ISO_8859_1), null, new byte[0]);
        assertThat(r.body()).contains("<Code>").doesNotContain("<html");
        assertAliyunError(RawHttp.send(port, "GET", "/?Action=DescribeInstances&X=" + "a".repeat(140_000), null,
                new byte[0]), "InvalidParameter");
        r = RawHttp.send(port, "GET", "/?Action=DescribeInstances&X=" + "a".repeat(200_000), null, new byte[0]);
        assertThat(r.body()).contains("<Code>").doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "OPTIONS", "PUT", "DELETE", "PATCH", "PROPFIND"})
    void oddMethodsAreUnsupportedHttpMethod(String method) throws Exception {
        assertAliyunError(RawHttp.send(port, method, "/?Action=DescribeInstances", null, new byte[0]),
                "UnsupportedHTTPMethod");
        var json = RawHttp.send(port, method, "/?Action=DescribeInstances&Format=JSON", null, new byte[0]);
        assertThat(json.body()).contains("\"Code\":\"UnsupportedHTTPMethod\"");
    }

    @Test
    void connectIsRefusedInAliyunsFormat() throws Exception {
        var r = RawHttp.send(port, "CONNECT", "127.0.0.1:" + port, null, new byte[0]);
        assertThat(r.body()).contains("<Code>").doesNotContain("<html");
    }

    @Test
    void ucloudMultipartAndOversizedBodies() throws Exception {
        String multipart = "--b\r\nContent-Disposition: form-data; name=\"PublicKey\"\r\n\r\n" + UCLOUD_PUBLIC
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"Action\"\r\n\r\nDescribeSecGroup\r\n--b--\r\n";
        var r = RawHttp.send(port, "POST", "/", "multipart/form-data; boundary=b", multipart.getBytes());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"RetCode\":230");
        var before = storeSnapshot();
        byte[] big = ("{\"Action\":\"CreateSecGroup\",\"Name\":\"" + "x".repeat(2_000_000) + "\"}").getBytes();
        r = RawHttp.send(port, "POST", "/", "application/json", big);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"RetCode\":230").contains("\"Action\":\"CreateSecGroupResponse\"");
        byte[] form = ("Action=CreateSecurityGroup&AccessKeyId=" + AK + "&Description=" + "x".repeat(2_000_000)).getBytes();
        assertAliyunError(RawHttp.send(port, "POST", "/", "application/x-www-form-urlencoded", form), "InvalidParameter");
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void theRequestLogKeepsNoLongAction() throws Exception {
        // unauthenticated, in a form body (the request line alone is bounded by the container)
        RawHttp.send(port, "POST", "/", "application/x-www-form-urlencoded",
                ("Action=" + "A".repeat(20_000) + "&Version=2014-05-26").getBytes());
        var log = admin("GET", "/_cloudtwin/requests?limit=1", null).body();
        assertThat(log.length()).isLessThan(1_000);
        assertThat(List.of(log)).allMatch(s -> !s.contains("A".repeat(100)));
    }
}
