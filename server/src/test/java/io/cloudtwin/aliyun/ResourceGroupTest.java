package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.MoveResourceGroupRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.EcsTestBase;

/**
 * resource_group_id as the alicloud provider uses it: set on create (RunInstances, CreateSecurityGroup, CreateDisk,
 * ImportKeyPair, CreateVpc, AllocateEipAddress ... ResourceGroupId), read back from the Describe answers, and changed
 * in place by JoinResourceGroup (ECS: ResourceType instance, securitygroup, disk, keypair ...) or MoveResourceGroup
 * (VPC: VPC, EIP, HAVIP, bandwidthpackage). Without one a resource is in its account's default group, which every
 * answer names; each listing filters by ResourceGroupId; a group id that names none is refused and makes nothing.
 */
class ResourceGroupTest extends EcsTestBase {
    private static final String TEAM = "rg-acfmteam0001";
    private static final String OTHER = "rg-acfmteam0002";
    /** Groups of one test each: tests share the server. */
    private static final String KINDS = "rg-acfmkinds01";
    private static final String NETWORK = "rg-acfmnetwork01";
    private static final String KEPT = "rg-acfmstate01";
    private IAcsClient vpc;

    @BeforeEach
    void vpcClient() {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }

    private DescribeInstancesResponseBodyInstancesInstance instance(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private List<String> instancesIn(String group) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION).setResourceGroupId(group)
                .setPageSize(100)).getBody().getInstances().getInstance().stream()
                .map(DescribeInstancesResponseBodyInstancesInstance::getInstanceId).toList();
    }

    private long instanceCount() throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody().getTotalCount();
    }

    private List<DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk> disksOf(String instance)
            throws Exception {
        return client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance))
                .getBody().getDisks().getDisk();
    }

    private Object join(String type, String id, String group) throws Exception {
        return client.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(REGION).setResourceType(type)
                .setResourceId(id).setResourceGroupId(group));
    }

    @Test
    void anInstanceInTheProvidersSteps() throws Exception {
        String plain = ecs.launch(ecs.run());
        String id = ecs.launch(ecs.run().setResourceGroupId(TEAM));
        String defaultGroup = instance(plain).getResourceGroupId();
        assertThat(defaultGroup).as("the account's default group").startsWith("rg-").isNotEqualTo(TEAM);
        assertThat(instance(id).getResourceGroupId()).isEqualTo(TEAM);
        assertThat(instancesIn(TEAM)).containsExactly(id);
        assertThat(instancesIn(defaultGroup)).contains(plain).doesNotContain(id);
        assertThat(disksOf(id)).as("the disks made with it are in its group").isNotEmpty()
                .allSatisfy(d -> assertThat(d.getResourceGroupId()).isEqualTo(TEAM));
        assertThat(disksOf(plain)).allSatisfy(d -> assertThat(d.getResourceGroupId()).isEqualTo(defaultGroup));

        // the provider's update: resource_group_id changed in place
        join("instance", id, OTHER);
        assertThat(instance(id).getResourceGroupId()).isEqualTo(OTHER);
        assertThat(instancesIn(TEAM)).isEmpty();
        assertThat(instancesIn(OTHER)).containsExactly(id);
        assertThat(disksOf(id)).as("moving an instance leaves its disks where they are")
                .allSatisfy(d -> assertThat(d.getResourceGroupId()).isEqualTo(TEAM));
        join("instance", id, defaultGroup);
        assertThat(instance(id).getResourceGroupId()).isEqualTo(defaultGroup);
        assertThat(instancesIn(defaultGroup)).contains(plain, id);
    }

    @Test
    void everyEcsKindCarriesItsGroup() throws Exception {
        String sg = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)
                .setResourceGroupId(KINDS)).getBody().getSecurityGroupId();
        assertThat(client.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)
                .setResourceGroupId(KINDS)).getBody().getSecurityGroups().getSecurityGroup())
                .extracting(g -> g.getSecurityGroupId() + " " + g.getResourceGroupId())
                .containsExactly(sg + " " + KINDS);

        String disk = client.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId("cn-hangzhou-i")
                .setSize(20).setResourceGroupId(KINDS)).getBody().getDiskId();
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setResourceGroupId(KINDS))
                .getBody().getDisks().getDisk()).extracting(d -> d.getDiskId() + " " + d.getResourceGroupId())
                .containsExactly(disk + " " + KINDS);
        join("disk", disk, KINDS + "b");
        assertThat(client.describeDisks(new DescribeDisksRequest().setRegionId(REGION)
                .setDiskIds("[\"" + disk + "\"]")).getBody().getDisks().getDisk().get(0).getResourceGroupId())
                .isEqualTo(KINDS + "b");

        client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("team-key")
                .setResourceGroupId(KINDS).setPublicKeyBody(KEY));
        assertThat(client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setResourceGroupId(KINDS))
                .getBody().getKeyPairs().getKeyPair()).extracting(k -> k.getKeyPairName() + " " + k.getResourceGroupId())
                .containsExactly("team-key " + KINDS);
        // a key pair is named by its name
        join("keypair", "team-key", KINDS + "b");
        assertThat(client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setResourceGroupId(KINDS + "b"))
                .getBody().getKeyPairs().getKeyPair()).extracting(k -> k.getKeyPairName()).containsExactly("team-key");

        join("securitygroup", sg, KINDS + "b");
        assertThat(client.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)
                .setResourceGroupId(KINDS)).getBody().getSecurityGroups().getSecurityGroup()).isEmpty();
        // a deleted resource leaves its group
        client.deleteSecurityGroup(new DeleteSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(sg));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_label WHERE resource_id = :id").param("id", sg)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void vpcKindsAndMoveResourceGroup() throws Exception {
        CreateVpcRequest v = local(new CreateVpcRequest());
        v.setSysRegionId(REGION);
        v.setCidrBlock("172.16.0.0/16");
        v.setResourceGroupId(NETWORK);
        var created = vpc.getAcsResponse(v);
        assertThat(created.getResourceGroupId()).isEqualTo(NETWORK);
        String vpcId = created.getVpcId();
        CreateVSwitchRequest s = local(new CreateVSwitchRequest());
        s.setSysRegionId(REGION);
        s.setVpcId(vpcId);
        s.setCidrBlock("172.16.1.0/24");
        s.setZoneId(REGION + "-h");
        String vSwitchId = vpc.getAcsResponse(s).getVSwitchId();

        DescribeVpcsRequest list = local(new DescribeVpcsRequest());
        list.setSysRegionId(REGION);
        list.setResourceGroupId(NETWORK);
        assertThat(vpc.getAcsResponse(list).getVpcs()).extracting(x -> x.getVpcId() + " " + x.getResourceGroupId())
                .containsExactly(vpcId + " " + NETWORK);
        DescribeVSwitchesRequest switches = local(new DescribeVSwitchesRequest());
        switches.setSysRegionId(REGION);
        switches.setResourceGroupId(NETWORK);
        assertThat(vpc.getAcsResponse(switches).getVSwitches()).as("a vSwitch is made in its VPC's group")
                .extracting(x -> x.getVSwitchId() + " " + x.getResourceGroupId()).containsExactly(vSwitchId + " " + NETWORK);
        DescribeRouteTableListRequest tables = local(new DescribeRouteTableListRequest());
        tables.setSysRegionId(REGION);
        tables.setResourceGroupId(NETWORK);
        assertThat(vpc.getAcsResponse(tables).getRouterTableList()).extracting(t -> t.getVpcId() + " "
                + t.getResourceGroupId()).containsExactly(vpcId + " " + NETWORK);

        MoveResourceGroupRequest move = local(new MoveResourceGroupRequest());
        move.setSysRegionId(REGION);
        move.setResourceType("VPC");
        move.setResourceId(vpcId);
        move.setNewResourceGroupId(NETWORK + "b");
        vpc.getAcsResponse(move);
        DescribeVpcAttributeRequest attribute = local(new DescribeVpcAttributeRequest());
        attribute.setSysRegionId(REGION);
        attribute.setVpcId(vpcId);
        assertThat(vpc.getAcsResponse(attribute).getResourceGroupId()).isEqualTo(NETWORK + "b");
        assertThat(vpc.getAcsResponse(list).getVpcs()).isEmpty();

        AllocateEipAddressRequest allocate = local(new AllocateEipAddressRequest());
        allocate.setSysRegionId(REGION);
        allocate.setResourceGroupId(NETWORK);
        var eip = vpc.getAcsResponse(allocate);
        assertThat(eip.getResourceGroupId()).isEqualTo(NETWORK);
        move.setResourceType("EIP");
        move.setResourceId(eip.getAllocationId());
        vpc.getAcsResponse(move);
        DescribeEipAddressesRequest eips = local(new DescribeEipAddressesRequest());
        eips.setSysRegionId(REGION);
        eips.setResourceGroupId(NETWORK + "b");
        assertThat(vpc.getAcsResponse(eips).getEipAddresses())
                .extracting(e -> e.getAllocationId() + " " + e.getResourceGroupId())
                .containsExactly(eip.getAllocationId() + " " + NETWORK + "b");
    }

    /** The product's older ChangeResourceGroup, as the aliyun CLI sends an action its SDK has no model for. */
    private CommonRequest change(String type, String id, String group) {
        CommonRequest r = new CommonRequest();
        r.setSysDomain(endpoint());
        r.setSysProtocol(ProtocolType.HTTP);
        r.setSysMethod(MethodType.POST);
        r.setSysVersion("2016-04-28");
        r.setSysAction("ChangeResourceGroup");
        r.putQueryParameter("RegionId", REGION);
        r.putQueryParameter("ResourceType", type);
        r.putQueryParameter("ResourceId", id);
        r.putQueryParameter("NewResourceGroupId", group);
        return r;
    }

    @Test
    void theOlderChangeResourceGroupMovesTheSameKinds() throws Exception {
        CreateVpcRequest v = local(new CreateVpcRequest());
        v.setSysRegionId(REGION);
        v.setCidrBlock("172.18.0.0/16");
        String vpcId = vpc.getAcsResponse(v).getVpcId();
        vpc.getCommonResponse(change("vpc", vpcId, KEPT + "c"));
        DescribeVpcAttributeRequest attribute = local(new DescribeVpcAttributeRequest());
        attribute.setSysRegionId(REGION);
        attribute.setVpcId(vpcId);
        assertThat(vpc.getAcsResponse(attribute).getResourceGroupId()).isEqualTo(KEPT + "c");

        assertThat(catchThrowableOfType(ClientException.class, () -> vpc.getCommonResponse(change("server", vpcId,
                TEAM))).getErrCode()).isEqualTo("ResourceType.Unknown");
        assertThat(catchThrowableOfType(ClientException.class, () -> vpc.getCommonResponse(change("vpc",
                "vpc-none", TEAM))).getErrCode()).isEqualTo("InvalidResourceId.NotFound");
        assertThat(vpc.getAcsResponse(attribute).getResourceGroupId()).isEqualTo(KEPT + "c");
    }

    @Test
    void whatNamesNoGroupIsRefusedAndChangesNothing() throws Exception {
        long before = instanceCount();
        var bad = refused(() -> ecs.launch(ecs.run().setResourceGroupId("not a group")));
        assertThat(bad.getCode()).isEqualTo("InvalidResourceGroup.NotFound");
        assertThat(instanceCount()).as("nothing made").isEqualTo(before);

        String id = ecs.launch(ecs.run());
        assertThat(refused(() -> join("instance", id, "RG-Upper")).getCode()).isEqualTo("InvalidResourceGroup.NotFound");
        assertThat(refused(() -> join("server", id, TEAM)).getCode()).isEqualTo("InvalidResourceType.NotFound");
        assertThat(refused(() -> join("instance", "i-missing", TEAM)).getCode()).isEqualTo("InvalidResourceId.NotFound");
        assertThat(refused(() -> join("disk", id, TEAM)).getCode()).as("an instance is no disk")
                .isEqualTo("InvalidResourceId.NotFound");
        assertThat(refused(() -> join("launchtemplate", "lt-none", TEAM)).getCode())
                .isEqualTo("InvalidResourceId.NotFound");
        assertThat(instance(id).getResourceGroupId()).isNotEqualTo(TEAM);

        MoveResourceGroupRequest move = local(new MoveResourceGroupRequest());
        move.setSysRegionId(REGION);
        move.setResourceType("NatGateway");
        move.setResourceId("ngw-none");
        move.setNewResourceGroupId(TEAM);
        assertThat(catchThrowableOfType(ClientException.class, () -> vpc.getAcsResponse(move)).getErrCode())
                .isEqualTo("IllegalParam.ResourceType");
        move.setResourceType("Vpc");
        move.setNewResourceGroupId("nope");
        assertThat(catchThrowableOfType(ClientException.class, () -> vpc.getAcsResponse(move)).getErrCode())
                .isEqualTo("InvalidResourceGroupId");
        move.setNewResourceGroupId(TEAM);
        assertThat(catchThrowableOfType(ClientException.class, () -> vpc.getAcsResponse(move)).getErrCode())
                .isEqualTo("InvalidResourceId.NotFound");
    }

    @Test
    void theGroupsSurviveTheStateRoundTrip() throws Exception {
        String id = ecs.launch(ecs.run().setResourceGroupId(KEPT));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("resourceLabels").contains(KEPT);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(instance(id).getResourceGroupId()).isEqualTo(KEPT);
        assertThat(instancesIn(KEPT)).containsExactly(id);
    }

    private static final String KEY =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHCzIhBSEUL8mJSXYnpQJmqgzlxJ/IuCAwWdRT1d9e6s team@cloudtwin";

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("JoinResourceGroup", api -> {
                String group = api.ecs("CreateSecurityGroup", "RegionId", REGION).path("SecurityGroupId").asString();
                return AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "ResourceGroupId", TEAM);
            });
            r.vpc("MoveResourceGroup", api -> {
                String id = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.8.0.0/16").path("VpcId")
                        .asString();
                return AliyunApi.params("RegionId", REGION, "ResourceType", "Vpc", "ResourceId", id,
                        "NewResourceGroupId", TEAM);
            });
            r.vpc("ChangeResourceGroup", api -> {
                String id = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.9.0.0/16").path("VpcId")
                        .asString();
                return AliyunApi.params("RegionId", REGION, "ResourceType", "vpc", "ResourceId", id,
                        "NewResourceGroupId", TEAM);
            }).fails("InvalidResourceId.NotFound", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "vpc",
                    "ResourceId", "vpc-missing", "NewResourceGroupId", TEAM));
        }
    }
}
