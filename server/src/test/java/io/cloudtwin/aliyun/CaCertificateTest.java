package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPSListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.DeleteCACertificateRequest;
import com.aliyun.slb20140515.models.DeleteLoadBalancerListenerRequest;
import com.aliyun.slb20140515.models.DeleteServerCertificateRequest;
import com.aliyun.slb20140515.models.DescribeCACertificatesRequest;
import com.aliyun.slb20140515.models.DescribeCACertificatesResponseBody;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPSListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeServerCertificatesRequest;
import com.aliyun.slb20140515.models.ListTagResourcesRequest;
import com.aliyun.slb20140515.models.SetCACertificateNameRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerHTTPSListenerAttributeRequest;
import com.aliyun.slb20140515.models.TagResourcesRequest;
import com.aliyun.slb20140515.models.UploadCACertificateRequest;
import com.aliyun.slb20140515.models.UploadServerCertificateRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TestCertificates;

/**
 * CA certificates as alicloud_slb_ca_certificate and an HTTPS alicloud_slb_listener's ca_certificate_id drive them
 * (UploadCACertificate, TagResources with ResourceType certificate, DescribeCACertificates, whose empty answer the
 * provider reads as gone, SetCACertificateName, DeleteCACertificate), through the SDK; a CA certificate a listener
 * trusts stays, the two kinds of certificate apart, and the state round trip.
 */
class CaCertificateTest extends ServerTestBase {
    private Client slb;

