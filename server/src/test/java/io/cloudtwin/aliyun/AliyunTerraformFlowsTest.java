package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.AuthorizeSecurityGroupEgressRequest;
import com.aliyuncs.ecs.model.v20140526.AuthorizeSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupAttributeResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupReferencesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupsResponse;
import com.aliyuncs.ecs.model.v20140526.ModifySecurityGroupAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifySecurityGroupPolicyRequest;
import com.aliyuncs.ecs.model.v20140526.ModifySecurityGroupRuleRequest;
import com.aliyuncs.ecs.model.v20140526.RevokeSecurityGroupEgressRequest;
import com.aliyuncs.ecs.model.v20140526.RevokeSecurityGroupRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchAttributesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse;
import com.aliyuncs.vpc.model.v20160428.ListTagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.ListTagResourcesResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyVSwitchAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnTagResourcesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * The call sequences of Terraform's alicloud provider for alicloud_vpc, alicloud_vswitch, alicloud_security_group
 * and alicloud_security_group_rule, replayed through Alibaba's classic Java SDKs (ecs 5.11.7, vpc 3.2.4) in the
 * provider's order and with its parameters: create, wait for Available, set tags, read, update, delete, and read
 * again until the resource is gone. Also the documented refusals of each family.
 */
class AliyunTerraformFlowsTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    /** The SDK's exception carries the code. */
    private <R extends com.aliyuncs.AcsResponse> String code(AcsRequest<R> request) {
        ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(request));
        assertThat(e).as("expected an error").isNotNull();
        return e.getErrCode();
    }

    /** The raw response through the same client carries the HTTP status. */
    private int status(AcsRequest<?> request) throws ClientException {
        return client.doAction(request).getStatus();
    }

    // alicloud_vpc: CreateVpc (ClientToken) -> DescribeVpcs until Available -> TagResources -> DescribeVpcs +
    // ListTagResources (read) -> ModifyVpcAttribute (update) -> DeleteVpc -> DescribeVpcs until gone
    private String createVpc(String cidr, String name) throws ClientException {
        CreateVpcRequest create = local(new CreateVpcRequest());
        create.setRegionId(REGION);
        create.setCidrBlock(cidr);
        create.setVpcName(name);
        create.setDescription("made by terraform");
        create.setClientToken("TF-CreateVpc-" + UUID.randomUUID());
        var created = client.getAcsResponse(create);
        assertThat(created.getVpcId()).startsWith("vpc-");
        assertThat(created.getVRouterId()).startsWith("vrt-");
        assertThat(created.getRouteTableId()).startsWith("vtb-");
        return created.getVpcId();
    }

    private List<DescribeVpcsResponse.Vpc> describeVpc(String id) throws ClientException {
        DescribeVpcsRequest read = local(new DescribeVpcsRequest());
        read.setRegionId(REGION);
        read.setVpcId(id);
        return client.getAcsResponse(read).getVpcs();
    }

    private List<ListTagResourcesResponse.TagResource> vpcTags(String type, String id) throws ClientException {
        ListTagResourcesRequest list = local(new ListTagResourcesRequest());
        list.setRegionId(REGION);
        list.setResourceType(type);
        list.setResourceIds(List.of(id));
        return client.getAcsResponse(list).getTagResources();
    }

    private void tagVpcResource(String type, String id, String key, String value) throws ClientException {
        TagResourcesRequest tag = local(new TagResourcesRequest());
        tag.setRegionId(REGION);
        tag.setResourceType(type);
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey(key);
        t.setValue(value);
        tag.setTags(List.of(t));
        client.getAcsResponse(tag);
    }

    @Test
    void alicloudVpcAndVSwitchLifecycle() throws ClientException {
        String vpcId = createVpc("10.0.0.0/16", "tf-vpc");
        List<DescribeVpcsResponse.Vpc> vpcs = describeVpc(vpcId);
        assertThat(vpcs).hasSize(1);
        assertThat(vpcs.get(0).getStatus()).isEqualTo("Available");
        assertThat(vpcs.get(0).getCidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vpcs.get(0).getVpcName()).isEqualTo("tf-vpc");
        assertThat(vpcs.get(0).getVRouterId()).startsWith("vrt-");

        tagVpcResource("VPC", vpcId, "env", "test");
        assertThat(vpcTags("VPC", vpcId)).singleElement().satisfies(t -> {
            assertThat(t.getTagKey()).isEqualTo("env");
            assertThat(t.getTagValue()).isEqualTo("test");
            assertThat(t.getResourceId()).isEqualTo(vpcId);
            assertThat(t.getResourceType()).isEqualTo("VPC");
        });
        assertThat(describeVpc(vpcId).get(0).getTags()).singleElement()
                .satisfies(t -> assertThat(t.getKey()).isEqualTo("env"));

        ModifyVpcAttributeRequest modify = local(new ModifyVpcAttributeRequest());
        modify.setRegionId(REGION);
        modify.setVpcId(vpcId);
        modify.setVpcName("tf-vpc-renamed");
        modify.setDescription("changed");
        client.getAcsResponse(modify);
        DescribeVpcAttributeRequest attr = local(new DescribeVpcAttributeRequest());
        attr.setRegionId(REGION);
        attr.setVpcId(vpcId);
        var a = client.getAcsResponse(attr);
        assertThat(a.getVpcName()).isEqualTo("tf-vpc-renamed");
        assertThat(a.getDescription()).isEqualTo("changed");

        // alicloud_vswitch: CreateVSwitch -> DescribeVSwitchAttributes until Available -> TagResources (VSWITCH) ->
        // read -> ModifyVSwitchAttribute -> DeleteVSwitch -> DescribeVSwitchAttributes until VSwitchId is empty (the
        // provider's DescribeVpcVswitch reads an empty VSwitchId as gone and fails on any error)
        CreateVSwitchRequest vsw = local(new CreateVSwitchRequest());
        vsw.setRegionId(REGION);
        vsw.setVpcId(vpcId);
        vsw.setCidrBlock("10.0.1.0/24");
        vsw.setZoneId(REGION + "-h");
        vsw.setVSwitchName("tf-vsw");
        vsw.setDescription("a switch");
        vsw.setClientToken("TF-CreateVSwitch-" + UUID.randomUUID());
        String vswId = client.getAcsResponse(vsw).getVSwitchId();
        assertThat(vswId).startsWith("vsw-");

        DescribeVSwitchAttributesRequest readVsw = local(new DescribeVSwitchAttributesRequest());
        readVsw.setRegionId(REGION);
        readVsw.setVSwitchId(vswId);
        DescribeVSwitchAttributesResponse v = client.getAcsResponse(readVsw);
        assertThat(v.getStatus()).isEqualTo("Available");
        assertThat(v.getVpcId()).isEqualTo(vpcId);
        assertThat(v.getCidrBlock()).isEqualTo("10.0.1.0/24");
        assertThat(v.getZoneId()).isEqualTo(REGION + "-h");
        assertThat(v.getAvailableIpAddressCount()).isEqualTo(252L);
        assertThat(v.getVSwitchName()).isEqualTo("tf-vsw");

        tagVpcResource("VSWITCH", vswId, "tier", "web");
        assertThat(vpcTags("VSWITCH", vswId)).extracting(ListTagResourcesResponse.TagResource::getTagKey)
                .containsExactly("tier");
        UnTagResourcesRequest untag = local(new UnTagResourcesRequest());
        untag.setRegionId(REGION);
        untag.setResourceType("VSWITCH");
        untag.setResourceIds(List.of(vswId));
        untag.setTagKeys(List.of("tier"));
        client.getAcsResponse(untag);
        assertThat(vpcTags("VSWITCH", vswId)).isEmpty();

        ModifyVSwitchAttributeRequest modVsw = local(new ModifyVSwitchAttributeRequest());
        modVsw.setRegionId(REGION);
        modVsw.setVSwitchId(vswId);
        modVsw.setVSwitchName("tf-vsw-2");
        client.getAcsResponse(modVsw);
        assertThat(client.getAcsResponse(readVsw).getVSwitchName()).isEqualTo("tf-vsw-2");

        DescribeVSwitchesRequest list = local(new DescribeVSwitchesRequest());
        list.setRegionId(REGION);
        list.setVpcId(vpcId);
        assertThat(client.getAcsResponse(list).getVSwitches()).singleElement()
                .satisfies(s -> assertThat(s.getVSwitchId()).isEqualTo(vswId));
        assertThat(describeVpc(vpcId).get(0).getVSwitchIds()).containsExactly(vswId);

        DeleteVpcRequest deleteVpc = local(new DeleteVpcRequest());
        deleteVpc.setRegionId(REGION);
        deleteVpc.setVpcId(vpcId);
        assertThat(code(deleteVpc)).isEqualTo("DependencyViolation.VSwitch");

        DeleteVSwitchRequest deleteVsw = local(new DeleteVSwitchRequest());
        deleteVsw.setRegionId(REGION);
        deleteVsw.setVSwitchId(vswId);
        client.getAcsResponse(deleteVsw);
        assertThat(client.getAcsResponse(readVsw).getVSwitchId()).as("gone: 200 with an empty VSwitchId").isEmpty();

        client.getAcsResponse(deleteVpc);
        assertThat(describeVpc(vpcId)).isEmpty();
        var gone = client.getAcsResponse(attr);
        assertThat(gone.getVpcId()).as("gone, as DescribeVpcVpc reads it: 200 with an empty VpcId").isEmpty();
        assertThat(gone.getCidrBlock()).isEmpty();
        assertThat(vpcTags("VPC", vpcId)).isEmpty();
    }

    @Test
    void vpcAndVSwitchRefusals() throws ClientException {
        String vpcId = createVpc("192.168.0.0/16", "refusals");
        CreateVSwitchRequest outside = local(new CreateVSwitchRequest());
        outside.setRegionId(REGION);
        outside.setVpcId(vpcId);
        outside.setCidrBlock("10.9.0.0/24");
        outside.setZoneId(REGION + "-h");
        assertThat(code(outside)).isEqualTo("InvalidCidrBlock.Malformed");

        CreateVSwitchRequest first = local(new CreateVSwitchRequest());
        first.setRegionId(REGION);
        first.setVpcId(vpcId);
        first.setCidrBlock("192.168.1.0/24");
        first.setZoneId(REGION + "-i");
        client.getAcsResponse(first);
        CreateVSwitchRequest overlapping = local(new CreateVSwitchRequest());
        overlapping.setRegionId(REGION);
        overlapping.setVpcId(vpcId);
        overlapping.setCidrBlock("192.168.1.128/25");
        overlapping.setZoneId(REGION + "-i");
        assertThat(code(overlapping)).isEqualTo("InvalidCidrBlock.Overlapped");

        CreateVSwitchRequest badZone = local(new CreateVSwitchRequest());
        badZone.setRegionId(REGION);
        badZone.setVpcId(vpcId);
        badZone.setCidrBlock("192.168.2.0/24");
        badZone.setZoneId("xx-nowhere-1a");
        assertThat(code(badZone)).isEqualTo("InvalidZoneId.NotFound");
        assertThat(status(badZone)).isEqualTo(404);

        CreateVSwitchRequest noVpc = local(new CreateVSwitchRequest());
        noVpc.setRegionId(REGION);
        noVpc.setVpcId("vpc-doesnotexist0000000");
        noVpc.setCidrBlock("192.168.3.0/24");
        noVpc.setZoneId(REGION + "-h");
        assertThat(code(noVpc)).isEqualTo("InvalidVpcId.NotFound");

        CreateSecurityGroupRequest sg = local(new CreateSecurityGroupRequest());
        sg.setRegionId(REGION);
        sg.setVpcId("vpc-doesnotexist0000000");
        assertThat(code(sg)).isEqualTo("InvalidVpcId.NotFound");
        assertThat(status(sg)).isEqualTo(404);
    }

    // alicloud_security_group: CreateSecurityGroup (VpcId, name, description, type) -> DescribeSecurityGroupAttribute
    // -> ModifySecurityGroupPolicy (inner_access_policy) -> TagResources -> DescribeSecurityGroups (read, tags)
    // -> ModifySecurityGroupAttribute (update) -> DeleteSecurityGroup -> DescribeSecurityGroups until gone.
    // alicloud_security_group_rule: DescribeSecurityGroupAttribute (the group's VpcId decides nic_type) ->
    // AuthorizeSecurityGroup[Egress] -> DescribeSecurityGroupAttribute (Direction) to read the rule back ->
    // ModifySecurityGroupRule (description) -> RevokeSecurityGroup[Egress] with the same fields.
    @Test
    void alicloudSecurityGroupAndRules() throws ClientException {
        String vpcId = createVpc("172.16.0.0/16", "sg-vpc");
        String web = createGroup(vpcId, "tf-web");
        String db = createGroup(vpcId, "tf-db");

        DescribeSecurityGroupAttributeResponse attr = attribute(web, null);
        assertThat(attr.getVpcId()).isEqualTo(vpcId);
        assertThat(attr.getInnerAccessPolicy()).isEqualTo("Accept");
        assertThat(attr.getPermissions()).isEmpty();

        ModifySecurityGroupPolicyRequest policy = local(new ModifySecurityGroupPolicyRequest());
        policy.setRegionId(REGION);
        policy.setSecurityGroupId(web);
        policy.setInnerAccessPolicy("Drop");
        client.getAcsResponse(policy);
        assertThat(attribute(web, null).getInnerAccessPolicy()).isEqualTo("Drop");

        com.aliyuncs.ecs.model.v20140526.TagResourcesRequest tag =
                local(new com.aliyuncs.ecs.model.v20140526.TagResourcesRequest());
        tag.setRegionId(REGION);
        tag.setResourceType("securitygroup");
        tag.setResourceIds(List.of(web));
        var t = new com.aliyuncs.ecs.model.v20140526.TagResourcesRequest.Tag();
        t.setKey("team");
        t.setValue("blue");
        tag.setTags(List.of(t));
        client.getAcsResponse(tag);
        DescribeSecurityGroupsRequest read = local(new DescribeSecurityGroupsRequest());
        read.setRegionId(REGION);
        read.setSecurityGroupId(web);
        List<DescribeSecurityGroupsResponse.SecurityGroup> found = client.getAcsResponse(read).getSecurityGroups();
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.getTags()).singleElement().satisfies(x -> {
                assertThat(x.getTagKey()).isEqualTo("team");
                assertThat(x.getTagValue()).isEqualTo("blue");
            });
        });

        ModifySecurityGroupAttributeRequest rename = local(new ModifySecurityGroupAttributeRequest());
        rename.setRegionId(REGION);
        rename.setSecurityGroupId(web);
        rename.setSecurityGroupName("tf-web-2");
        rename.setDescription("renamed");
        client.getAcsResponse(rename);
        assertThat(attribute(web, null).getSecurityGroupName()).isEqualTo("tf-web-2");

        // the rule: ingress tcp 22/22 from 0.0.0.0/0, accept, priority 1, intranet
        AuthorizeSecurityGroupRequest ssh = sshRule(web);
        client.getAcsResponse(ssh);
        client.getAcsResponse(sshRule(web)); // the same rule again: success, nothing added
        List<DescribeSecurityGroupAttributeResponse.Permission> ingress = attribute(web, "ingress").getPermissions();
        assertThat(ingress).singleElement().satisfies(p -> {
            assertThat(p.getSecurityGroupRuleId()).startsWith("sgr-");
            assertThat(p.getDirection()).isEqualTo("ingress");
            assertThat(p.getIpProtocol()).isEqualTo("TCP");
            assertThat(p.getPortRange()).isEqualTo("22/22");
            assertThat(p.getSourceCidrIp()).isEqualTo("0.0.0.0/0");
            assertThat(p.getPolicy()).isEqualTo("Accept");
            assertThat(p.getPriority()).isEqualTo("1");
            assertThat(p.getNicType()).isEqualTo("intranet");
            assertThat(p.getDescription()).isEqualTo("ssh");
            assertThat(p.getCreateTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        });

        // egress to the db group
        AuthorizeSecurityGroupEgressRequest toDb = local(new AuthorizeSecurityGroupEgressRequest());
        toDb.setRegionId(REGION);
        toDb.setSecurityGroupId(web);
        toDb.setIpProtocol("tcp");
        toDb.setPortRange("3306/3306");
        toDb.setDestGroupId(db);
        toDb.setPolicy("accept");
        toDb.setPriority("5");
        toDb.setNicType("intranet");
        client.getAcsResponse(toDb);
        assertThat(attribute(web, "egress").getPermissions()).singleElement().satisfies(p -> {
            assertThat(p.getDestGroupId()).isEqualTo(db);
            assertThat(p.getPriority()).isEqualTo("5");
        });
        assertThat(attribute(web, null).getPermissions()).hasSize(2);

        DescribeSecurityGroupReferencesRequest refs = local(new DescribeSecurityGroupReferencesRequest());
        refs.setRegionId(REGION);
        refs.setSecurityGroupIds(List.of(db));
        assertThat(client.getAcsResponse(refs).getSecurityGroupReferences()).singleElement()
                .satisfies(r -> assertThat(r.getReferencingSecurityGroups())
                        .extracting(x -> x.getSecurityGroupId()).containsExactly(web));

        // update of the rule's description, found by its fields (the provider's update)
        ModifySecurityGroupRuleRequest describeIt = local(new ModifySecurityGroupRuleRequest());
        describeIt.setRegionId(REGION);
        describeIt.setSecurityGroupId(web);
        describeIt.setIpProtocol("tcp");
        describeIt.setPortRange("22/22");
        describeIt.setSourceCidrIp("0.0.0.0/0");
        describeIt.setPolicy("accept");
        describeIt.setPriority("1");
        describeIt.setNicType("intranet");
        describeIt.setDescription("ssh from anywhere");
        client.getAcsResponse(describeIt);
        assertThat(attribute(web, "ingress").getPermissions()).singleElement()
                .satisfies(p -> assertThat(p.getDescription()).isEqualTo("ssh from anywhere"));

        RevokeSecurityGroupRequest revoke = local(new RevokeSecurityGroupRequest());
        revoke.setRegionId(REGION);
        revoke.setSecurityGroupId(web);
        revoke.setIpProtocol("tcp");
        revoke.setPortRange("22/22");
        revoke.setSourceCidrIp("0.0.0.0/0");
        revoke.setPolicy("accept");
        revoke.setPriority("1");
        revoke.setNicType("intranet");
        client.getAcsResponse(revoke);
        assertThat(attribute(web, "ingress").getPermissions()).isEmpty();

        RevokeSecurityGroupEgressRequest revokeEgress = local(new RevokeSecurityGroupEgressRequest());
        revokeEgress.setRegionId(REGION);
        revokeEgress.setSecurityGroupId(web);
        revokeEgress.setIpProtocol("tcp");
        revokeEgress.setPortRange("3306/3306");
        revokeEgress.setDestGroupId(db);
        revokeEgress.setPolicy("accept");
        revokeEgress.setPriority("5");
        revokeEgress.setNicType("intranet");
        client.getAcsResponse(revokeEgress);
        assertThat(attribute(web, null).getPermissions()).isEmpty();

        for (String g : List.of(web, db)) {
            DeleteSecurityGroupRequest delete = local(new DeleteSecurityGroupRequest());
            delete.setRegionId(REGION);
            delete.setSecurityGroupId(g);
            client.getAcsResponse(delete);
        }
        assertThat(client.getAcsResponse(read).getSecurityGroups()).isEmpty();
        DeleteVpcRequest deleteVpc = local(new DeleteVpcRequest());
        deleteVpc.setRegionId(REGION);
        deleteVpc.setVpcId(vpcId);
        client.getAcsResponse(deleteVpc);
    }

    @Test
    void ruleRefusalsAnswerTheDocumentedCodes() throws ClientException {
        String vpcId = createVpc("172.20.0.0/16", "rules");
        String web = createGroup(vpcId, "web");

        AuthorizeSecurityGroupRequest badPorts = sshRule(web);
        badPorts.setPortRange("22-22");
        assertThat(code(badPorts)).isEqualTo("InvalidParam.PortRange");

        AuthorizeSecurityGroupRequest allWithPorts = sshRule(web);
        allWithPorts.setIpProtocol("all");
        assertThat(code(allWithPorts)).isEqualTo("InvalidParam.PortRange");

        AuthorizeSecurityGroupRequest badProtocol = sshRule(web);
        badProtocol.setIpProtocol("sctp");
        assertThat(code(badProtocol)).isEqualTo("InvalidIpProtocol.ValueNotSupported");

        AuthorizeSecurityGroupRequest badPolicy = sshRule(web);
        badPolicy.setPolicy("maybe");
        assertThat(code(badPolicy)).isEqualTo("InvalidPolicy.Malformed");

        AuthorizeSecurityGroupRequest badPriority = sshRule(web);
        badPriority.setPriority("101");
        assertThat(code(badPriority)).isEqualTo("InvalidPriority.Malformed");

        AuthorizeSecurityGroupRequest badCidr = sshRule(web);
        badCidr.setSourceCidrIp("300.0.0.0/8");
        assertThat(code(badCidr)).isEqualTo("InvalidSourceCidrIp.Malformed");

        AuthorizeSecurityGroupRequest noSource = sshRuleWithoutSource(web);
        assertThat(code(noSource)).isEqualTo("MissingParameter.Source");

        AuthorizeSecurityGroupRequest unknownPeer = sshRuleWithoutSource(web);
        unknownPeer.setSourceGroupId("sg-doesnotexist000000");
        assertThat(code(unknownPeer)).isEqualTo("InvalidSourceGroupId.NotFound");
        assertThat(status(unknownPeer)).isEqualTo(404);

        String otherVpc = createVpc("172.21.0.0/16", "other");
        String elsewhere = createGroup(otherVpc, "elsewhere");
        AuthorizeSecurityGroupRequest otherVpcPeer = sshRuleWithoutSource(web);
        otherVpcPeer.setSourceGroupId(elsewhere);
        assertThat(code(otherVpcPeer)).isEqualTo("InvalidSourceGroupId.Mismatch");

        AuthorizeSecurityGroupRequest twice = local(new AuthorizeSecurityGroupRequest());
        twice.setRegionId(REGION);
        twice.setSecurityGroupId(web);
        List<AuthorizeSecurityGroupRequest.Permissions> same = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var p = new AuthorizeSecurityGroupRequest.Permissions();
            p.setIpProtocol("TCP");
            p.setPortRange("80/80");
            p.setSourceCidrIp("10.0.0.0/8");
            same.add(p);
        }
        twice.setPermissions(same);
        assertThat(code(twice)).isEqualTo("InvalidParam.DuplicatePermissions");

        AuthorizeSecurityGroupRequest noGroup = sshRule("sg-doesnotexist000000");
        assertThat(code(noGroup)).isEqualTo("InvalidSecurityGroupId.NotFound");
        assertThat(status(noGroup)).isEqualTo(404);

        // none of the refusals left a rule behind
        assertThat(attribute(web, null).getPermissions()).isEmpty();

        RevokeSecurityGroupRequest byUnknownId = local(new RevokeSecurityGroupRequest());
        byUnknownId.setRegionId(REGION);
        byUnknownId.setSecurityGroupId(web);
        byUnknownId.setSecurityGroupRuleIds(List.of("sgr-doesnotexist000000"));
        assertThat(code(byUnknownId)).isEqualTo("InvalidSecurityGroupRuleId.NotFound");

        ModifySecurityGroupPolicyRequest badInner = local(new ModifySecurityGroupPolicyRequest());
        badInner.setRegionId(REGION);
        badInner.setSecurityGroupId(web);
        badInner.setInnerAccessPolicy("Sometimes");
        assertThat(code(badInner)).isEqualTo("InvalidPolicy.Malformed");

        DeleteVpcRequest deleteVpc = local(new DeleteVpcRequest());
        deleteVpc.setRegionId(REGION);
        deleteVpc.setVpcId(vpcId);
        assertThat(code(deleteVpc)).isEqualTo("DependencyViolation.SecurityGroup");
    }

    private String createGroup(String vpcId, String name) throws ClientException {
        CreateSecurityGroupRequest create = local(new CreateSecurityGroupRequest());
        create.setRegionId(REGION);
        create.setVpcId(vpcId);
        create.setSecurityGroupName(name);
        create.setDescription("made by terraform");
        create.setSecurityGroupType("normal");
        return client.getAcsResponse(create).getSecurityGroupId();
    }

    private AuthorizeSecurityGroupRequest sshRule(String groupId) {
        AuthorizeSecurityGroupRequest rule = sshRuleWithoutSource(groupId);
        rule.setSourceCidrIp("0.0.0.0/0");
        return rule;
    }

    private AuthorizeSecurityGroupRequest sshRuleWithoutSource(String groupId) {
        AuthorizeSecurityGroupRequest rule = local(new AuthorizeSecurityGroupRequest());
        rule.setRegionId(REGION);
        rule.setSecurityGroupId(groupId);
        rule.setIpProtocol("tcp");
        rule.setPortRange("22/22");
        rule.setPolicy("accept");
        rule.setPriority("1");
        rule.setNicType("intranet");
        rule.setDescription("ssh");
        return rule;
    }

    private DescribeSecurityGroupAttributeResponse attribute(String groupId, String direction) throws ClientException {
        DescribeSecurityGroupAttributeRequest read = local(new DescribeSecurityGroupAttributeRequest());
        read.setRegionId(REGION);
        read.setSecurityGroupId(groupId);
        if (direction != null) read.setDirection(direction);
        return client.getAcsResponse(read);
    }
}
