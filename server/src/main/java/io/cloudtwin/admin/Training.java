package io.cloudtwin.admin;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.dialect.aliyun.AliyunAuthenticator;
import io.cloudtwin.dialect.aliyun.AliyunPercentEncoding;
import io.cloudtwin.dialect.ucloud.UcloudAuthenticator;
import io.cloudtwin.tls.TlsConnector;
import io.cloudtwin.tls.TlsIdentity;

/**
 * The training run behind the image's fast start: with {@code --cloudtwin.training=true} the server, once ready,
 * drives itself through the calls users make (both clouds, signed, XML and JSON, GET, form and JSON bodies,
 * successes and refusals), then exits. The JVM then writes what that run loaded, linked and profiled into its AOT
 * cache (Java 25) or class-data archive (Java 17), so that neither the start nor the first requests of a real run
 * load those classes from the jars again. When the HTTPS port is on, each round also makes calls over it, trusting
 * the server's own CA, so the handshake's classes are in the cache too. Exits 1 if any call did not answer as expected, so a broken training
 * fails the image build instead of leaving a cache of the wrong paths. Checked the property at run time (not with a
 * condition on the bean): the AOT-processed context fixes its beans at build time.
 */
@Component
public class Training {
    private static final Log log = LogFactory.getLog(Training.class);
    private static final int ROUNDS = 30;

    private final ConfigurableApplicationContext context;
    private final Accounts accounts;
    private final TlsIdentity tlsIdentity;
    private final TlsConnector tlsConnector;
    private final List<String> failures = new ArrayList<>();
    // made only in a training run: an HTTP client starts a selector thread, which no ordinary start should pay for
    private JsonMapper json;
    private HttpClient http;
    private String base;
    private HttpClient https;
    private String httpsBase;
    private Account account;

    public Training(ConfigurableApplicationContext context, Accounts accounts, TlsIdentity tlsIdentity,
            TlsConnector tlsConnector) {
        this.context = context;
        this.accounts = accounts;
        this.tlsIdentity = tlsIdentity;
        this.tlsConnector = tlsConnector;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        if (!Boolean.parseBoolean(context.getEnvironment().getProperty("cloudtwin.training", "false"))) return;
        new Thread(this::trainAndExit, "cloudtwin-training").start();
    }

