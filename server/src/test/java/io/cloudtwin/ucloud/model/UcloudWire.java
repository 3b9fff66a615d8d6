package io.cloudtwin.ucloud.model;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.response.Response;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * Signed UCloud calls as the Go SDK and Terraform send them (POST form, Action also in the query), answers decoded
 * strictly into the SDK-shaped models. {@link #call} fails the test unless the answer is HTTP 200 with RetCode 0;
 * {@link #raw} returns the answer as it is. Region defaults to cn-bj2 unless the call names one; pass Region=null
 * to send none (UAccount).
 */
public final class UcloudWire {
    private final int port;

    public UcloudWire(int port) {
        this.port = port;
    }

    public static Map<String, String> params(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) m.remove((String) kv[i]);
            else m.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return m;
    }

    public Response raw(Object... kv) {
        Map<String, String> p = UcloudSigner.sign(ServerTestBase.UCLOUD_PUBLIC, ServerTestBase.UCLOUD_PRIVATE, params(kv));
        Response r = given().baseUri("http://127.0.0.1").port(port).urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded").body(AliyunV1Signer.query(p))
                .post("/?Action=" + p.get("Action"));
        assertThat(r.statusCode()).as("UCloud answers HTTP 200 always").isEqualTo(200);
        return r;
    }

    /** A call that must succeed, decoded into type. */
    public <T extends Responses.Common> T call(Class<T> type, Object... kv) {
        Response r = raw(kv);
        T out = StrictJson.decode(r.asByteArray(), type);
        assertThat(out.RetCode).as("RetCode of %s: %s", kv[1], r.asString()).isEqualTo(0);
        assertThat(out.Action).isEqualTo(kv[1] + "Response");
        return out;
    }

    /** A call that must be refused with retCode, decoded into the common part. */
    public Responses.Common refused(int retCode, Object... kv) {
        Response r = raw(kv);
        Responses.Common out = StrictJson.decode(r.asByteArray(), Responses.Common.class);
        assertThat(out.RetCode).as("RetCode of %s: %s", kv[1], r.asString()).isEqualTo(retCode);
        assertThat(out.Message).isNotBlank();
        return out;
    }
}
