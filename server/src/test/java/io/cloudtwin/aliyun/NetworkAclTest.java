package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AssociateNetworkAclRequest;
import com.aliyuncs.vpc.model.v20160428.CopyNetworkAclEntriesRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNetworkAclRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNetworkAclRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNetworkAclAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNetworkAclAttributesResponse.NetworkAclAttribute;
import com.aliyuncs.vpc.model.v20160428.DescribeNetworkAclsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNetworkAclsResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.ListTagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyNetworkAclAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateNetworkAclRequest;
import com.aliyuncs.vpc.model.v20160428.UpdateNetworkAclEntriesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_network_acl and alicloud_vpc_network_acl_attachment, in the provider's order and with its
 * parameters, through the VPC SDK: CreateNetworkAcl -> DescribeNetworkAclAttributes until Available ->
 * UpdateNetworkAclEntries (both directions) -> TagResources NETWORKACL -> AssociateNetworkAcl -> DescribeNetworkAcls
 * with ResourceType VSwitch and no ResourceId until the vSwitch is BINDED -> UnassociateNetworkAcl -> DeleteNetworkAcl
 * -> InvalidNetworkAcl.NotFound, "gone". And the rules: entries as the API documents them, at most 20 a direction;
 * vSwitches of the ACL's VPC, one ACL each; neither a bound ACL nor a bound vSwitch nor a VPC with ACLs deleted; the
 * state round trip; a deletion and an association racing never both win.
 */
class NetworkAclTest extends ServerTestBase {
    private IAcsClient vpc;
    private String vpcId;
    private String vSwitchId;

    @BeforeEach
    void clients() throws Exception {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        vpcId = vpc("172.16.0.0/16");
        vSwitchId = vSwitch(vpcId, "172.16.1.0/24");
    }

    private <T extends AcsRequest<?>> T regional(T request) {
        local(request).setSysRegionId(REGION);
        return request;
    }

    private String vpc(String cidr) throws ClientException {
        CreateVpcRequest v = regional(new CreateVpcRequest());
        v.setCidrBlock(cidr);
        return vpc.getAcsResponse(v).getVpcId();
    }

    private String vSwitch(String inVpc, String cidr) throws ClientException {
        CreateVSwitchRequest c = regional(new CreateVSwitchRequest());
        c.setVpcId(inVpc);
        c.setCidrBlock(cidr);
        c.setZoneId(REGION + "-h");
        return vpc.getAcsResponse(c).getVSwitchId();
    }

    private String create(String inVpc, String name) throws ClientException {
        CreateNetworkAclRequest c = regional(new CreateNetworkAclRequest());
        c.setVpcId(inVpc);
        c.setNetworkAclName(name);
        c.setDescription("tf-description");
        c.setClientToken("token-" + name + "-" + inVpc);
        return vpc.getAcsResponse(c).getNetworkAclId();
    }

    private NetworkAclAttribute read(String id) throws ClientException {
        DescribeNetworkAclAttributesRequest d = regional(new DescribeNetworkAclAttributesRequest());
        d.setNetworkAclId(id);
        return vpc.getAcsResponse(d).getNetworkAclAttribute();
    }

    private static UpdateNetworkAclEntriesRequest.IngressAclEntries ingress(String name, String protocol, String port,
                                                                           String cidr, String policy) {
        var e = new UpdateNetworkAclEntriesRequest.IngressAclEntries();
        e.setNetworkAclEntryName(name);
        e.setDescription(name + "-description");
        e.setBizProtocol(protocol);
        e.setPort(port);
        e.setSourceCidrIp(cidr);
        e.setPolicy(policy);
        e.setEntryType("custom");
        return e;
    }

    private Object updateIngress(String id, List<UpdateNetworkAclEntriesRequest.IngressAclEntries> entries)
            throws ClientException {
        UpdateNetworkAclEntriesRequest u = regional(new UpdateNetworkAclEntriesRequest());
        u.setNetworkAclId(id);
        u.setUpdateIngressAclEntries(true);
        u.setIngressAclEntriess(entries);
        return vpc.getAcsResponse(u);
    }

