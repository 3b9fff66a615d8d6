package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.AddTagsRequest;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcResponse;
import com.aliyuncs.ecs.model.v20140526.DeleteVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVpcRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeTagsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeTagsResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsResponse;
import com.aliyuncs.ecs.model.v20140526.ModifyVSwitchAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyVpcAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.RemoveTagsRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * The ECS product's deprecated actions real clients still send (issue 24): fog-aliyun and the npm aliyun-sdk make and
 * remove VPCs and vSwitches through ECS (Version=2014-05-26), aliyungo tags through ECS AddTags, RemoveTags and
 * DescribeTags. Through the classic ECS SDK's own typed requests, on the same state as the VPC product's actions.
 */
class DeprecatedEcsActionsTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }

    private <T extends AcsRequest<?>> T local(T request) {
        request.setSysEndpoint(endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        return request;
    }

    @Test
    void fogAliyunMakesAndRemovesAVpcAndAVSwitchThroughEcs() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setCidrBlock("10.0.0.0/16");
        create.setVpcName("fog");
        create.setDescription("made through ECS");
        CreateVpcResponse made = client.getAcsResponse(create);
        assertThat(made.getVpcId()).startsWith("vpc-");
        assertThat(made.getVRouterId()).startsWith("vrt-");
        assertThat(made.getRouteTableId()).startsWith("vtb-");

        var vswitch = local(new CreateVSwitchRequest());
        vswitch.setVpcId(made.getVpcId());
        vswitch.setZoneId("cn-hangzhou-h");
        vswitch.setCidrBlock("10.0.1.0/24");
        vswitch.setVSwitchName("fog-a");
        String vswitchId = client.getAcsResponse(vswitch).getVSwitchId();
        assertThat(vswitchId).startsWith("vsw-");

        var rename = local(new ModifyVpcAttributeRequest());
        rename.setVpcId(made.getVpcId());
        rename.setVpcName("fog-renamed");
        client.getAcsResponse(rename);
        var renameSwitch = local(new ModifyVSwitchAttributeRequest());
        renameSwitch.setVSwitchId(vswitchId);
        renameSwitch.setDescription("renamed through ECS");
        client.getAcsResponse(renameSwitch);

        var list = local(new DescribeVpcsRequest());
        list.setVpcId(made.getVpcId());
        DescribeVpcsResponse vpcs = client.getAcsResponse(list);
        assertThat(vpcs.getTotalCount()).isEqualTo(1);
        DescribeVpcsResponse.Vpc vpc = vpcs.getVpcs().get(0);
        assertThat(vpc.getVpcName()).isEqualTo("fog-renamed");
        assertThat(vpc.getCidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vpc.getRegionId()).isEqualTo(REGION);
        assertThat(vpc.getStatus()).isEqualTo("Available");
        assertThat(vpc.getVSwitchIds()).containsExactly(vswitchId);

        var switches = local(new DescribeVSwitchesRequest());
        switches.setVpcId(made.getVpcId());
        DescribeVSwitchesResponse listed = client.getAcsResponse(switches);
        assertThat(listed.getVSwitches()).singleElement().satisfies(s -> {
            assertThat(s.getVSwitchId()).isEqualTo(vswitchId);
            assertThat(s.getZoneId()).isEqualTo("cn-hangzhou-h");
            assertThat(s.getDescription()).isEqualTo("renamed through ECS");
            assertThat(s.getAvailableIpAddressCount()).isPositive();
        });

        // the same VPC, seen through the VPC product
        var attribute = local(new DescribeVpcAttributeRequest());
        attribute.setVpcId(made.getVpcId());
        DescribeVpcAttributeResponse modern = client.getAcsResponse(attribute);
        assertThat(modern.getVpcName()).isEqualTo("fog-renamed");
        assertThat(modern.getVSwitchIds()).containsExactly(vswitchId);

        var deleteVpcTooEarly = local(new DeleteVpcRequest());
        deleteVpcTooEarly.setVpcId(made.getVpcId());
        assertThat(catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(deleteVpcTooEarly))
                .getErrCode()).startsWith("DependencyViolation");

        var deleteSwitch = local(new DeleteVSwitchRequest());
        deleteSwitch.setVSwitchId(vswitchId);
        client.getAcsResponse(deleteSwitch);
        var deleteVpc = local(new DeleteVpcRequest());
        deleteVpc.setVpcId(made.getVpcId());
        client.getAcsResponse(deleteVpc);
        assertThat(client.getAcsResponse(list).getVpcs()).isEmpty();
    }

    @Test
    void aVSwitchInABeijingZone() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setSysRegionId("cn-beijing");
        String vpcId = client.getAcsResponse(create).getVpcId();
        var vswitch = local(new CreateVSwitchRequest());
        vswitch.setSysRegionId("cn-beijing");
        vswitch.setVpcId(vpcId);
        vswitch.setZoneId("cn-beijing-k");
        vswitch.setCidrBlock("172.16.0.0/24");
        client.getAcsResponse(vswitch);
        var switches = local(new DescribeVSwitchesRequest());
        switches.setSysRegionId("cn-beijing");
        switches.setZoneId("cn-beijing-k");
        assertThat(client.getAcsResponse(switches).getVSwitches()).extracting(DescribeVSwitchesResponse.VSwitch::getVpcId)
                .containsExactly(vpcId);
    }

    @Test
    void aliyungoTagsThroughEcsAddRemoveAndDescribeTags() throws Exception {
        var group = local(new CreateSecurityGroupRequest());
        String groupId = client.getAcsResponse(group).getSecurityGroupId();

        var add = local(new AddTagsRequest());
        add.setResourceType("securitygroup");
        add.setResourceId(groupId);
        add.setTags(List.of(tag("env", "test"), tag("team", "net")));
        client.getAcsResponse(add);

        var describe = local(new DescribeTagsRequest());
        describe.setResourceType("securitygroup");
        describe.setResourceId(groupId);
        DescribeTagsResponse tags = client.getAcsResponse(describe);
        assertThat(tags.getTotalCount()).isEqualTo(2);
        assertThat(tags.getTags()).extracting(DescribeTagsResponse.Tag::getTagKey, DescribeTagsResponse.Tag::getTagValue)
                .containsExactly(tuple("env", "test"),
                        tuple("team", "net"));
        assertThat(tags.getTags().get(0).getResourceTypeCount().getSecuritygroup()).isEqualTo(1);

        var remove = local(new RemoveTagsRequest());
        remove.setResourceType("securitygroup");
        remove.setResourceId(groupId);
        var key = new RemoveTagsRequest.Tag();
        key.setKey("env");
        remove.setTags(List.of(key));
        client.getAcsResponse(remove);
        assertThat(client.getAcsResponse(describe).getTags()).extracting(DescribeTagsResponse.Tag::getTagKey)
                .containsExactly("team");

        var unknown = local(new AddTagsRequest());
        unknown.setResourceType("securitygroup");
        unknown.setResourceId("sg-doesnotexist");
        unknown.setTags(List.of(tag("env", "x")));
        assertThat(catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(unknown)).getErrCode())
                .isEqualTo("InvalidResourceId.NotFound");
    }

    private static AddTagsRequest.Tag tag(String key, String value) {
        var t = new AddTagsRequest.Tag();
        t.setKey(key);
        t.setValue(value);
        return t;
    }

    /** Conformance recipes of the deprecated ECS actions: answers held to the ECS metadata, the fuzz thrown at each. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String vpc(AliyunApi api) {
            return api.ecs("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
        }

        private static String vSwitch(AliyunApi api, String vpc) {
            return api.ecs("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", "cn-hangzhou-h",
                    "CidrBlock", "10.0.1.0/24").path("VSwitchId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateVpc", api -> AliyunApi.params("RegionId", REGION, "CidrBlock", "10.0.0.0/16", "VpcName", "v"));
            r.ecs("DescribeVpcs", api -> {
                vSwitch(api, vpc(api));
                return AliyunApi.params("RegionId", REGION);
            });
            r.ecs("ModifyVpcAttribute", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api), "VpcName", "n"));
            r.ecs("DeleteVpc", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api)))
                    .fails("InvalidVpcId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VpcId", "vpc-nothere"));
            r.ecs("CreateVSwitch", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api), "ZoneId",
                    "cn-hangzhou-h", "CidrBlock", "10.0.2.0/24"));
            r.ecs("DescribeVSwitches", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))));
            r.ecs("ModifyVSwitchAttribute", api -> AliyunApi.params("RegionId", REGION, "VSwitchId",
                    vSwitch(api, vpc(api)), "Description", "d"));
            r.ecs("DeleteVSwitch", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))));
            r.ecs("AddTags", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup",
                    "ResourceId", api.group(), "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidResourceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "ResourceType", "securitygroup", "ResourceId", "sg-nothere", "Tag.1.Key", "k"));
            r.ecs("RemoveTags", api -> {
                String group = api.group();
                api.ecs("AddTags", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
                return AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k");
            });
            r.ecs("DescribeTags", api -> {
                String group = api.group();
                api.ecs("AddTags", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
                return AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group);
            });
        }
    }
}
