package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateDomainExtensionRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPSListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.DeleteDomainExtensionRequest;
import com.aliyun.slb20140515.models.DeleteServerCertificateRequest;
import com.aliyun.slb20140515.models.DescribeDomainExtensionAttributeRequest;
import com.aliyun.slb20140515.models.DescribeDomainExtensionAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeDomainExtensionsRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPSListenerAttributeRequest;
import com.aliyun.slb20140515.models.SetDomainExtensionAttributeRequest;
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
 * Domain extensions as alicloud_slb_domain_extension drives them (CreateDomainExtension, DescribeDomainExtensionAttribute,
 * whose InvalidParameter.DomainExtensionId the provider reads as gone, SetDomainExtensionAttribute,
 * DeleteDomainExtension), through the SDK; a domain once a listener, a server certificate an extension serves stays,
 * and the state round trip.
 */
class DomainExtensionTest extends ServerTestBase {
    private Client slb;

    @BeforeEach
    void client() throws Exception {
        slb = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION));
    }

    private String certificate() throws Exception {
        return slb.uploadServerCertificate(new UploadServerCertificateRequest().setRegionId(REGION)
                .setServerCertificate(TestCertificates.pem("lb-cert.pem"))
                .setPrivateKey(TestCertificates.pem("lb-key.pem"))).getBody().getServerCertificateId();
    }

    /** A load balancer with an HTTPS listener on 443 serving the certificate. */
    private String https(String certificate) throws Exception {
        String lb = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setLoadBalancerSpec("slb.s1.small")).getBody().getLoadBalancerId();
        slb.createLoadBalancerHTTPSListener(new CreateLoadBalancerHTTPSListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(443).setBackendServerPort(80).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("off").setServerCertificateId(certificate));
        return lb;
    }

    private String extension(String lb, int port, String domain, String certificate) throws Exception {
        return slb.createDomainExtension(new CreateDomainExtensionRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setDomain(domain).setServerCertificateId(certificate)).getBody()
                .getDomainExtensionId();
    }

    private DescribeDomainExtensionAttributeResponseBody read(String id) throws Exception {
        return slb.describeDomainExtensionAttribute(new DescribeDomainExtensionAttributeRequest().setRegionId(REGION)
                .setDomainExtensionId(id)).getBody();
    }

    private void deleteCertificate(String id) throws Exception {
        slb.deleteServerCertificate(new DeleteServerCertificateRequest().setRegionId(REGION)
                .setServerCertificateId(id));
    }

    @Test
    void anExtensionTheProvidersWay() throws Exception {
        String own = certificate();
        String other = certificate();
        String lb = https(own);
        String id = extension(lb, 443, "www.example.com", other);
        assertThat(id).startsWith("de-");
        var read = read(id);
        assertThat(List.of(read.getDomainExtensionId(), read.getDomain(), read.getServerCertificateId(),
                read.getLoadBalancerId())).containsExactly(id, "www.example.com", other, lb);
        assertThat(read.getListenerPort()).isEqualTo(443);
        assertThat(slb.describeDomainExtensions(new DescribeDomainExtensionsRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(443)).getBody().getDomainExtensions().getDomainExtension())
                .singleElement().satisfies(e -> assertThat(e.getDomainExtensionId() + " " + e.getDomain())
                        .isEqualTo(id + " www.example.com"));
        assertThat(slb.describeLoadBalancerHTTPSListenerAttribute(new DescribeLoadBalancerHTTPSListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(443)).getBody().getDomainExtensions()
                .getDomainExtension()).singleElement().satisfies(e -> assertThat(e.getServerCertificateId())
                        .isEqualTo(other));

        // the certificate it serves stays; served by another, it can go
        assertThat(refused(() -> { deleteCertificate(other); return null; }).getCode())
                .isEqualTo("CertificateAndPrivateKeyIsRefered");
        slb.setDomainExtensionAttribute(new SetDomainExtensionAttributeRequest().setRegionId(REGION)
                .setDomainExtensionId(id).setServerCertificateId(own));
        assertThat(read(id).getServerCertificateId()).isEqualTo(own);
        deleteCertificate(other);

        slb.deleteDomainExtension(new DeleteDomainExtensionRequest().setRegionId(REGION).setDomainExtensionId(id));
        assertThat(refused(() -> read(id)).getCode()).isEqualTo("InvalidParameter.DomainExtensionId");
        assertThat(refused(() -> slb.deleteDomainExtension(new DeleteDomainExtensionRequest().setRegionId(REGION)
                .setDomainExtensionId(id))).getCode()).isEqualTo("InvalidParameter.DomainExtensionId");
    }

    @Test
    void aDomainOnceAListenerAndOnlyServerCertificates() throws Exception {
        String own = certificate();
        String lb = https(own);
        extension(lb, 443, "a.example.com", own);
        assertThat(refused(() -> extension(lb, 443, "a.example.com", own)).getCode())
                .isEqualTo("InvalidParameter.Domain");
        assertThat(refused(() -> extension(lb, 443, "b.example.com", "cert-none")).getCode())
                .isEqualTo("InvalidParameter.ServerCertificateId");
        String ca = slb.uploadCACertificate(new UploadCACertificateRequest().setRegionId(REGION)
                .setCACertificate(TestCertificates.pem("lb-cert.pem"))).getBody().getCACertificateId();
        assertThat(refused(() -> extension(lb, 443, "c.example.com", ca)).getCode())
                .as("a CA certificate").isEqualTo("InvalidParameter.ServerCertificateId");
        assertThat(refused(() -> extension(lb, 8443, "d.example.com", own)).getStatusCode())
                .as("no HTTPS listener there").isIn(400, 404);
        assertThat(slb.describeDomainExtensions(new DescribeDomainExtensionsRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(443)).getBody().getDomainExtensions().getDomainExtension())
                .extracting(e -> e.getDomain()).containsExactly("a.example.com");
    }

    @Test
    void extensionsRoundTripTheState() throws Exception {
        String own = certificate();
        String lb = https(own);
        String id = extension(lb, 443, "kept.example.com", own);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(List.of(read(id).getDomain(), read(id).getServerCertificateId()))
                .containsExactly("kept.example.com", own);
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        /** {load balancer, certificate, extension}: an HTTPS listener on 443 with an extension for www. */
        private static String[] setup(AliyunApi api) {
            String cert = api.slb("UploadServerCertificate", "RegionId", REGION, "ServerCertificate",
                    TestCertificates.pem("lb-cert.pem"), "PrivateKey", TestCertificates.pem("lb-key.pem"))
                    .path("ServerCertificateId").asString();
            String lb = api.slb("CreateLoadBalancer", "RegionId", REGION, "LoadBalancerSpec", "slb.s1.small")
                    .path("LoadBalancerId").asString();
            api.slb("CreateLoadBalancerHTTPSListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "443",
                    "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off",
                    "ServerCertificateId", cert);
            String de = api.slb("CreateDomainExtension", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort",
                    "443", "Domain", "www.example.com", "ServerCertificateId", cert).path("DomainExtensionId")
                    .asString();
            return new String[] {lb, cert, de};
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateDomainExtension", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "443", "Domain",
                        "api.example.com", "ServerCertificateId", s[1]);
            }).fails("InvalidParameter.Domain", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "443", "Domain",
                        "www.example.com", "ServerCertificateId", s[1]);
            });
            r.slb("DescribeDomainExtensions", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId",
                    setup(api)[0], "ListenerPort", "443"));
            r.slb("DescribeDomainExtensionAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "DomainExtensionId", setup(api)[2])).fails("InvalidParameter.DomainExtensionId",
                    api -> AliyunApi.params("RegionId", REGION, "DomainExtensionId", "de-missing"));
            r.slb("SetDomainExtensionAttribute", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "DomainExtensionId", s[2], "ServerCertificateId", s[1]);
            });
            r.slb("DeleteDomainExtension", api -> AliyunApi.params("RegionId", REGION, "DomainExtensionId",
                    setup(api)[2])).fails("InvalidParameter.DomainExtensionId", api -> AliyunApi.params("RegionId",
                    REGION, "DomainExtensionId", "de-missing"));
        }
    }
}