    private Object associate(String id, String vSwitch) throws ClientException {
        AssociateNetworkAclRequest a = regional(new AssociateNetworkAclRequest());
        a.setNetworkAclId(id);
        var r = new AssociateNetworkAclRequest.Resource();
        r.setResourceType("VSwitch");
        r.setResourceId(vSwitch);
        a.setResources(List.of(r));
        return vpc.getAcsResponse(a);
    }

    private Object unassociate(String id, String vSwitch) throws ClientException {
        UnassociateNetworkAclRequest u = regional(new UnassociateNetworkAclRequest());
        u.setNetworkAclId(id);
        var r = new UnassociateNetworkAclRequest.Resource();
        r.setResourceType("VSwitch");
        r.setResourceId(vSwitch);
        u.setResources(List.of(r));
        return vpc.getAcsResponse(u);
    }

    private Object delete(String id) throws ClientException {
        DeleteNetworkAclRequest d = regional(new DeleteNetworkAclRequest());
        d.setNetworkAclId(id);
        return vpc.getAcsResponse(d);
    }

    /** The attachment's read: DescribeNetworkAcls by NetworkAclId with ResourceType VSwitch and no ResourceId. */
    private List<DescribeNetworkAclsResponse.NetworkAcl.Resource> attached(String id) throws ClientException {
        DescribeNetworkAclsRequest d = regional(new DescribeNetworkAclsRequest());
        d.setNetworkAclId(id);
        d.setResourceType("VSwitch");
        var acls = vpc.getAcsResponse(d).getNetworkAcls();
        return acls.isEmpty() ? List.of() : acls.get(0).getResources();
    }

    private static List<String> entries(List<NetworkAclAttribute.IngressAclEntry> entries) {
        return entries.stream().map(e -> e.getEntryType() + ":" + e.getPolicy() + ":" + e.getBizProtocol() + ":"
                + e.getPort() + ":" + e.getSourceCidrIp()).toList();
    }

