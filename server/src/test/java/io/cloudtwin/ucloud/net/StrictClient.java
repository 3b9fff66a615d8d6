package io.cloudtwin.ucloud.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import cn.ucloud.common.transport.DefaultTransport;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.entity.BufferedHttpEntity;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * The real UCloud Java client (ucloud-sdk-java-common), with its own HTTP transport, plus a look at each raw answer:
 * every successful answer is also decoded strictly ({@link StrictJson}) into the response class.
 */
public final class StrictClient {
    private final DefaultClient client;
    private volatile String lastBody;

    public StrictClient(String baseUrl, String region, String publicKey, String privateKey) {
        this(baseUrl, region, null, publicKey, privateKey);
    }

    /** As a tool configured with a project sends it: ProjectId on every request (the provider's project_id). */
    public StrictClient(String baseUrl, String region, String projectId, String publicKey, String privateKey) {
        Config config = new Config();
        config.setBaseUrl(baseUrl);
        config.setRegion(region);
        config.setProjectId(projectId);
        config.setMaxRetries(0);
        client = new DefaultClient(config, new Credential(publicKey, privateKey));
        DefaultTransport transport = (DefaultTransport) client.getTransport();
        transport.setHttpClient(HttpClients.custom().addInterceptorLast((HttpResponseInterceptor) (response, ctx) -> {
            BufferedHttpEntity entity = new BufferedHttpEntity(response.getEntity());
            response.setEntity(entity);
            lastBody = EntityUtils.toString(entity, "UTF-8");
        }).build());
    }

    /** Calls the action; expects RetCode 0 and an answer that decodes strictly into type. */
    @SuppressWarnings("unchecked")
    public <T extends Response> T call(Request r, Class<T> type) throws Exception {
        r.setSignature(null);
        T resp = (T) client.invoke(r, type);
        assertThat(resp.getRetCode()).isZero();
        assertThat(resp.getAction()).isEqualTo(r.getAction() + "Response");
        assertThat(StrictJson.problems(lastBody, type)).as("strict decoding of %s: %s", r.getAction(), lastBody).isEmpty();
        return resp;
    }

    /** Calls the action; expects the client to raise the given non-zero RetCode. */
    public RetCodeException refused(Request r, int retCode) {
        r.setSignature(null);
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> client.invoke(r, Response.class));
        assertThat(e).as("expected RetCode %s for %s", retCode, r.getAction()).isNotNull();
        assertThat(e.getRetCode()).as(lastBody).isEqualTo(retCode);
        return e;
    }

    public String lastBody() {
        return lastBody;
    }
}
