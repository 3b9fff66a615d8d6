package io.cloudtwin.ucloud.stack;

import static io.cloudtwin.support.TestCertificates.pem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateSSLResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeSSLResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.ULBSSLSet;

/**
 * ucloud_lb_ssl and ucloud_lb_ssl_attachment as terraform-provider-ucloud drives them (resource_ucloud_lb_ssl.go:
 * CreateSSL with SSLType Pem, UserCert, PrivateKey; describeLBSSLById, for which an empty DataSet is "gone";
 * resource_ucloud_lb_ssl_attachment.go: BindSSL, describeLBSSLAttachmentById reading BindedTargetSet, UnbindSSL),
 * decoded strictly into the SDK's models; then the rules: one certificate per HTTPS VServer, none while in use.
 */
class UlbSslScenarioTest extends StackScenario {
    private List<ULBSSLSet> describe(String id) throws Exception {
        return call(DescribeSSLResponse.class, "DescribeSSL", "SSLId", id).dataSet;
    }

    private String lb(int b) throws Exception {
        String vpc = call(StackApi.VPCIdResponse.class, "CreateVPC", "Name", "tf-vpc", "Network.0", "10." + b + ".0.0/16")
                .vpcId;
        String subnet = call(StackApi.SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".1.0",
                "Netmask", 24).subnetId;
        return call(CreateULBResponse.class, "CreateULB", "ULBName", "tf-lb", "VPCId", vpc, "SubnetId", subnet).ulbId;
    }

    private String listener(String lb, String protocol, int port) throws Exception {
        return call(CreateVServerResponse.class, "CreateVServer", "ULBId", lb, "ListenType", "RequestProxy",
                "Protocol", protocol, "FrontendPort", port, "VServerName", "tf-" + protocol.toLowerCase()).vserverId;
    }

