package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPSListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.DeleteServerCertificateRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPSListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPSListenerAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeServerCertificatesRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerHTTPSListenerAttributeRequest;
import com.aliyun.slb20140515.models.SetServerCertificateNameRequest;
import com.aliyun.slb20140515.models.UploadServerCertificateRequest;
import com.aliyun.slb20140515.models.UploadServerCertificateResponseBody;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TestCertificates;

/**
 * alicloud_slb_server_certificate and an HTTPS alicloud_slb_listener (UploadServerCertificate, the read by
 * DescribeServerCertificates, CreateLoadBalancerHTTPSListener with ServerCertificateId, its read, a certificate
 * changed by SetLoadBalancerHTTPSListenerAttribute, SetServerCertificateName, DeleteServerCertificate), through the
 * new SDK; the rules: a certificate must parse and come with its key, one a listener serves stays.
 */
class HttpsListenerTest extends ServerTestBase {
    private Client slb;

    @BeforeEach
    void client() throws Exception {
        slb = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION));
    }

    private UploadServerCertificateResponseBody upload(String name) throws Exception {
        return slb.uploadServerCertificate(new UploadServerCertificateRequest().setRegionId(REGION)
                .setServerCertificate(TestCertificates.pem("lb-cert.pem")).setPrivateKey(TestCertificates.pem("lb-key.pem"))
                .setServerCertificateName(name)).getBody();
    }

    private CreateLoadBalancerHTTPSListenerRequest https(String lb, int port, String certificate) {
        return new CreateLoadBalancerHTTPSListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setBackendServerPort(80).setBandwidth(-1).setStickySession("off")
                .setHealthCheck("off").setServerCertificateId(certificate);
    }

    private DescribeLoadBalancerHTTPSListenerAttributeResponseBody read(String lb, int port) throws Exception {
        return slb.describeLoadBalancerHTTPSListenerAttribute(new DescribeLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)).getBody();
    }

    private void delete(String certificate) throws Exception {
        slb.deleteServerCertificate(new DeleteServerCertificateRequest().setRegionId(REGION)
                .setServerCertificateId(certificate));
    }

    @Test
    void aCertificateAndTheHttpsListenerThatServesIt() throws Exception {
        var uploaded = upload("tf-cert");
        String cert = uploaded.getServerCertificateId();
        assertThat(uploaded.getFingerprint()).isEqualTo("1a:32:b1:c0:a7:fc:7d:b7:c4:c5:67:41:5e:fc:7f:8d:cf:6b:f3:ba");
        assertThat(uploaded.getCommonName()).isEqualTo("www.example.test");
        assertThat(uploaded.getSubjectAlternativeNames().getSubjectAlternativeName())
                .containsExactly("www.example.test", "api.example.test");
        assertThat(uploaded.getExpireTimeStamp()).isPositive();
        var listed = slb.describeServerCertificates(new DescribeServerCertificatesRequest().setRegionId(REGION)
                .setServerCertificateId(cert)).getBody().getServerCertificates().getServerCertificate();
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.getServerCertificateName()).isEqualTo("tf-cert");
            assertThat(c.getFingerprint()).isEqualTo(uploaded.getFingerprint());
        });
        assertThat(slb.describeServerCertificates(new DescribeServerCertificatesRequest().setRegionId(REGION)
                .setServerCertificateId("cert-nothere")).getBody().getServerCertificates().getServerCertificate())
                .as("an unknown id: none, the provider's gone").isEmpty();
        slb.setServerCertificateName(new SetServerCertificateNameRequest().setRegionId(REGION)
                .setServerCertificateId(cert).setServerCertificateName("renamed"));

        String lb = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setAddressType("internet")).getBody().getLoadBalancerId();
        slb.createLoadBalancerHTTPSListener(https(lb, 443, cert));
        var listener = read(lb, 443);
        assertThat(listener.getServerCertificateId()).isEqualTo(cert);
        assertThat(listener.getStatus()).isEqualTo("stopped");
        assertThat(listener.getBackendServerPort()).isEqualTo(80);
        assertThat(code(() -> { delete(cert); return null; })).isEqualTo("CertificateAndPrivateKeyIsRefered");

        String other = upload("next").getServerCertificateId();
        slb.setLoadBalancerHTTPSListenerAttribute(new SetLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(443).setServerCertificateId(other)
                .setScheduler("wlc"));
        assertThat(read(lb, 443).getServerCertificateId()).isEqualTo(other);
        assertThat(read(lb, 443).getScheduler()).isEqualTo("wlc");
        delete(cert);

        assertThat(code(() -> slb.setLoadBalancerHTTPSListenerAttribute(new SetLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(443).setServerCertificateId(cert)
                .setScheduler("rr")))).isEqualTo("ServerCertificateId.NotFound");
        assertThat(read(lb, 443).getScheduler()).as("a refused Set changes nothing").isEqualTo("wlc");
        assertThat(code(() -> slb.createLoadBalancerHTTPSListener(https(lb, 8443, "cert-nothere"))))
                .isEqualTo("ServerCertificateId.NotFound");
        assertThat(slb.describeLoadBalancerAttribute(new DescribeLoadBalancerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb)).getBody().getListenerPorts().getListenerPort())
                .as("the refused listener made nothing").containsExactly(443);
        assertThat(code(() -> slb.createLoadBalancerHTTPSListener(https(lb, 443, other))))
                .isEqualTo("InvalidParameter.ListenerPortConflict");
    }

    @Test
    void aCertificateMustParseAndComeWithItsKey() throws Exception {
        assertThat(code(() -> slb.uploadServerCertificate(new UploadServerCertificateRequest().setRegionId(REGION)
                .setServerCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")
                .setPrivateKey(TestCertificates.pem("lb-key.pem"))))).isEqualTo("CertificateFormatInvalid");
        assertThat(code(() -> slb.uploadServerCertificate(new UploadServerCertificateRequest().setRegionId(REGION)
                .setServerCertificate(TestCertificates.pem("lb-cert.pem")).setPrivateKey("not a key"))))
                .isEqualTo("CertificateFormatInvalid");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String cert(AliyunApi api) {
            return api.slb("UploadServerCertificate", "RegionId", REGION, "ServerCertificate",
                    TestCertificates.pem("lb-cert.pem"), "PrivateKey", TestCertificates.pem("lb-key.pem"))
                    .path("ServerCertificateId").asString();
        }

        private static String lb(AliyunApi api) {
            return api.slb("CreateLoadBalancer", "RegionId", REGION, "AddressType", "internet")
                    .path("LoadBalancerId").asString();
        }

        private static String[] listener(AliyunApi api) {
            String lb = lb(api);
            String cert = cert(api);
            api.slb("CreateLoadBalancerHTTPSListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "443",
                    "BackendServerPort", "80", "Bandwidth", "-1", "HealthCheck", "off", "ServerCertificateId", cert);
            return new String[] {lb, cert};
        }

        @Override
        public void register(Recipes r) {
            r.slb("UploadServerCertificate", api -> AliyunApi.params("RegionId", REGION, "ServerCertificate",
                    TestCertificates.pem("lb-cert.pem"), "PrivateKey", TestCertificates.pem("lb-key.pem"),
                    "ServerCertificateName", "c")).fails("CertificateFormatInvalid", api -> AliyunApi.params(
                    "RegionId", REGION, "ServerCertificate", TestCertificates.pem("lb-cert.pem"), "PrivateKey", "x"));
            r.slb("DescribeServerCertificates", api -> AliyunApi.params("RegionId", REGION, "ServerCertificateId",
                    cert(api)));
            r.slb("SetServerCertificateName", api -> AliyunApi.params("RegionId", REGION, "ServerCertificateId",
                    cert(api), "ServerCertificateName", "n")).fails("ServerCertificateId.NotFound",
                    api -> AliyunApi.params("RegionId", REGION, "ServerCertificateId", "cert-missing",
                            "ServerCertificateName", "n"));
            r.slb("DeleteServerCertificate", api -> AliyunApi.params("RegionId", REGION, "ServerCertificateId",
                    cert(api))).fails("CertificateAndPrivateKeyIsRefered", api -> AliyunApi.params("RegionId",
                    REGION, "ServerCertificateId", listener(api)[1]));
            r.slb("CreateLoadBalancerHTTPSListener", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId",
                    lb(api), "ListenerPort", "443", "BackendServerPort", "80", "Bandwidth", "-1", "HealthCheck", "off",
                    "ServerCertificateId", cert(api))).fails("ServerCertificateId.NotFound", api -> AliyunApi.params(
                    "RegionId", REGION, "LoadBalancerId", lb(api), "ListenerPort", "443", "BackendServerPort", "80",
                    "Bandwidth", "-1", "HealthCheck", "off", "ServerCertificateId", "cert-missing"));
            r.slb("DescribeLoadBalancerHTTPSListenerAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "LoadBalancerId", listener(api)[0], "ListenerPort", "443"));
            r.slb("SetLoadBalancerHTTPSListenerAttribute", api -> {
                String[] s = listener(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "443",
                        "ServerCertificateId", cert(api), "Scheduler", "wlc");
            });
        }
    }
}