    @Test
    void anAclAndItsAttachmentTheProvidersWay() throws Exception {
        String id = create(vpcId, "tf-acl");
        assertThat(create(vpcId, "tf-acl")).as("the same ClientToken, the same ACL").isEqualTo(id);
        NetworkAclAttribute fresh = read(id);
        assertThat(fresh.getStatus()).isEqualTo("Available");
        assertThat(fresh.getNetworkAclName()).isEqualTo("tf-acl");
        assertThat(fresh.getVpcId()).isEqualTo(vpcId);
        assertThat(entries(fresh.getIngressAclEntries())).as("what a new ACL holds")
                .containsExactly("custom:accept:all:-1/-1:0.0.0.0/0", "system:drop:all:-1/-1:0.0.0.0/0");
        assertThat(fresh.getEgressAclEntries()).extracting(e -> e.getEntryType() + ":" + e.getPolicy() + ":"
                + e.getDestinationCidrIp()).containsExactly("custom:accept:0.0.0.0/0", "system:drop:0.0.0.0/0");

        updateIngress(id, List.of(ingress("web", "tcp", "20/80", "10.0.0.0/24", "accept"),
                ingress("ping", "icmp", "-1/-1", "10.0.1.0/24", "drop")));
        UpdateNetworkAclEntriesRequest egress = regional(new UpdateNetworkAclEntriesRequest());
        egress.setNetworkAclId(id);
        egress.setUpdateEgressAclEntries(true);
        var out = new UpdateNetworkAclEntriesRequest.EgressAclEntries();
        out.setNetworkAclEntryName("out");
        out.setBizProtocol("udp");
        out.setPort("53/53");
        out.setDestinationCidrIp("10.0.2.0/24");
        out.setPolicy("accept");
        egress.setEgressAclEntriess(List.of(out));
        vpc.getAcsResponse(egress);
        TagResourcesRequest tag = regional(new TagResourcesRequest());
        tag.setResourceType("NETWORKACL");
        tag.setResourceIds(List.of(id));
        var t = new TagResourcesRequest.Tag();
        t.setKey("team");
        t.setValue("net");
        tag.setTags(List.of(t));
        vpc.getAcsResponse(tag);

        NetworkAclAttribute updated = read(id);
        assertThat(entries(updated.getIngressAclEntries())).as("in order, the cloud's entry last").containsExactly(
                "custom:accept:tcp:20/80:10.0.0.0/24", "custom:drop:icmp:-1/-1:10.0.1.0/24",
                "system:drop:all:-1/-1:0.0.0.0/0");
        assertThat(updated.getIngressAclEntries().get(0).getNetworkAclEntryName()).isEqualTo("web");
        assertThat(updated.getIngressAclEntries().get(0).getDescription()).isEqualTo("web-description");
        assertThat(updated.getIngressAclEntries().get(0).getNetworkAclEntryId()).startsWith("nae-");
        assertThat(updated.getEgressAclEntries()).extracting(e -> e.getNetworkAclEntryName() + ":" + e.getPort())
                .containsExactly("out:53/53", ":-1/-1");
        ListTagResourcesRequest tagged = regional(new ListTagResourcesRequest());
        tagged.setResourceType("NETWORKACL");
        tagged.setResourceIds(List.of(id));
        assertThat(vpc.getAcsResponse(tagged).getTagResources()).extracting(x -> x.getTagKey() + "=" + x.getTagValue())
                .containsExactly("team=net");

        associate(id, vSwitchId);
        assertThat(attached(id)).singleElement().satisfies(r -> {
            assertThat(r.getResourceId()).isEqualTo(vSwitchId);
            assertThat(r.getResourceType()).isEqualTo("VSwitch");
            assertThat(r.getStatus()).isEqualTo("BINDED");
        });
        DescribeVSwitchAttributesRequest sw = regional(new DescribeVSwitchAttributesRequest());
        sw.setVSwitchId(vSwitchId);
        assertThat(vpc.getAcsResponse(sw).getNetworkAclId()).isEqualTo(id);
        DescribeVSwitchesRequest list = regional(new DescribeVSwitchesRequest());
        list.setVpcId(vpcId);
        assertThat(vpc.getAcsResponse(list).getVSwitches()).extracting(v -> v.getNetworkAclId()).containsExactly(id);
        assertThat(code(() -> delete(id))).as("a bound ACL stays").isEqualTo("NetworkAclExistBinding");
        DeleteVSwitchRequest dropSwitch = regional(new DeleteVSwitchRequest());
        dropSwitch.setVSwitchId(vSwitchId);
        assertThat(code(() -> vpc.getAcsResponse(dropSwitch))).as("a bound vSwitch stays")
                .isEqualTo("DependencyViolation.NetworkAcl");

        unassociate(id, vSwitchId);
        assertThat(attached(id)).isEmpty();
        assertThat(vpc.getAcsResponse(sw).getNetworkAclId()).isEmpty();
        assertThat(code(() -> unassociate(id, vSwitchId))).isEqualTo("InvalidResource.NotBinding");
        delete(id);
        assertThat(code(() -> read(id))).as("gone, as the provider reads it").isEqualTo("InvalidNetworkAcl.NotFound");
    }

