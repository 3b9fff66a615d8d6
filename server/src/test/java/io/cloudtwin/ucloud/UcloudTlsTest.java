package io.cloudtwin.ucloud;

import static io.cloudtwin.ucloud.UcloudApi.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.transport.DefaultTransport;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TlsTrust;
import io.cloudtwin.tls.TlsConnector;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupRequest;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupResponse;
import io.cloudtwin.ucloud.UcloudApi.DescribeSecGroupRequest;
import io.cloudtwin.ucloud.UcloudApi.DescribeSecGroupResponse;

/**
 * The UCloud Java client over HTTPS (base URL https://127.0.0.1:port, its Apache HTTP client trusting the CA the
 * admin API serves): signed calls answered as on the HTTP port, into the same store; a client that does not trust
 * the CA gets no answer.
 */
class UcloudTlsTest extends ServerTestBase {
    private static final String REGION = "cn-bj2";

    @Autowired
    private TlsConnector tls;

    private DefaultClient client(String baseUrl, boolean trust) throws Exception {
        Config config = new Config();
        config.setBaseUrl(baseUrl);
        config.setRegion(REGION);
        config.setMaxRetries(0);
        DefaultClient c = new DefaultClient(config, new Credential(UCLOUD_PUBLIC, UCLOUD_PRIVATE));
        if (trust) {
            ((DefaultTransport) c.getTransport()).setHttpClient(
                    HttpClients.custom().setSSLContext(TlsTrust.context(TlsTrust.caPem(baseUrl()))).build());
        }
        return c;
    }

    @Test
    void theUcloudClientWorksOverHttps() throws Exception {
        String https = "https://127.0.0.1:" + tls.port();
        DefaultClient overTls = client(https, true);
        DefaultClient plain = client(baseUrl(), false);

        CreateSecGroupRequest create = action(new CreateSecGroupRequest(), "CreateSecGroup");
        create.vpcId = UcloudApi.vpc(overTls, "10.60.0.0/16");
        create.name = "over-tls";
        var created = (CreateSecGroupResponse) overTls.invoke(create, CreateSecGroupResponse.class);
        assertThat(created.getRetCode()).isZero();
        assertThat(created.secGroupId).isNotBlank();

        for (DefaultClient c : new DefaultClient[] {overTls, plain}) {
            var described = (DescribeSecGroupResponse) c.invoke(action(new DescribeSecGroupRequest(), "DescribeSecGroup"),
                    DescribeSecGroupResponse.class);
            assertThat(described.getRetCode()).isZero();
            assertThat(described.dataSet).singleElement().satisfies(g -> {
                assertThat(g.secGroupId).isEqualTo(created.secGroupId);
                assertThat(g.name).isEqualTo("over-tls");
            });
        }

        // the client's own trust store does not know the emulator's authority
        DefaultClient untrusting = client(https, false);
        assertThat(catchThrowable(() -> untrusting.invoke(action(new DescribeSecGroupRequest(), "DescribeSecGroup"),
                DescribeSecGroupResponse.class))).isNotNull();
    }
}
