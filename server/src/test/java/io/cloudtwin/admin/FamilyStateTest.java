package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupAttributeResponse;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.ListTagResourcesRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;

/** The state export and fixtures carry Aliyun rules (peer groups, NIC type), group policies and tags, both ways. */
class FamilyStateTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String FIXTURE = """
            {"vpcs": [{"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou",
                       "id": "vpc-seeded000000000001", "cidrBlocks": ["10.1.0.0/16"]}],
             "subnets": [{"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou",
                          "id": "vsw-seeded000000000001", "vpcId": "vpc-seeded000000000001", "zone": "cn-hangzhou-h",
                          "cidrBlock": "10.1.1.0/24"}],
             "networkInterfaces": [{"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou",
                          "id": "eni-seeded000000000001", "subnetId": "vsw-seeded000000000001",
                          "privateIp": "10.1.1.7", "name": "data", "securityGroups": ["sg-seededdb0000000001"]}],
             "securityGroups": [
               {"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou", "id": "sg-seededdb0000000001",
                "name": "db", "vpcId": "vpc-seeded000000000001"},
               {"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou", "id": "sg-seededweb000000001",
                "name": "web", "vpcId": "vpc-seeded000000000001", "innerAccessPolicy": "Drop",
                "rules": [{"id": "sgr-seeded0000000000001", "direction": "ingress", "ipRange": "", "priority": 3,
                           "protocol": "TCP", "dstPort": "5432/5432", "action": "Accept", "remark": "from db",
                           "peerGroupId": "sg-seededdb0000000001", "nicType": "intranet"}]}],
             "tags": [{"cloud": "aliyun", "account": "1000000000000001", "region": "cn-hangzhou", "resourceType": "vpc",
                       "resourceId": "vpc-seeded000000000001", "key": "env", "value": "seeded"}]}
            """;

    @Test
    void seededRulesPoliciesAndTagsAreServedAndExported() throws Exception {
        var seeded = admin("POST", "/_cloudtwin/state", FIXTURE);
        assertThat(seeded.statusCode()).as(seeded.body()).isEqualTo(200);
        IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));

        DescribeSecurityGroupAttributeRequest read = new DescribeSecurityGroupAttributeRequest();
        read.setSysEndpoint("127.0.0.1:" + port);
        read.setSysProtocol(ProtocolType.HTTP);
        read.setRegionId(REGION);
        read.setSecurityGroupId("sg-seededweb000000001");
        DescribeSecurityGroupAttributeResponse attr = client.getAcsResponse(read);
        assertThat(attr.getInnerAccessPolicy()).isEqualTo("Drop");
        assertThat(attr.getPermissions()).singleElement().satisfies(p -> {
            assertThat(p.getSecurityGroupRuleId()).isEqualTo("sgr-seeded0000000000001");
            assertThat(p.getSourceGroupId()).isEqualTo("sg-seededdb0000000001");
            assertThat(p.getPortRange()).isEqualTo("5432/5432");
        });

        ListTagResourcesRequest tags = new ListTagResourcesRequest();
        tags.setSysEndpoint("127.0.0.1:" + port);
        tags.setSysProtocol(ProtocolType.HTTP);
        tags.setRegionId(REGION);
        tags.setResourceType("VPC");
        tags.setResourceIds(List.of("vpc-seeded000000000001"));
        assertThat(client.getAcsResponse(tags).getTagResources()).singleElement()
                .satisfies(t -> assertThat(t.getTagValue()).isEqualTo("seeded"));

        com.aliyuncs.ecs.model.v20140526.DescribeNetworkInterfacesRequest enis =
                new com.aliyuncs.ecs.model.v20140526.DescribeNetworkInterfacesRequest();
        enis.setSysEndpoint("127.0.0.1:" + port);
        enis.setSysProtocol(ProtocolType.HTTP);
        enis.setRegionId(REGION);
        enis.setNetworkInterfaceIds(List.of("eni-seeded000000000001"));
        assertThat(client.getAcsResponse(enis).getNetworkInterfaceSets()).singleElement().satisfies(n -> {
            assertThat(n.getPrivateIpAddress()).isEqualTo("10.1.1.7");
            assertThat(n.getSecurityGroupIds()).containsExactly("sg-seededdb0000000001");
        });

        JsonNode state = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        JsonNode web = null;
        for (JsonNode g : state.get("securityGroups")) if (g.get("id").asString().equals("sg-seededweb000000001")) web = g;
        assertThat(web).isNotNull();
        assertThat(web.get("innerAccessPolicy").asString()).isEqualTo("Drop");
        assertThat(web.get("rules").get(0).get("peerGroupId").asString()).isEqualTo("sg-seededdb0000000001");
        assertThat(state.get("tags").get(0).get("key").asString()).isEqualTo("env");
        assertThat(state.get("networkInterfaces").get(0).get("privateIp").asString()).isEqualTo("10.1.1.7");

        // the export imports back into an empty store unchanged
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body())).isEqualTo(JSON.readTree(exported));
    }
}
