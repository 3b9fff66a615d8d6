package io.cloudtwin.aliyun.spec;

import static io.cloudtwin.aliyun.spec.AliyunApi.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeRegionsRequest;
import com.aliyun.ecs20140526.models.DescribeZonesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.ServerTestBase;

/**
 * ECS and VPC on one port: routing by Version / x-acs-version and Host, 501 for actions the metadata knows and we
 * do not serve, regions from the endpoint lists, zones, and NextToken paging; through the wire and the real SDKs.
 */
class AliyunSpecRoutingTest extends ServerTestBase {
    private AliyunApi api() {
        return new AliyunApi(port);
    }

    /** A signed v1 GET with the given Host header (the signature does not cover it). */
    private String[] rawGet(String host, String... kv) throws Exception {
        String q = AliyunV1Signer.query(AliyunV1Signer.sign("GET", AK, SECRET, params(kv)));
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /?" + q + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            s.getInputStream().transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            return new String[] {text.substring(9, 12), text.substring(text.indexOf("\r\n\r\n") + 4)};
        }
    }

    @Test
    void knownButUnservedActionsAnswer501NamingTheAction() {
        var before = storeSnapshot();
        AliyunApi.Reply ecs = api().send(AliyunSpecs.ECS, "DescribeDedicatedHostAutoRenew", "JSON",
                params("RegionId", REGION));
        assertThat(ecs.status()).isEqualTo(501);
        JsonNode e = ecs.tree();
        assertThat(e.path("Code").asString()).isEqualTo("NotImplemented");
        assertThat(e.path("Message").asString()).contains("DescribeDedicatedHostAutoRenew")
                .contains("docs/aliyun.md");
        assertThat(e.path("HostId").asString()).isEqualTo("ecs.aliyuncs.com");
        AliyunApi.Reply vpc = api().send(AliyunSpecs.VPC, "CreateVpnAttachment", "XML", params("RegionId", REGION));
        assertThat(vpc.status()).isEqualTo(501);
        assertThat(vpc.body()).contains("<Code>NotImplemented</Code>").contains("<HostId>vpc.aliyuncs.com</HostId>")
                .contains("product=Vpc");
        // in no metadata, or in the other product's only: 404
        assertThat(api().send(AliyunSpecs.ECS, "LaunchRockets", "JSON", params()).status()).isEqualTo(404);
        AliyunApi.Reply wrongProduct = api().send(AliyunSpecs.VPC, "RunInstances", "JSON", params("RegionId", REGION));
        assertThat(wrongProduct.status()).isEqualTo(404);
        assertThat(wrongProduct.tree().path("Code").asString()).isEqualTo("InvalidAction.NotFound");
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void hostPicksTheProductAndMustAgreeWithTheVersion() throws Exception {
        String[] vpc = rawGet("vpc.cn-hangzhou.aliyuncs.com", "Action", "DescribeRegions", "Version", "2016-04-28",
                "Format", "JSON");
        assertThat(vpc[0]).isEqualTo("200");
        assertThat(vpc[1]).contains("vpc.cn-hangzhou.aliyuncs.com").doesNotContain("\"Status\"");
        String[] ecs = rawGet("ecs.aliyuncs.com", "Action", "DescribeRegions", "Format", "JSON");
        assertThat(ecs[0]).isEqualTo("200");
        assertThat(ecs[1]).contains("ecs.cn-hangzhou.aliyuncs.com").contains("\"Status\":\"available\"");
        String[] mismatch = rawGet("ecs.cn-hangzhou.aliyuncs.com", "Action", "DescribeRegions", "Version", "2016-04-28");
        assertThat(mismatch[0]).isEqualTo("400");
        assertThat(mismatch[1]).contains("<Code>InvalidVersion</Code>").contains("<HostId>ecs.aliyuncs.com</HostId>");
        String[] vpcError = rawGet("vpc.aliyuncs.com", "Action", "DescribeZones", "Version", "2016-04-28");
        assertThat(vpcError[0]).isEqualTo("400");
        assertThat(vpcError[1]).contains("<HostId>vpc.aliyuncs.com</HostId>").contains("RegionId");
    }

    @Test
    void regionsAreTheMetadataEndpointsAndOthersAreRefused() {
        var before = storeSnapshot();
        AliyunApi.Reply r = api().send(AliyunSpecs.ECS, "CreateSecurityGroup", "JSON", params("RegionId", "cn-atlantis"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.tree().path("Code").asString()).isEqualTo("InvalidRegionId.NotFound");
        AliyunApi.Reply v = api().send(AliyunSpecs.VPC, "DescribeZones", "JSON", params("RegionId", "cn-atlantis"));
        assertThat(v.status()).isEqualTo(404);
        assertThat(v.tree().path("HostId").asString()).isEqualTo("vpc.aliyuncs.com");
        assertThat(storeSnapshot()).isEqualTo(before);
        JsonNode zones = api().ecs("DescribeZones", "RegionId", "ap-southeast-1");
        assertThat(zones.path("Zones").path("Zone").findValuesAsString("ZoneId"))
                .containsExactly("ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c", "ap-southeast-1d");
    }

    @Test
    void actionsOwnMissingCodesAreUsed() {
        // DescribeSecurityGroups documents MissingParameter.RegionId; CreateSecurityGroup only the plain one
        AliyunApi.Reply own = api().send(AliyunSpecs.ECS, "DescribeSecurityGroups", "JSON", params());
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.tree().path("Code").asString()).isEqualTo("MissingParameter.RegionId");
        AliyunApi.Reply plain = api().send(AliyunSpecs.ECS, "CreateSecurityGroup", "JSON", params());
        assertThat(plain.tree().path("Code").asString()).isEqualTo("MissingParameter");
        // CreateSecurityGroup documents InvalidSecurityGroupName.Malformed
        AliyunApi.Reply name = api().send(AliyunSpecs.ECS, "CreateSecurityGroup", "JSON",
                params("RegionId", REGION, "SecurityGroupName", "x".repeat(129)));
        assertThat(name.tree().path("Code").asString()).isEqualTo("InvalidSecurityGroupName.Malformed");
    }

    @Test
    void nextTokenPagingWalksEveryInstanceOnce() {
        String g = api().group();
        api().ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", g, "Amount", "23");
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = token == null ? api().ecs("DescribeInstances", "RegionId", REGION, "MaxResults", "10")
                    : api().ecs("DescribeInstances", "RegionId", REGION, "MaxResults", "10", "NextToken", token);
            List<String> ids = page.path("Instances").path("Instance").findValuesAsString("InstanceId");
            assertThat(seen).doesNotContainAnyElementsOf(ids);
            seen.addAll(ids);
            assertThat(page.path("TotalCount").asInt()).isEqualTo(23);
            token = page.path("NextToken").asString();
            pages++;
        } while (!token.isEmpty() && pages < 10);
        assertThat(seen).hasSize(23);
        assertThat(pages).isEqualTo(3);
        AliyunApi.Reply bad = api().send(AliyunSpecs.ECS, "DescribeInstances", "JSON",
                params("RegionId", REGION, "NextToken", "not-ours"));
        assertThat(bad.status()).isEqualTo(400);
        // the same machinery pages security groups
        for (int i = 0; i < 4; i++) api().group();
        JsonNode first = api().ecs("DescribeSecurityGroups", "RegionId", REGION, "MaxResults", "3");
        assertThat(first.path("SecurityGroups").path("SecurityGroup").size()).isEqualTo(3);
        JsonNode second = api().ecs("DescribeSecurityGroups", "RegionId", REGION, "MaxResults", "3",
                "NextToken", first.path("NextToken").asString());
        assertThat(second.path("SecurityGroups").path("SecurityGroup").size()).isEqualTo(2);
        assertThat(second.path("NextToken").asString()).isEmpty();
    }

    @Test
    void realSdksDecodeTheNewAnswers() throws Exception {
        var client = new com.aliyun.ecs20140526.Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint("127.0.0.1:" + port).setProtocol("HTTP").setRegionId(REGION));
        var regions = client.describeRegions(new DescribeRegionsRequest()).getBody().getRegions().getRegion();
        assertThat(regions).anySatisfy(r -> {
            assertThat(r.getRegionId()).isEqualTo("cn-hangzhou");
            assertThat(r.getRegionEndpoint()).isEqualTo("ecs.cn-hangzhou.aliyuncs.com");
        });
        var zones = client.describeZones(new DescribeZonesRequest().setRegionId(REGION)).getBody().getZones().getZone();
        assertThat(zones).extracting(z -> z.getZoneId()).containsExactly("cn-hangzhou-b", "cn-hangzhou-e", "cn-hangzhou-f", "cn-hangzhou-g", "cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j", "cn-hangzhou-k");
        api().instance(api().group());
        var described = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION).setMaxResults(5))
                .getBody();
        assertThat(described.getTotalCount()).isEqualTo(1);
        assertThat(described.getNextToken()).isEmpty();
        var instance = described.getInstances().getInstance().get(0);
        assertThat(instance.getCpu()).isEqualTo(2);
        assertThat(instance.getDeletionProtection()).isFalse();
        assertThat(instance.getVpcAttributes().getPrivateIpAddress().getIpAddress()).isEmpty();
        TeaException bad = catchThrowableOfType(TeaException.class,
                () -> client.describeZones(new DescribeZonesRequest().setRegionId("cn-atlantis")));
        assertThat(bad.getCode()).isEqualTo("InvalidRegionId.NotFound");

        // VPC through tea-openapi's generic call: V3 signature, product chosen by x-acs-version
        var generic = new com.aliyun.teaopenapi.Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint("127.0.0.1:" + port).setProtocol("HTTP").setRegionId(REGION));
        Params p = new Params().setAction("DescribeZones").setVersion("2016-04-28").setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        Map<String, ?> answer = generic.callApi(p, new OpenApiRequest().setQuery(Map.of("RegionId", REGION)),
                new RuntimeOptions());
        assertThat(answer.get("statusCode")).isEqualTo(200);
        assertThat(String.valueOf(answer.get("body"))).contains("cn-hangzhou-h").contains("AvailabilityZone")
                .doesNotContain("AvailableResourceCreation"); // the VPC shape, not ECS's
    }
}
