package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * Malformed requests, generated from a fixed seed (reproducible): missing, duplicated and over-long parameters,
 * wrong types, control characters, invalid UTF-8 and percent-encoding, huge arrays and numbers, odd methods, paths
 * and content types, signed after the damage (to reach validation) or damaged after signing (to reach the signature
 * check). Every request is one that must be refused, but for describes damaged in a way a describe ignores. Asserts: no 5xx; every answer in the cloud's format (Aliyun:
 * an XML or JSON Error with a Code; UCloud: HTTP 200 JSON with an integer RetCode and an Action ending in
 * Response); the store unchanged. Prints the counts.
 */
class FuzzTest extends ServerTestBase {
    private static final int PER_DIALECT = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>|\"Code\":\"([^\"]*)\"");
    private static final String[] ODD_METHODS = {"PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"};
    private static final String[] ODD_PATHS = {"/x", "//", "/..;/", "/%2e%2e/", "/error", "/a/b/c", "/;x=1", "/%00",
            "/index.html"};
    private static final String[] ODD_TYPES = {"text/plain", "application/xml", "multipart/form-data; boundary=z",
            "application/octet-stream", "application/x-www-form-urlencoded; charset=ISO-8859-1", ""};
    private static final String[] NASTY = {"%00", "%01", "%1F", "%7F", "%C3%28", "%FF", "%ED%A0%80", "%zz", "%", "%4",
            "%E2%82", "\u00e9", "\u00ff\u00fe", "[\"x\"]", "<x>", "'", "%0D%0A", "+", "%2B", "\\"};

    private final Random random = new Random(20261125L);
    private String group;
    private String instance;

    @BeforeEach
    void world() throws Exception {
        var g = send("GET", "/?" + AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action",
                "CreateSecurityGroup", "RegionId", REGION, "Format", "JSON"))), null, new byte[0]);
        group = g.body().replaceAll(".*\"SecurityGroupId\":\"([^\"]+)\".*", "$1");
        var i = send("GET", "/?" + AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action",
                "RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId",
                group, "Format", "JSON"))), null, new byte[0]);
        instance = i.body().replaceAll(".*\"InstanceIdSet\":\\[\"([^\"]+)\".*", "$1");
        assertThat(instance).startsWith("i-");
    }

    /** The last request sent, for failure messages. */
    private String last;

    private RawHttp.Reply send(String method, String target, String type, byte[] body) throws Exception {
        last = method + " " + (target.length() > 200 ? target.substring(0, 200) + "..." : target) + " type=" + type
                + " body=" + new String(body, 0, Math.min(200, body.length), StandardCharsets.ISO_8859_1);
        return RawHttp.send(port, method, target, type, body);
    }

    private <T> T pick(T[] a) {
        return a[random.nextInt(a.length)];
    }

    /** A value just over, or far over, the stored width of the parameter it goes to. */
    private String longValue(String key) {
        int limit = switch (key) {
            case "SecurityGroupName", "InstanceName", "ImageId", "Name" -> 128;
            case "Rule.0.Remark" -> 256;
            case "Description", "Remark", "Rule.0.IPRange" -> 512;
            default -> 64;
        };
        int n = switch (random.nextInt(3)) {
            case 0 -> limit + 1;
            case 1 -> limit + 1 + random.nextInt(600);
            default -> limit + 1 + random.nextInt(20_000);
        };
        return "v".repeat(n);
    }

    private void putLong(Map<String, ? super String> p, String[] keys) {
        String key = pick(keys);
        p.put(key, longValue(key));
    }

    /** A C0 control character XML 1.0 cannot carry (not tab, line feed or carriage return). */
    private char control() {
        char c;
        do {
            c = (char) random.nextInt(0x20);
        } while (c == '\t' || c == '\n' || c == '\r');
        return c;
    }

    private String hugeNumber() {
        return pick(new String[] {"99999999999999999999999", "-99999999999999999999", "1e400", "NaN", "0x10",
                "2147483648", "-1", "1.5"});
    }

    // ---------------------------------------------------------------- Aliyun

    /** A request that must be refused: an invalid element is always part of it. */
    private Map<String, String> aliyunParams() {
        Map<String, String> p = new LinkedHashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> { p.put("Action", "CreateSecurityGroup"); p.put("RegionId", REGION); }
            case 1 -> { p.put("Action", "RunInstances"); p.put("RegionId", REGION); p.put("ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd");
                p.put("InstanceType", "ecs.g6.large"); p.put("SecurityGroupId", group); }
            case 2 -> { p.put("Action", "JoinSecurityGroup"); p.put("InstanceId", instance); p.put("SecurityGroupId", "sg-none"); }
            case 3 -> { p.put("Action", "LeaveSecurityGroup"); p.put("InstanceId", instance); p.put("SecurityGroupId", group); }
            case 4 -> { p.put("Action", "DeleteSecurityGroup"); p.put("RegionId", REGION); p.put("SecurityGroupId", "sg-none"); }
            default -> { p.put("Action", "DescribeInstances"); p.put("RegionId", REGION); }
        }
        // the damage that makes it invalid (the Leave/Join/Delete bases fail on their own as well); a create gets
        // one of those no action accepts
        boolean create = p.get("Action").startsWith("Create") || p.get("Action").startsWith("Run");
        int[] always = {0, 1, 2, 6, 7, 8};
        switch (create ? always[random.nextInt(always.length)] : random.nextInt(9)) {
            case 0 -> p.remove(create || random.nextBoolean() ? "Action" : "RegionId");
            case 1 -> putLong(p, new String[] {"RegionId", "SecurityGroupName", "Description", "VpcId", "ImageId",
                    "InstanceType", "ZoneId", "InstanceName"});
            case 2 -> p.put(pick(new String[] {"SecurityGroupName", "InstanceName", "Description", "RegionId"}),
                    "x" + control() + "y");
            case 3 -> p.put(pick(new String[] {"PageSize", "PageNumber", "Amount", "DryRun", "Force"}),
                    pick(new String[] {"abc", "", "true1", "[1]", "{}", "-0"}));
            case 4 -> { for (int k = 1; k <= 100 + random.nextInt(3000); k++) p.put("SecurityGroupIds." + k, "sg-none" + k); }
            case 5 -> p.put(pick(new String[] {"PageSize", "PageNumber", "Amount"}), hugeNumber());
            case 6 -> p.put("Action", pick(new String[] {"", "A".repeat(5000), "describeinstances", "Describe Instances",
                    "../etc", "\u00e9"}));
            case 7 -> p.put("Version", pick(new String[] {"", "2014-05-27", "x".repeat(300)}));
            default -> p.put("RegionId", pick(new String[] {"", "cn-hangzhou\u0000", "x".repeat(65)}));
        }
        if (p.get("Action") != null && p.get("Action").startsWith("Describe") && !p.containsKey("PageSize")) {
            p.put("PageSize", hugeNumber()); // a describe is only refused for a bad parameter
        }
        return p;
    }

    private RawHttp.Reply aliyunRequest() throws Exception {
        Map<String, String> p = aliyunParams();
        if (random.nextBoolean()) p.put("Format", "JSON");
        String method = random.nextBoolean() ? "GET" : "POST";
        Map<String, String> signed = new LinkedHashMap<>(AliyunV1Signer.sign(method, AK, SECRET, p));
        if (p.get("Action") == null) signed.remove("Action");
        String query = AliyunV1Signer.query(signed);
        // damage on the wire, after signing
        switch (random.nextInt(10)) {
            case 0 -> query = query + "&" + query.split("&")[random.nextInt(query.split("&").length)]; // duplicated
            case 1 -> query = query.replaceFirst("=([^&]*)", "=" + Matcher.quoteReplacement(pick(NASTY)) + "$1");
            case 2 -> method = pick(ODD_METHODS);
            case 3 -> query = query.replace("Signature=", "Signature=x");
            case 4 -> query = query.replaceAll("&AccessKeyId=[^&]*", "&AccessKeyId=" + Matcher.quoteReplacement(pick(NASTY)));
            default -> { }
        }
        String path = random.nextInt(6) == 0 ? pick(ODD_PATHS) : "/";
        if (method.equals("POST") && random.nextInt(3) > 0) {
            String type = random.nextInt(4) == 0 ? pick(ODD_TYPES) : "application/x-www-form-urlencoded";
            return send(method, path, type.isEmpty() ? null : type, query.getBytes(StandardCharsets.ISO_8859_1));
        }
        return send(method, path + "?" + query, null, new byte[0]);
    }

    private static void assertAliyunFormat(RawHttp.Reply r, Map<String, Integer> codes) {
        assertThat(r.status()).as(r.head() + "\n" + r.body()).isLessThan(500);
        String head = r.head().toLowerCase(java.util.Locale.ROOT);
        assertThat(head).as(r.body()).containsAnyOf("content-type: text/xml", "content-type: application/json");
        assertThat(r.body()).doesNotContain("RetCode").doesNotContain("<html").doesNotContain("Exception");
        if (r.status() == 200) {
            assertThat(r.body()).as("only a describe may pass").contains("Describe");
            codes.merge("(200)", 1, Integer::sum);
            return;
        }
        Matcher m = CODE.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        codes.merge(m.group(1) != null ? m.group(1) : m.group(2), 1, Integer::sum);
        assertThat(r.body()).contains("RequestId");
    }

    // ---------------------------------------------------------------- UCloud

    private Map<String, Object> ucloudParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        switch (random.nextInt(5)) {
            case 0 -> { p.put("Action", "CreateSecGroup"); p.put("VPCId", "uvnet-1"); p.put("Name", "n"); }
            case 1 -> { p.put("Action", "AssociateSecGroup"); p.put("ResourceId.0", "uhost-none");
                p.put("PrioritySecGroup.0.SecGroupId", "secgroup-none"); }
            case 2 -> { p.put("Action", "DisassociateSecGroup"); p.put("SecGroupId.0", "secgroup-none"); }
            case 3 -> { p.put("Action", "DeleteSecGroup"); p.put("SecGroupId", "secgroup-none"); }
            default -> { p.put("Action", "DescribeSecGroup"); }
        }
        boolean create = "CreateSecGroup".equals(p.get("Action"));
        int[] always = {0, 1, 2, 5, 6};
        switch (create ? always[random.nextInt(always.length)] : random.nextInt(8)) {
            case 0 -> p.remove(random.nextBoolean() ? "Region" : "Action");
            case 1 -> putLong(p, new String[] {"Region", "VPCId", "Name", "Remark", "Tag", "Rule.0.Remark",
                    "Rule.0.IPRange"});
            case 2 -> p.put(pick(new String[] {"Name", "Remark", "Tag"}), "x" + control() + "y");
            case 3 -> p.put(pick(new String[] {"Limit", "Offset", "Force"}), pick(new String[] {"abc", "maybe", "[1]"}));
            case 4 -> { for (int k = 0; k < 100 + random.nextInt(3000); k++) p.put("SecGroupId." + k, "s" + k); }
            case 5 -> p.put("Action", pick(new String[] {"", "A".repeat(3000), "describesecgroup", "Describe SecGroup"}));
            case 6 -> p.put("ProjectId", pick(new String[] {"org-nowhere", "x".repeat(200)}));
            default -> p.put("Limit", hugeNumber());
        }
        if ("DescribeSecGroup".equals(p.get("Action")) && !p.containsKey("Limit") && !p.containsKey("ProjectId")) {
            p.put("Limit", "100000");
        }
        return p;
    }

    private RawHttp.Reply ucloudRequest() throws Exception {
        Map<String, Object> p = ucloudParams();
        Map<String, String> flat = new TreeMap<>();
        p.forEach((k, v) -> flat.put(k, String.valueOf(v)));
        Map<String, String> signed = new LinkedHashMap<>(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, flat));
        int form = random.nextInt(3);
        String method = form == 0 ? "GET" : "POST";
        int damage = random.nextInt(10);
        if (damage == 0) method = pick(ODD_METHODS);
        if (damage == 1) signed.put("Signature", "0".repeat(40));
        String path = random.nextInt(6) == 0 ? "/ucloud" + pick(ODD_PATHS) : "/";
        if (form == 2) {
            String body;
            if (damage == 2) {
                body = "{\"Action\":\"" + p.getOrDefault("Action", "") + "\",\"PublicKey\":\"" + UCLOUD_PUBLIC
                        + "\",\"Limit\":" + hugeNumber() + ",\"Region\":\"cn-bj2\"}";
            } else if (damage == 3) {
                body = "{\"Action\":\"DescribeSecGroup\",\"PublicKey\":\"" + UCLOUD_PUBLIC + "\",\"x\":"
                        + "[".repeat(random.nextInt(2000)) + "}";
            } else if (damage == 4) {
                body = "{\"Action\":\"DescribeSecGroup\",\"PublicKey\":\"\\ud800\",\"Name\":\"a\\u0000\"}";
            } else {
                body = JSON.writeValueAsString(signed);
            }
            String type = damage == 5 ? pick(ODD_TYPES) : "application/json";
            return send(method, path, type.isEmpty() ? null : type, body.getBytes(StandardCharsets.UTF_8));
        }
        String query = AliyunV1Signer.query(signed);
        if (damage == 6) {
            // raw non-ASCII bytes leave the request line unreadable to the container: no marker can be seen, so
            // that case is answered by the fallback (Aliyun) dialect and tested in ContainerAnswersTest instead
            String nasty;
            do {
                nasty = pick(NASTY);
            } while (nasty.chars().anyMatch(c -> c > 0x7F));
            query = query.replaceFirst("=([^&]*)", "=" + Matcher.quoteReplacement(nasty) + "$1");
        }
        if (damage == 7) query = query + "&" + query;
        if (form == 0) return send(method, path + "?" + query, null, new byte[0]);
        String type = damage == 8 ? pick(ODD_TYPES) : "application/x-www-form-urlencoded";
        if (type.startsWith("multipart")) {
            String part = "--z\r\nContent-Disposition: form-data; name=\"PublicKey\"\r\n\r\n" + UCLOUD_PUBLIC + "\r\n--z--\r\n";
            return send(method, path, type, part.getBytes(StandardCharsets.UTF_8));
        }
        return send(method, path + (type.isEmpty() || !type.startsWith("application/x-www") ? "?PublicKey=" + UCLOUD_PUBLIC : ""),
                type.isEmpty() ? null : type, query.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertUcloudFormat(RawHttp.Reply r, Map<String, Integer> codes) {
        assertThat(r.status()).as(r.head() + "\n" + r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("RetCode").isInt()).as(r.body()).isTrue();
        if (body.get("RetCode").asInt() == 0) {
            assertThat(body.get("Action").asString()).as("only a describe may pass: " + r.body()).startsWith("Describe");
        }
        assertThat(body.get("Action").asString()).as(r.body()).endsWith("Response");
        assertThat(r.head().toLowerCase(java.util.Locale.ROOT)).contains("x-ucloud-request-uuid");
        codes.merge(String.valueOf(body.get("RetCode").asInt()), 1, Integer::sum);
    }

    @Test
    void malformedRequestsAreRefusedInEachCloudsFormatAndChangeNothing() throws Exception {
        var before = storeSnapshot();
        String stateBefore = admin("GET", "/_cloudtwin/state", null).body();
        Map<String, Integer> aliyun = new TreeMap<>();
        Map<String, Integer> ucloud = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < PER_DIALECT; n++) {
            RawHttp.Reply r = aliyunRequest();
            try {
                assertAliyunFormat(r, aliyun);
            } catch (AssertionError e) {
                failures.add("aliyun #" + n + " " + last + ": " + e.getMessage());
            }
            r = ucloudRequest();
            try {
                assertUcloudFormat(r, ucloud);
            } catch (AssertionError | RuntimeException e) {
                failures.add("ucloud #" + n + " " + last + ": " + e.getMessage());
            }
        }
        System.out.println("FuzzTest: " + PER_DIALECT + " Aliyun requests, answers by code: " + aliyun);
        System.out.println("FuzzTest: " + PER_DIALECT + " UCloud requests, answers by RetCode: " + ucloud);
        assertThat(failures).as("first failures: " + failures.stream().limit(5).toList()).isEmpty();
        assertThat(aliyun.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PER_DIALECT);
        assertThat(ucloud.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PER_DIALECT);
        assertThat(storeSnapshot()).isEqualTo(before);
        assertThat(admin("GET", "/_cloudtwin/state", null).body()).isEqualTo(stateBefore);
    }
}