    @Test
    void theProvidersCertificateAndAttachment() throws Exception {
        String cert = pem("lb-cert.pem");
        String key = pem("lb-key.pem");
        String lb = lb(60);
        String https = listener(lb, "HTTPS", 443);

        String ssl = call(CreateSSLResponse.class, "CreateSSL", "SSLName", "tf-lb-ssl", "SSLType", "Pem",
                "UserCert", cert, "PrivateKey", key).sslId;
        ULBSSLSet read = describe(ssl).get(0);
        assertThat(read.sslName).isEqualTo("tf-lb-ssl");
        assertThat(read.sslType).isEqualTo("Pem");
        assertThat(read.domains).isEqualTo("www.example.test,api.example.test");
        assertThat(read.notAfter).isGreaterThan(read.notBefore);
        assertThat(read.hashValue).hasSize(32);
        assertThat(read.bindedTargetSet).isEmpty();

        call(AnyResponse.class, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl);
        assertThat(describe(ssl).get(0).bindedTargetSet).singleElement()
                .satisfies(t -> assertThat(t.vserverId + " " + t.ulbId + " " + t.ulbName)
                        .isEqualTo(https + " " + lb + " tf-lb"));
        assertThat(call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", lb, "VServerId", https)
                .dataSet.get(0).sslSet).extracting(s -> s.sslId).containsExactly(ssl);
        call(AnyResponse.class, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl); // again: nothing new

        refused(4108, "DeleteSSL", "SSLId", ssl);
        call(AnyResponse.class, "UpdateSSLAttribute", "SSLId", ssl, "SSLName", "renamed");
        assertThat(describe(ssl).get(0).sslName).isEqualTo("renamed");

        call(AnyResponse.class, "UnbindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl);
        assertThat(describe(ssl).get(0).bindedTargetSet).isEmpty();
        refused(230, "UnbindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl);
        call(AnyResponse.class, "DeleteSSL", "SSLId", ssl);
        assertThat(describe(ssl)).isEmpty();
    }

    @Test
    void aVServerServesOneCertificateOverHttpsOnly() throws Exception {
        String content = pem("lb-cert.pem") + pem("lb-key.pem");
        String lb = lb(61);
        String https = listener(lb, "HTTPS", 443);
        String http = listener(lb, "HTTP", 80);
        String first = call(CreateSSLResponse.class, "CreateSSL", "SSLName", "one", "SSLContent", content).sslId;
        String second = call(CreateSSLResponse.class, "CreateSSL", "SSLName", "two", "SSLContent", content).sslId;

        refused(230, "BindSSL", "ULBId", lb, "VServerId", http, "SSLId", first);
        call(AnyResponse.class, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", first);
        refused(230, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", second);
        refused(4103, "BindSSL", "ULBId", "ulb-missing", "VServerId", https, "SSLId", second);
        refused(230, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", "ssl-missing");
        assertThat(describe(second).get(0).bindedTargetSet).isEmpty();

        // the VServer's deletion takes its binding along
        call(AnyResponse.class, "DeleteVServer", "ULBId", lb, "VServerId", https);
        assertThat(describe(first).get(0).bindedTargetSet).isEmpty();
        call(AnyResponse.class, "DeleteSSL", "SSLId", first);
    }

    @Test
    void aBindingRacesTheCertificatesDeletion() throws Exception {
        String content = pem("lb-cert.pem") + pem("lb-key.pem");
        String lb = lb(62);
        for (int round = 0; round < 5; round++) {
            String https = listener(lb, "HTTPS", 8000 + round);
            String ssl = call(CreateSSLResponse.class, "CreateSSL", "SSLName", "race-" + round, "SSLContent", content)
                    .sslId;
            int[] codes = race(() -> retCode("BindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl),
                    () -> retCode("DeleteSSL", "SSLId", ssl));
            // bound first: the deletion is refused (4108); deleted first: the binding finds no certificate (230)
            assertThat(codes).satisfiesAnyOf(c -> assertThat(c).containsExactly(0, 4108),
                    c -> assertThat(c).containsExactly(230, 0));
            if (codes[0] == 0) assertThat(describe(ssl).get(0).bindedTargetSet).hasSize(1);
            else assertThat(describe(ssl)).isEmpty();
        }
    }

    @Test
    void aCertificateAndTheVServerServingItRoundTripTheState() throws Exception {
        String lb = lb(63);
        String https = listener(lb, "HTTPS", 443);
        String ssl = call(CreateSSLResponse.class, "CreateSSL", "SSLName", "kept", "UserCert", pem("lb-cert.pem"),
                "PrivateKey", pem("lb-key.pem")).sslId;
        call(AnyResponse.class, "BindSSL", "ULBId", lb, "VServerId", https, "SSLId", ssl);
        ULBSSLSet before = describe(ssl).get(0);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(describe(ssl)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        ULBSSLSet after = describe(ssl).get(0);
        assertThat(after.sslName + " " + after.hashValue + " " + after.domains)
                .isEqualTo(before.sslName + " " + before.hashValue + " " + before.domains);
        assertThat(after.bindedTargetSet).extracting(t -> t.vserverId).containsExactly(https);
    }

    @Test
    void contentThatIsNoCertificateWithItsKeyIsRefused() throws Exception {
        refused(4111, "CreateSSL", "SSLName", "broken", "SSLContent", "not a certificate");
        refused(4111, "CreateSSL", "SSLName", "no-key", "UserCert", pem("lb-cert.pem"));
        refused(4111, "CreateSSL", "SSLName", "bad-cert", "UserCert",
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "PrivateKey", pem("lb-key.pem"));
        refused(230, "CreateSSL", "SSLName", "der", "SSLType", "Der", "SSLContent",
                pem("lb-cert.pem") + pem("lb-key.pem"));
        refused(230, "CreateSSL", "SSLName", "huge", "UserCert", pem("lb-cert.pem") + "x".repeat(20_000),
                "PrivateKey", pem("lb-key.pem"));
        assertThat(call(DescribeSSLResponse.class, "DescribeSSL").dataSet).extracting(s -> s.sslName)
                .doesNotContain("broken", "no-key", "bad-cert", "der", "huge");
    }
}