    private void trainAndExit() {
        int code;
        try {
            json = JsonMapper.builder().build();
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            account = accounts.defaultAccount();
            if (tlsConnector.port() > 0) {
                https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trustingOurCa()).build();
                httpsBase = "https://127.0.0.1:" + tlsConnector.port();
            }
            for (int round = 0; round < ROUNDS && failures.isEmpty(); round++) {
                aliyunRound();
                ucloudRound(round);
                httpsRound();
            }
            code = failures.isEmpty() ? 0 : 1;
            if (code == 0) log.info("training: " + ROUNDS + " rounds of both clouds' calls answered as expected, over HTTP"
                    + (https == null ? "" : " and HTTPS"));
            else log.error("training: unexpected answers: " + failures);
        } catch (Exception e) {
            log.error("training failed", e);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void aliyunRound() throws Exception {
        String region = "cn-hangzhou"; // a region of the ECS metadata's endpoint list
        String web = aliyun("POST", "JSON", null, "CreateSecurityGroup", "RegionId", region)
                .path("SecurityGroupId").asString();
        String db = aliyun("GET", "JSON", null, "CreateSecurityGroup", "RegionId", region)
                .path("SecurityGroupId").asString();
        String instance = aliyun("POST", "JSON", null, "RunInstances", "RegionId", region, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                "InstanceType", "ecs.g6.large", "SecurityGroupId", web)
                .path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
        aliyun("GET", "XML", null, "JoinSecurityGroup", "InstanceId", instance, "SecurityGroupId", db);
        aliyun("POST", "JSON", "InvalidInstanceId.AlreadyExists", "JoinSecurityGroup", "InstanceId", instance,
                "SecurityGroupId", db);
        aliyun("POST", "JSON", null, "DescribeInstances", "RegionId", region, "PageSize", "10");
        aliyun("GET", "XML", null, "DescribeInstances", "RegionId", region, "InstanceIds", "[\"" + instance + "\"]");
        aliyun("GET", "XML", null, "DescribeSecurityGroups", "RegionId", region);
        aliyun("POST", "JSON", null, "DescribeInstanceAttribute", "InstanceId", instance);
        aliyun("POST", "JSON", null, "LeaveSecurityGroup", "InstanceId", instance, "SecurityGroupId", db);
        aliyun("GET", "XML", "InstanceLastSecurityGroup", "LeaveSecurityGroup", "InstanceId", instance,
                "SecurityGroupId", web);
        aliyun("GET", "XML", "InvalidInstanceId.NotFound", "LeaveSecurityGroup", "InstanceId", "i-training-none",
                "SecurityGroupId", web);
        aliyun("POST", "JSON", null, "StopInstance", "InstanceId", instance);
        aliyun("POST", "JSON", null, "StartInstance", "InstanceId", instance);
        aliyun("POST", "JSON", null, "StopInstance", "InstanceId", instance);
        aliyun("POST", "JSON", null, "DeleteInstance", "InstanceId", instance);
        aliyun("POST", "JSON", null, "DeleteSecurityGroup", "RegionId", region, "SecurityGroupId", db);
        aliyun("GET", "XML", null, "DeleteSecurityGroup", "RegionId", region, "SecurityGroupId", web);
    }

    private void ucloudRound(int round) throws Exception {
        String vpc = ucloud(true, 0, "CreateVPC", "Name", "training" + round, "Network.0", "10.60.0.0/16")
                .path("VPCId").asString();
        String a = ucloud(true, 0, "CreateSecGroup", "VPCId", vpc, "Name", "a" + round)
                .path("SecGroupId").asString();
        String b = ucloud(false, 0, "CreateSecGroup", "VPCID", vpc, "Name", "b" + round)
                .path("SecGroupId").asString();
        String host = ucloud(true, 0, "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-training",
                "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", a).path("UHostIds").path(0).asString();
        ucloud(true, 0, "AssociateSecGroup", "ResourceId.0", host, "PrioritySecGroup.0.SecGroupId", b,
                "PrioritySecGroup.0.Priority", "2");
        ucloud(false, 0, "DescribeSecGroup", "Limit", "20");
        ucloud(true, 0, "DescribeUHostInstance", "UHostIds.0", host);
        ucloud(true, 0, "DescribeSecGroupResource", "SecGroupId", a);
        ucloud(false, 0, "DescribeResourceSecGroup", "ResourceId.0", host);
        ucloud(true, 0, "DisassociateSecGroup", "SecGroupId.0", b, "ResourceId.0", host);
        ucloud(true, 230, "DisassociateSecGroup", "ResourceId.0", host); // its last group
        ucloud(false, 230, "DisassociateSecGroup", "SecGroupId.0", "secgroup-training-none");
        ucloud(true, 0, "DisassociateSecGroup", "ResourceId.0", host, "Force", "true");
        ucloud(true, 0, "StopUHostInstance", "UHostId", host);
        ucloud(true, 0, "TerminateUHostInstance", "UHostId", host);
        ucloud(false, 0, "DeleteSecGroup", "SecGroupId", a);
        ucloud(false, 0, "DeleteSecGroup", "SecGroupId", b);
        ucloud(true, 0, "DeleteVPC", "VPCId", vpc);
    }

    /** A few calls of both clouds over the HTTPS port, through the same code as the plain ones. */
    private void httpsRound() throws Exception {
        if (https == null) return;
        HttpClient plain = http;
        String plainBase = base;
        http = https;
        base = httpsBase;
        try {
            aliyun("POST", "JSON", null, "DescribeSecurityGroups", "RegionId", "cn-hangzhou");
            aliyun("GET", "XML", "InvalidInstanceId.NotFound", "DescribeInstanceAttribute", "InstanceId", "i-training-none");
            ucloud(true, 0, "DescribeSecGroup", "Limit", "20");
        } finally {
            http = plain;
            base = plainBase;
        }
    }

    /** A TLS context that trusts only the server's own CA, as a client given /_cloudtwin/tls/ca.pem does. */
    private SSLContext trustingOurCa() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("cloudtwin-ca", CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(tlsIdentity.caPem().getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    // ---------------------------------------------------------------- calls

    /**
     * A signed v1 Aliyun call; expectedCode null: it must succeed (200), else it must be refused with that code.
     * Returns the JSON body (an empty node for XML).
     */
    private JsonNode aliyun(String method, String format, String expectedCode, String action, String... kv)
            throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", action);
        p.put("Format", format);
        p.put("Version", "2014-05-26");
        p.put("AccessKeyId", account.aliyunAccessKeyId());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        p.put("Signature", AliyunAuthenticator.signV1(method, p, account.aliyunAccessKeySecret()));
        String query = form(p);
        HttpRequest request = method.equals("GET")
                ? HttpRequest.newBuilder(URI.create(base + "/?" + query)).build()
                : HttpRequest.newBuilder(URI.create(base + "/")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        boolean asExpected = expectedCode == null ? r.statusCode() == 200
                : r.body().contains("<Code>" + expectedCode + "</Code>") || r.body().contains("\"Code\":\"" + expectedCode + "\"");
        expect(asExpected, "aliyun " + action + ": " + r.statusCode() + " " + r.body());
        return format.equals("JSON") ? json.readTree(r.body()) : json.createObjectNode();
    }

    /** A signed UCloud call, as JSON (the Java SDK) or as a form (the Go SDK), that must answer this RetCode. */
    private JsonNode ucloud(boolean asJson, int expectedRetCode, String action, String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", action);
        p.put("Region", "cn-bj2");
        p.put("PublicKey", account.ucloudPublicKey());
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        p.put("Signature", UcloudAuthenticator.sign(p, account.ucloudPrivateKey()));
        HttpRequest request = asJson
                ? HttpRequest.newBuilder(URI.create(base + "/")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(p))).build()
                : HttpRequest.newBuilder(URI.create(base + "/?Action=" + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(p))).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = json.readTree(r.body());
        expect(r.statusCode() == 200 && body.path("RetCode").asInt(-1) == expectedRetCode,
                "ucloud " + action + ": " + r.statusCode() + " " + r.body());
        return body;
    }

    private void expect(boolean ok, String what) {
        if (!ok) failures.add(what);
    }

    private static String form(Map<String, String> p) {
        StringBuilder q = new StringBuilder();
        p.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(AliyunPercentEncoding.encode(k)).append('=')
                .append(AliyunPercentEncoding.encode(v)));
        return q.toString();
    }
}