    @Test
    void entriesAsTheApiDocumentsThem() throws Exception {
        String id = create(vpcId, "rules");
        List<String> before = entries(read(id).getIngressAclEntries());
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "tcp", "20/80", "10.0.0.0/24", "allow")))))
                .isEqualTo("ParameterIllegal.Policy");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "sctp", "20/80", "10.0.0.0/24", "accept")))))
                .isEqualTo("ParameterIllegal.Protocol");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "tcp", "-1/-1", "10.0.0.0/24", "accept")))))
                .as("tcp needs ports").isEqualTo("ParameterIllegal.Port");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "tcp", "80/20", "10.0.0.0/24", "accept")))))
                .isEqualTo("ParameterIllegal.Port");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "icmp", "80/80", "10.0.0.0/24", "accept")))))
                .as("icmp takes none").isEqualTo("ParameterIllegal.Port");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "tcp", "80/80", "10.0.0.300/24", "accept")))))
                .isEqualTo("ParameterIllegal.SourceCidrIp");
        assertThat(code(() -> updateIngress(id, List.of(ingress("a", "tcp", "80/80", null, "accept")))))
                .isEqualTo("ParameterMissing.SourceCidrIp");
        List<UpdateNetworkAclEntriesRequest.IngressAclEntries> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add(ingress("e" + i, "tcp", (i + 1) + "/" + (i + 1), "10.0.0.0/24", "accept"));
        assertThat(code(() -> updateIngress(id, many))).isEqualTo("QuotaExceed.NetworkAclEntry");
        var foreign = ingress("a", "tcp", "80/80", "10.0.0.0/24", "accept");
        foreign.setNetworkAclEntryId("nae-notthisaclsentry00");
        assertThat(code(() -> updateIngress(id, List.of(foreign)))).isEqualTo("IllegalParam.IngressAclEntryId");
        assertThat(entries(read(id).getIngressAclEntries())).as("refusals changed nothing").isEqualTo(before);

        updateIngress(id, many.subList(0, 20));
        String kept = read(id).getIngressAclEntries().get(3).getNetworkAclEntryId();
        var again = ingress("kept", "udp", "9/9", "10.0.9.0/24", "drop");
        again.setNetworkAclEntryId(kept);
        var twice = ingress("twice", "udp", "10/10", "10.0.9.0/24", "drop");
        twice.setNetworkAclEntryId(kept);
        assertThat(code(() -> updateIngress(id, List.of(again, twice)))).as("one entry's id given twice")
                .isEqualTo("IllegalParam.IngressAclEntryId");
        assertThat(read(id).getIngressAclEntries()).as("that refusal changed nothing").hasSize(21);
        updateIngress(id, List.of(again));
        assertThat(read(id).getIngressAclEntries()).first().satisfies(e -> {
            assertThat(e.getNetworkAclEntryId()).as("an entry's id given back keeps it").isEqualTo(kept);
            assertThat(e.getPort()).isEqualTo("9/9");
        });
        updateIngress(id, List.of());
        assertThat(entries(read(id).getIngressAclEntries())).as("emptied but for the cloud's entry")
                .containsExactly("system:drop:all:-1/-1:0.0.0.0/0");
        ModifyNetworkAclAttributesRequest m = regional(new ModifyNetworkAclAttributesRequest());
        m.setNetworkAclId(id);
        m.setNetworkAclName("renamed");
        vpc.getAcsResponse(m);
        assertThat(read(id).getNetworkAclName()).isEqualTo("renamed");
        assertThat(read(id).getDescription()).isEqualTo("tf-description");
    }

    @Test
    void vSwitchesOfItsVpcOneAclEach() throws Exception {
        String id = create(vpcId, "one");
        String other = create(vpcId, "two");
        String elsewhere = vSwitch(vpc("10.20.0.0/16"), "10.20.1.0/24");
        assertThat(code(() -> associate(id, elsewhere))).isEqualTo("InvalidResource.VpcError");
        assertThat(code(() -> associate(id, "vsw-nothere"))).isEqualTo("InvalidResource.NotFound");
        assertThat(code(() -> associate("nacl-nothere", vSwitchId))).isEqualTo("InvalidNetworkAcl.NotFound");
        associate(id, vSwitchId);
        assertThat(code(() -> associate(other, vSwitchId))).isEqualTo("InvalidResource.BindingExist");
        assertThat(code(() -> unassociate(other, vSwitchId))).isEqualTo("InvalidResource.NotBinding");
        assertThat(attached(other)).isEmpty();

        DescribeNetworkAclsRequest byVSwitch = regional(new DescribeNetworkAclsRequest());
        byVSwitch.setResourceId(vSwitchId);
        byVSwitch.setResourceType("VSwitch");
        assertThat(vpc.getAcsResponse(byVSwitch).getNetworkAcls()).extracting(a -> a.getNetworkAclId())
                .containsExactly(id);
        DescribeNetworkAclsRequest inVpc = regional(new DescribeNetworkAclsRequest());
        inVpc.setVpcId(vpcId);
        var all = vpc.getAcsResponse(inVpc);
        assertThat(all.getTotalCount()).isEqualTo("2");
        assertThat(all.getNetworkAcls()).extracting(a -> a.getNetworkAclName()).containsExactly("one", "two");

        CopyNetworkAclEntriesRequest copy = regional(new CopyNetworkAclEntriesRequest());
        updateIngress(id, List.of(ingress("ssh", "tcp", "22/22", "10.0.0.0/8", "accept")));
        copy.setNetworkAclId(other);
        copy.setSourceNetworkAclId(id);
        vpc.getAcsResponse(copy);
        assertThat(entries(read(other).getIngressAclEntries())).containsExactly("custom:accept:tcp:22/22:10.0.0.0/8",
                "system:drop:all:-1/-1:0.0.0.0/0");

        unassociate(id, vSwitchId);
        DeleteVSwitchRequest dropSwitch = regional(new DeleteVSwitchRequest());
        dropSwitch.setVSwitchId(vSwitchId);
        vpc.getAcsResponse(dropSwitch);
        DeleteVpcRequest dropVpc = regional(new DeleteVpcRequest());
        dropVpc.setVpcId(vpcId);
        assertThat(code(() -> vpc.getAcsResponse(dropVpc))).as("a VPC with ACLs stays")
                .isEqualTo("DependencyViolation.NetworkAcl");
        delete(id);
        delete(other);
        vpc.getAcsResponse(dropVpc);
    }

    @Test
    void twentyAclsAVpc() throws Exception {
        for (int i = 0; i < 20; i++) create(vpcId, "acl-" + i);
        assertThat(code(() -> create(vpcId, "one-more"))).isEqualTo("QuotaExceed.NetworkAcl");
        assertThat(code(() -> create("vpc-nothere", "x"))).isEqualTo("InvalidVpcId.NotFound");
    }

    /** DeleteNetworkAcl and AssociateNetworkAcl racing for one ACL: its row lock lets one win, never both. */
    @Test
    void aDeletionAndAnAssociationRacingNeverBothWin() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String id = create(vpcId, "race-" + round);
            Future<String> del = racing().submit(() -> ClassicSdk.outcome(() -> delete(id)));
            Future<String> bind = racing().submit(() -> ClassicSdk.outcome(() -> associate(id, vSwitchId)));
            String d = del.get(), b = bind.get();
            outcomes.add(d + "/" + b);
            assertThat(d.equals("ok") && b.equals("ok")).as("both won in round " + round).isFalse();
            if (b.equals("ok")) unassociate(id, vSwitchId);
            if (!d.equals("ok")) delete(id);
        }
        assertThat(outcomes).allMatch(o -> o.equals("ok/InvalidNetworkAcl.NotFound")
                || o.equals("NetworkAclExistBinding/ok"));
    }

    @Test
    void aclsRoundTripTheState() throws Exception {
        String id = create(vpcId, "kept");
        updateIngress(id, List.of(ingress("web", "tcp", "443/443", "10.0.0.0/24", "accept"),
                ingress("rest", "all", "-1/-1", "0.0.0.0/0", "drop")));
        associate(id, vSwitchId);
        NetworkAclAttribute before = read(id);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        NetworkAclAttribute after = read(id);
        assertThat(after.getNetworkAclName()).isEqualTo("kept");
        assertThat(after.getIngressAclEntries()).extracting(e -> e.getNetworkAclEntryId() + ":" + e.getPort())
                .isEqualTo(before.getIngressAclEntries().stream().map(e -> e.getNetworkAclEntryId() + ":" + e.getPort())
                        .toList());
        assertThat(after.getResources()).extracting(r -> r.getResourceId()).containsExactly(vSwitchId);
        assertThat(code(() -> delete(id))).isEqualTo("NetworkAclExistBinding");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String[] vSwitch(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.8.0.0/16").path("VpcId").asString();
            String s = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", "10.8.1.0/24", "ZoneId",
                    REGION + "-h").path("VSwitchId").asString();
            return new String[] {v, s};
        }

        private static String acl(AliyunApi api, String vpcId) {
            return api.vpc("CreateNetworkAcl", "RegionId", REGION, "VpcId", vpcId, "NetworkAclName", "n")
                    .path("NetworkAclId").asString();
        }

        /** An ACL with an entry each way and a vSwitch bound: "acl/vSwitch". */
        private static String bound(AliyunApi api) {
            String[] n = vSwitch(api);
            String id = acl(api, n[0]);
            api.vpc("UpdateNetworkAclEntries", "RegionId", REGION, "NetworkAclId", id, "UpdateIngressAclEntries", "true",
                    "IngressAclEntries.1.Policy", "accept", "IngressAclEntries.1.Protocol", "tcp",
                    "IngressAclEntries.1.Port", "22/22", "IngressAclEntries.1.SourceCidrIp", "10.0.0.0/8");
            api.vpc("AssociateNetworkAcl", "RegionId", REGION, "NetworkAclId", id, "Resource.1.ResourceType", "VSwitch",
                    "Resource.1.ResourceId", n[1]);
            return id + "/" + n[1];
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateNetworkAcl", api -> AliyunApi.params("RegionId", REGION, "VpcId", vSwitch(api)[0],
                    "NetworkAclName", "n", "Description", "d", "Tag.1.Key", "k", "Tag.1.Value", "v", "ClientToken", "c"));
            r.vpc("DescribeNetworkAcls", api -> AliyunApi.params("RegionId", REGION, "NetworkAclId",
                    bound(api).split("/")[0], "ResourceType", "VSwitch"));
            r.vpc("DescribeNetworkAclAttributes", api -> AliyunApi.params("RegionId", REGION, "NetworkAclId",
                    bound(api).split("/")[0]));
            r.vpc("ModifyNetworkAclAttributes", api -> AliyunApi.params("RegionId", REGION, "NetworkAclId",
                    acl(api, vSwitch(api)[0]), "NetworkAclName", "m", "Description", "d2"));
            r.vpc("UpdateNetworkAclEntries", api -> AliyunApi.params("RegionId", REGION, "NetworkAclId",
                    acl(api, vSwitch(api)[0]), "UpdateEgressAclEntries", "true", "EgressAclEntries.1.Policy", "drop",
                    "EgressAclEntries.1.Protocol", "udp", "EgressAclEntries.1.Port", "53/53",
                    "EgressAclEntries.1.DestinationCidrIp", "10.0.0.0/8", "EgressAclEntries.1.NetworkAclEntryName", "e",
                    "EgressAclEntries.1.Description", "d", "EgressAclEntries.1.IpVersion", "IPv4"));
            r.vpc("CopyNetworkAclEntries", api -> {
                String[] b = bound(api).split("/");
                String vpcId = api.vpc("DescribeNetworkAclAttributes", "RegionId", REGION, "NetworkAclId", b[0])
                        .path("NetworkAclAttribute").path("VpcId").asString();
                return AliyunApi.params("RegionId", REGION, "NetworkAclId", acl(api, vpcId), "SourceNetworkAclId",
                        b[0]);
            });
            r.vpc("AssociateNetworkAcl", api -> {
                String[] b = bound(api).split("/");
                api.vpc("UnassociateNetworkAcl", "RegionId", REGION, "NetworkAclId", b[0], "Resource.1.ResourceType",
                        "VSwitch", "Resource.1.ResourceId", b[1]);
                return AliyunApi.params("RegionId", REGION, "NetworkAclId", b[0], "Resource.1.ResourceType", "VSwitch",
                        "Resource.1.ResourceId", b[1]);
            });
            r.vpc("UnassociateNetworkAcl", api -> {
                String[] b = bound(api).split("/");
                return AliyunApi.params("RegionId", REGION, "NetworkAclId", b[0], "Resource.1.ResourceType", "VSwitch",
                        "Resource.1.ResourceId", b[1]);
            });
            r.vpc("DeleteNetworkAcl", api -> AliyunApi.params("RegionId", REGION, "NetworkAclId",
                    acl(api, vSwitch(api)[0])));
        }
    }
}
