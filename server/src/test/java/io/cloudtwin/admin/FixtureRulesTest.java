package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * A state document meets the rules a request meets, because each section imports through its area's services: what
 * CreateVSwitch or RunInstances would refuse, an import refuses too (400, naming the entry), and nothing of the
 * document is kept. Before the sections, the admin service wrote these rows directly and accepted all of them.
 */
class FixtureRulesTest extends ServerTestBase {
    private static final String VPC = """
            vpcs:
              - {cloud: aliyun, region: cn-hangzhou, id: vpc-rules0001, cidrBlocks: [10.0.0.0/16]}
            """;

    private HttpResponse<String> post(String yaml) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/_cloudtwin/state"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String refused(String yaml) throws Exception {
        var before = storeSnapshot();
        HttpResponse<String> r = post(yaml);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(storeSnapshot()).as("a refused document changes nothing").isEqualTo(before);
        return r.body();
    }

    @Test
    void overlappingSubnetsAreRefusedAsCreateVSwitchRefusesThem() throws Exception {
        assertThat(refused(VPC + """
                subnets:
                  - {cloud: aliyun, region: cn-hangzhou, id: vsw-rules0001, vpcId: vpc-rules0001, zone: cn-hangzhou-i, cidrBlock: 10.0.1.0/24}
                  - {cloud: aliyun, region: cn-hangzhou, id: vsw-rules0002, vpcId: vpc-rules0001, zone: cn-hangzhou-i, cidrBlock: 10.0.1.128/25}
                """)).contains("subnets[1]").contains("CIDR_CONFLICT");
    }

    @Test
    void aDefaultVpcIsAliyunsOneARegionAndADefaultVSwitchOneAZoneOfIt() throws Exception {
        assertThat(refused("""
                vpcs:
                  - {cloud: aliyun, region: cn-hangzhou, id: vpc-default01, cidrBlocks: [172.16.0.0/12], defaultVpc: true}
                  - {cloud: aliyun, region: cn-hangzhou, id: vpc-default02, cidrBlocks: [172.16.0.0/12], defaultVpc: true}
                """)).contains("vpc-default02").contains("one a region");
        assertThat(refused("""
                vpcs:
                  - {cloud: ucloud, region: cn-bj2, id: uvnet-default1, cidrBlocks: [10.9.0.0/16], defaultVpc: true}
                """)).contains("Aliyun's");
        assertThat(refused(VPC + """
                subnets:
                  - {cloud: aliyun, region: cn-hangzhou, id: vsw-default01, vpcId: vpc-rules0001, zone: cn-hangzhou-i, cidrBlock: 10.0.1.0/24, defaultNetwork: true}
                """)).as("not in the default VPC").contains("default VPC");
    }

    @Test
    void aZoneOfAnotherRegionIsRefused() throws Exception {
        assertThat(refused(VPC + """
                subnets:
                  - {cloud: aliyun, region: cn-hangzhou, id: vsw-rules0003, vpcId: vpc-rules0001, zone: cn-beijing-a, cidrBlock: 10.0.1.0/24}
                """)).contains("ZONE_NOT_FOUND");
    }

    @Test
    void anAddressTheSubnetDoesNotGiveOutIsRefused() throws Exception {
        String subnet = VPC + """
                subnets:
                  - {cloud: aliyun, region: cn-hangzhou, id: vsw-rules0004, vpcId: vpc-rules0001, zone: cn-hangzhou-i, cidrBlock: 10.0.1.0/24}
                """;
        assertThat(refused(subnet + """
                instances:
                  - {cloud: aliyun, region: cn-hangzhou, zone: cn-hangzhou-i, id: i-rules0001, subnetId: vsw-rules0004, privateIp: 10.0.1.0}
                """)).contains("instances[0]").contains("INVALID_ADDRESS");
        assertThat(refused(subnet + """
                instances:
                  - {cloud: aliyun, region: cn-hangzhou, zone: cn-hangzhou-i, id: i-rules0002, subnetId: vsw-rules0004, privateIp: 10.0.1.9}
                  - {cloud: aliyun, region: cn-hangzhou, zone: cn-hangzhou-i, id: i-rules0003, subnetId: vsw-rules0004, privateIp: 10.0.1.9}
                """)).contains("instances[1]").contains("ADDRESS_IN_USE");
        assertThat(post(subnet + """
                instances:
                  - {cloud: aliyun, region: cn-hangzhou, zone: cn-hangzhou-i, id: i-rules0004, subnetId: vsw-rules0004, privateIp: 10.0.1.9}
                """).statusCode()).as("a usable address is imported").isEqualTo(200);
    }

    @Test
    void anUnknownSectionIsRefused() throws Exception {
        assertThat(refused("volcanoes: [{cloud: aliyun}]")).contains("unknown section volcanoes");
    }
}