    @BeforeEach
    void client() throws Exception {
        slb = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION));
    }

    private String authority(String name) throws Exception {
        return slb.uploadCACertificate(new UploadCACertificateRequest().setRegionId(REGION)
                .setCACertificate(TestCertificates.pem("lb-cert.pem")).setCACertificateName(name)).getBody()
                .getCACertificateId();
    }

    private String server() throws Exception {
        return slb.uploadServerCertificate(new UploadServerCertificateRequest().setRegionId(REGION)
                .setServerCertificate(TestCertificates.pem("lb-cert.pem"))
                .setPrivateKey(TestCertificates.pem("lb-key.pem"))).getBody().getServerCertificateId();
    }

    private List<DescribeCACertificatesResponseBody.DescribeCACertificatesResponseBodyCACertificatesCACertificate>
            read(String id) throws Exception {
        return slb.describeCACertificates(new DescribeCACertificatesRequest().setRegionId(REGION)
                .setCACertificateId(id)).getBody().getCACertificates().getCACertificate();
    }

    private String lb() throws Exception {
        return slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setLoadBalancerSpec("slb.s1.small")).getBody().getLoadBalancerId();
    }

    private CreateLoadBalancerHTTPSListenerRequest https(String lb, int port, String server, String ca) {
        return new CreateLoadBalancerHTTPSListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setBackendServerPort(80).setBandwidth(-1).setStickySession("off")
                .setHealthCheck("off").setServerCertificateId(server).setCACertificateId(ca);
    }

    private String trusted(String lb, int port) throws Exception {
        return slb.describeLoadBalancerHTTPSListenerAttribute(new DescribeLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)).getBody().getCACertificateId();
    }

    private void delete(String id) throws Exception {
        slb.deleteCACertificate(new DeleteCACertificateRequest().setRegionId(REGION).setCACertificateId(id));
    }

    @Test
    void aCaCertificateAndAListenerThatTrustsItTheProvidersWay() throws Exception {
        var uploaded = slb.uploadCACertificate(new UploadCACertificateRequest().setRegionId(REGION)
                .setCACertificate(TestCertificates.pem("lb-cert.pem")).setCACertificateName("tf-ca")).getBody();
        String ca = uploaded.getCACertificateId();
        assertThat(ca).startsWith("cacert-");
        assertThat(uploaded.getCommonName()).isEqualTo("www.example.test");
        assertThat(uploaded.getFingerprint()).matches("([0-9a-f]{2}:){19}[0-9a-f]{2}");
        assertThat(uploaded.getExpireTimeStamp()).isGreaterThan(uploaded.getCreateTimeStamp());
        slb.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("certificate")
                .setResourceId(List.of(ca)).setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag()
                        .setKey("env").setValue("test"))));
        slb.setCACertificateName(new SetCACertificateNameRequest().setRegionId(REGION).setCACertificateId(ca)
                .setCACertificateName("renamed"));
        assertThat(read(ca)).singleElement().satisfies(c -> assertThat(List.of(c.getCACertificateId(),
                c.getCACertificateName(), c.getRegionId())).containsExactly(ca, "renamed", REGION));
        assertThat(slb.listTagResources(new ListTagResourcesRequest().setRegionId(REGION)
                .setResourceType("certificate").setResourceId(List.of(ca))).getBody().getTagResources()
                .getTagResource()).singleElement()
                .satisfies(t -> assertThat(t.getTagKey() + "=" + t.getTagValue()).isEqualTo("env=test"));
        String server = server();
        assertThat(slb.describeServerCertificates(new DescribeServerCertificatesRequest().setRegionId(REGION))
                .getBody().getServerCertificates().getServerCertificate()).extracting(c -> c.getServerCertificateId())
                .contains(server).doesNotContain(ca);
        assertThat(read(null)).extracting(c -> c.getCACertificateId()).contains(ca).doesNotContain(server);

        // an HTTPS listener trusts it; it stays while the listener does
        String lb = lb();
        slb.createLoadBalancerHTTPSListener(https(lb, 443, server, ca));
        assertThat(trusted(lb, 443)).isEqualTo(ca);
        assertThat(refused(() -> { delete(ca); return null; }).getCode())
                .isEqualTo("CertificateAndPrivateKeyIsRefered");
        String other = authority("other");
        slb.setLoadBalancerHTTPSListenerAttribute(new SetLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(443).setCACertificateId(other));
        assertThat(trusted(lb, 443)).isEqualTo(other);
        delete(ca);
        assertThat(read(ca)).as("gone, as the provider reads it").isEmpty();
        slb.deleteLoadBalancerListener(new DeleteLoadBalancerListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(443));
        delete(other);
    }

    @Test
    void theKindsOfCertificateStayApart() throws Exception {
        String ca = authority("ca");
        String server = server();
        String lb = lb();
        assertThat(refused(() -> slb.createLoadBalancerHTTPSListener(https(lb, 443, server, server))).getCode())
                .as("a server certificate named as the CA").isEqualTo("CertificateNotExist");
        assertThat(refused(() -> slb.createLoadBalancerHTTPSListener(https(lb, 443, server, "cacert-none")))
                .getCode()).isEqualTo("CertificateNotExist");
        assertThat(refused(() -> slb.createLoadBalancerHTTPSListener(https(lb, 443, ca, null))).getCode())
                .as("a CA certificate named as the server's").isEqualTo("ServerCertificateId.NotFound");
        assertThat(slb.describeServerCertificates(new DescribeServerCertificatesRequest().setRegionId(REGION)
                .setServerCertificateId(ca)).getBody().getServerCertificates().getServerCertificate()).isEmpty();
        assertThat(read(server)).isEmpty();
        // each kind's own actions only: the other kind's id is no certificate of theirs
        assertThat(refused(() -> slb.deleteServerCertificate(new DeleteServerCertificateRequest().setRegionId(REGION)
                .setServerCertificateId(ca))).getCode()).isEqualTo("ServerCertificateId.NotFound");
        assertThat(refused(() -> { delete(server); return null; }).getCode()).isEqualTo("InvalidParameter");
        assertThat(refused(() -> slb.setCACertificateName(new SetCACertificateNameRequest().setRegionId(REGION)
                .setCACertificateId(server).setCACertificateName("x"))).getCode()).isEqualTo("InvalidParameter");
        assertThat(read(ca)).singleElement().satisfies(c -> assertThat(c.getCACertificateName()).isEqualTo("ca"));
        assertThat(refused(() -> slb.uploadCACertificate(new UploadCACertificateRequest().setRegionId(REGION)
                .setCACertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"))).getCode())
                .isEqualTo("InvalidParameter");
    }

    @Test
    void caCertificatesRoundTripTheState() throws Exception {
        String ca = authority("kept");
        String lb = lb();
        slb.createLoadBalancerHTTPSListener(https(lb, 443, server(), ca));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(ca)).singleElement().satisfies(c -> assertThat(c.getCACertificateName()).isEqualTo("kept"));
        assertThat(trusted(lb, 443)).isEqualTo(ca);
        assertThat(refused(() -> { delete(ca); return null; }).getCode())
                .isEqualTo("CertificateAndPrivateKeyIsRefered");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String ca(AliyunApi api) {
            return api.slb("UploadCACertificate", "RegionId", REGION, "CACertificate",
                    TestCertificates.pem("lb-cert.pem"), "CACertificateName", "ca").path("CACertificateId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.slb("UploadCACertificate", api -> AliyunApi.params("RegionId", REGION, "CACertificate",
                    TestCertificates.pem("lb-cert.pem"), "CACertificateName", "n", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.slb("DescribeCACertificates", api -> AliyunApi.params("RegionId", REGION, "CACertificateId", ca(api)));
            r.slb("SetCACertificateName", api -> AliyunApi.params("RegionId", REGION, "CACertificateId", ca(api),
                    "CACertificateName", "m"));
            r.slb("DeleteCACertificate", api -> AliyunApi.params("RegionId", REGION, "CACertificateId", ca(api)));
        }
    }
}
