package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509TrustManager;

import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPListenerAttributeResponseBody;
import com.aliyun.slb20140515.models.SetLoadBalancerHTTPListenerAttributeRequest;
import com.aliyun.slb20140515.models.StartLoadBalancerListenerRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupsResponse;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpClientType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.slb.model.v20140515.DescribeLoadBalancerAttributeResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TlsTrust;
import io.cloudtwin.tls.TlsConnector;

/**
 * The HTTPS port, as the alicloud Terraform provider uses it: its default protocol is HTTPS, and its SLB listener
 * calls are CommonRequests over HTTPS whatever the protocol. The real SDKs (tea client and the classic core's
 * CommonRequest and typed requests) with protocol HTTPS against the TLS port, trusting the CA certificate the admin
 * API serves and nothing else, run the listener sequence and ECS calls; what they make is the same store the HTTP
 * port shows. The certificate names localhost and the loopback addresses, is signed by that CA and is refused by a
 * client that does not trust it.
 */
class AliyunTlsTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private TlsConnector tls;

    private String ca;

    @BeforeEach
    void trust() throws Exception {
        ca = TlsTrust.caPem(baseUrl());
        assertThat(tls.port()).as("the HTTPS port").isPositive().isNotEqualTo(port);
    }

    private String tlsEndpoint() {
        return "127.0.0.1:" + tls.port();
    }

    private Config tea(String secret, String protocol, String endpoint) {
        return new Config().setAccessKeyId(AK).setAccessKeySecret(secret).setEndpoint(endpoint).setProtocol(protocol)
                .setRegionId(REGION).setSignatureAlgorithm("v2").setCa(ca);
    }

    private IAcsClient classic() throws Exception {
        DefaultProfile profile = DefaultProfile.getProfile(REGION, AK, SECRET);
        HttpClientConfig http = HttpClientConfig.getDefault();
        // the core's Apache client is one per JVM, built with the first client's settings (another test's, in a
        // shared run): the URLConnection client builds its TLS context from this client's own trust managers
        http.setClientType(HttpClientType.Compatible);
        http.setX509TrustManagers(new X509TrustManager[] {TlsTrust.trustManager(ca)});
        profile.setHttpClientConfig(http);
        return new DefaultAcsClient(profile);
    }

    /** The provider's BuildSlbCommonRequest: a GET CommonRequest of SLB 2014-05-15 over HTTPS. */
    private JsonNode common(IAcsClient client, String action, String... kv) throws Exception {
        CommonRequest r = new CommonRequest();
        r.setSysDomain(tlsEndpoint());
        r.setSysProtocol(ProtocolType.HTTPS);
        r.setSysMethod(MethodType.GET);
        r.setSysVersion("2014-05-15");
        r.setSysAction(action);
        r.putQueryParameter("RegionId", REGION);
        for (int i = 0; i < kv.length; i += 2) r.putQueryParameter(kv[i], kv[i + 1]);
        return JSON.readTree(client.getCommonResponse(r).getData());
    }

    @Test
    void teaClientRunsTheListenerSequenceOverHttps() throws Exception {
        Client slb = new Client(tea(SECRET, "HTTPS", tlsEndpoint()));
        String id = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION).setAddressType("internet")
                .setLoadBalancerName("tls").setLoadBalancerSpec("slb.s1.small")).getBody().getLoadBalancerId();
        assertThat(id).startsWith("lb-");
        slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(id).setListenerPort(80).setBackendServerPort(8080).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("on").setHealthCheckURI("/").setHealthyThreshold(3)
                .setUnhealthyThreshold(3).setHealthCheckTimeout(5).setHealthCheckInterval(2)
                .setHealthCheckHttpCode("http_2xx").setRequestTimeout(60).setIdleTimeout(15).setScheduler("wrr"));
        DescribeLoadBalancerHTTPListenerAttributeResponseBody listener = describe(slb, id);
        assertThat(listener.getStatus()).isEqualTo("stopped");
        assertThat(listener.getBackendServerPort()).isEqualTo(8080);
        slb.setLoadBalancerHTTPListenerAttribute(new SetLoadBalancerHTTPListenerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(id).setListenerPort(80).setStickySession("off").setHealthCheck("on")
                .setHealthCheckURI("/health").setRequestTimeout(30).setGzip("on"));
        var attribute = slb.describeLoadBalancerAttribute(new DescribeLoadBalancerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(id)).getBody();
        assertThat(attribute.getListenerPortsAndProtocol().getListenerPortAndProtocol()).singleElement().satisfies(p -> {
            assertThat(p.getListenerPort()).isEqualTo(80);
            assertThat(p.getListenerProtocol()).isEqualTo("http");
        });
        slb.startLoadBalancerListener(new StartLoadBalancerListenerRequest().setRegionId(REGION).setLoadBalancerId(id)
                .setListenerPort(80).setListenerProtocol("http"));
        listener = describe(slb, id);
        assertThat(listener.getStatus()).isEqualTo("running");
        assertThat(listener.getHealthCheckURI()).isEqualTo("/health");
        assertThat(listener.getRequestTimeout()).isEqualTo(30);

        // ECS over HTTPS; the HTTP port sees what HTTPS made, and the other way round
        var ecsTls = new com.aliyun.ecs20140526.Client(tea(SECRET, "HTTPS", tlsEndpoint()));
        var ecsPlain = new com.aliyun.ecs20140526.Client(tea(SECRET, "HTTP", endpoint()));
        String group = ecsTls.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)
                .setSecurityGroupName("over-tls")).getBody().getSecurityGroupId();
        assertThat(ecsPlain.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)).getBody()
                .getSecurityGroups().getSecurityGroup()).extracting(g -> g.getSecurityGroupId()).containsExactly(group);
        String other = ecsPlain.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION))
                .getBody().getSecurityGroupId();
        assertThat(ecsTls.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)).getBody()
                .getSecurityGroups().getSecurityGroup()).extracting(g -> g.getSecurityGroupId())
                .containsExactlyInAnyOrder(group, other);
    }

    private static DescribeLoadBalancerHTTPListenerAttributeResponseBody describe(Client slb, String id) throws Exception {
        return slb.describeLoadBalancerHTTPListenerAttribute(new DescribeLoadBalancerHTTPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(id).setListenerPort(80)).getBody();
    }

    @Test
    void classicSdkCommonRequestsOverHttpsAsTheProviderSendsThem() throws Exception {
        IAcsClient client = classic();
        String id = common(client, "CreateLoadBalancer", "AddressType", "internet", "LoadBalancerSpec", "slb.s1.small")
                .path("LoadBalancerId").asString();
        assertThat(id).startsWith("lb-");
        common(client, "CreateLoadBalancerHTTPListener", "LoadBalancerId", id, "ListenerPort", "8080",
                "BackendServerPort", "80", "Bandwidth", "-1", "AclStatus", "off", "Scheduler", "wrr",
                "StickySession", "off", "HealthCheck", "on", "HealthCheckURI", "/", "RequestTimeout", "60",
                "IdleTimeout", "15");
        JsonNode listener = common(client, "DescribeLoadBalancerHTTPListenerAttribute", "LoadBalancerId", id,
                "ListenerPort", "8080");
        assertThat(listener.path("ListenerPort").isNumber()).isTrue();
        assertThat(listener.path("Status").asString()).isEqualTo("stopped");

        var start = new com.aliyuncs.slb.model.v20140515.StartLoadBalancerListenerRequest();
        start.setSysEndpoint(tlsEndpoint());
        start.setSysProtocol(ProtocolType.HTTPS);
        start.setLoadBalancerId(id);
        start.setListenerPort(8080);
        start.setListenerProtocol("http");
        client.getAcsResponse(start);
        common(client, "SetLoadBalancerHTTPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "8080",
                "StickySession", "off", "HealthCheck", "off", "Scheduler", "wlc", "Description", "tls");
        listener = common(client, "DescribeLoadBalancerHTTPListenerAttribute", "LoadBalancerId", id,
                "ListenerPort", "8080");
        assertThat(listener.path("Status").asString()).isEqualTo("running");
        assertThat(listener.path("Scheduler").asString()).isEqualTo("wlc");
        assertThat(listener.path("HealthCheck").asString()).isEqualTo("off");

        var read = new com.aliyuncs.slb.model.v20140515.DescribeLoadBalancerAttributeRequest();
        read.setSysEndpoint(tlsEndpoint());
        read.setSysProtocol(ProtocolType.HTTPS);
        read.setLoadBalancerId(id);
        DescribeLoadBalancerAttributeResponse attribute = client.getAcsResponse(read);
        assertThat(attribute.getListenerPortsAndProtocol()).singleElement()
                .satisfies(p -> assertThat(p.getListenerPort()).isEqualTo(8080));

        var groups = new com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupsRequest();
        groups.setSysEndpoint(tlsEndpoint());
        groups.setSysProtocol(ProtocolType.HTTPS);
        DescribeSecurityGroupsResponse none = client.getAcsResponse(groups);
        assertThat(none.getTotalCount()).isZero();
    }

    @Test
    void aBadSignatureIsRefusedAlikeOnBothPorts() throws Exception {
        var overTls = new com.aliyun.ecs20140526.Client(tea("wrong-secret", "HTTPS", tlsEndpoint()));
        var plain = new com.aliyun.ecs20140526.Client(tea("wrong-secret", "HTTP", endpoint()));
        TeaException tlsError = catchThrowableOfType(TeaException.class,
                () -> overTls.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)));
        TeaException plainError = catchThrowableOfType(TeaException.class,
                () -> plain.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)));
        assertThat(tlsError).isNotNull();
        assertThat(plainError).isNotNull();
        assertThat(tlsError.getCode()).isEqualTo(plainError.getCode()).isNotBlank();
        assertThat(tlsError.getStatusCode()).isEqualTo(plainError.getStatusCode());
    }

    /** A raw request line over a socket, as a client sends it (unencoded brackets and quotes): the status line and body. */
    private static String raw(Socket socket, String target) throws Exception {
        try (socket) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n")) + "\n" + answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    @Test
    void theHttpsPortTakesTheHttpPortsContainerSettings() throws Exception {
        // fog writes InstanceIds=["i-..."] unencoded: the relaxed query characters hold on both ports; TRACE reaches
        // the dialect (its UnsupportedHTTPMethod), not Tomcat's 405
        String target = "/?Action=DescribeInstances&Version=2014-05-26&Format=JSON&InstanceIds=[\"i-1\"]";
        String plain = raw(new Socket("127.0.0.1", port), target);
        String overTls = raw(TlsTrust.context(ca).getSocketFactory().createSocket("127.0.0.1", tls.port()), target);
        assertThat(plain).contains("\"Code\":\"MissingParameter\"");
        assertThat(overTls.lines().findFirst()).isEqualTo(plain.lines().findFirst());
        assertThat(overTls).contains("\"Code\":\"MissingParameter\"");

        HttpClient trusting = HttpClient.newBuilder().sslContext(TlsTrust.context(ca)).build();
        HttpResponse<String> trace = trusting.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + tls.port() + "/"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(trace.body()).contains("<Code>UnsupportedHTTPMethod</Code>");
    }

    @Test
    void theCertificateNamesLoopbackAndIsSignedByTheServedAuthority() throws Exception {
        X509Certificate authority = TlsTrust.certificate(ca);
        assertThat(authority.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        assertThat(authority.getKeyUsage()[5]).as("keyCertSign").isTrue();

        Certificate[] chain;
        try (SSLSocket socket = (SSLSocket) TlsTrust.context(ca).getSocketFactory().createSocket("127.0.0.1", tls.port())) {
            socket.startHandshake();
            chain = socket.getSession().getPeerCertificates();
        }
        X509Certificate server = (X509Certificate) chain[0];
        server.verify(authority.getPublicKey());
        assertThat(server.getIssuerX500Principal()).isEqualTo(authority.getSubjectX500Principal());
        assertThat(server.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(server.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        List<String> names = new ArrayList<>();
        for (List<?> san : server.getSubjectAlternativeNames()) names.add(san.get(0) + "=" + san.get(1));
        assertThat(names).contains("2=localhost", "7=127.0.0.1", "7=0:0:0:0:0:0:0:1", "2=*.aliyuncs.com");

        // a client that checks the host name: by name and by address, the admin API too
        HttpClient trusting = HttpClient.newBuilder().sslContext(TlsTrust.context(ca)).build();
        for (String host : List.of("localhost", "127.0.0.1")) {
            HttpResponse<String> health = trusting.send(HttpRequest.newBuilder(
                    URI.create("https://" + host + ":" + tls.port() + "/_cloudtwin/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
        HttpResponse<String> info = trusting.send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + tls.port() + "/_cloudtwin/tls")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(info.body()).path("port").asInt()).isEqualTo(tls.port());

        // the JDK's own trust store does not know the emulator's authority
        HttpClient untrusting = HttpClient.newHttpClient();
        assertThat(catchThrowableOfType(SSLHandshakeException.class, () -> untrusting.send(HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + tls.port() + "/_cloudtwin/health")).build(),
                HttpResponse.BodyHandlers.ofString()))).isNotNull();
    }
}
