package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.AttachDhcpOptionsSetToVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateDhcpOptionsSetRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteDhcpOptionsSetRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.DetachDhcpOptionsSetFromVpcRequest;
import com.aliyuncs.vpc.model.v20160428.GetDhcpOptionsSetRequest;
import com.aliyuncs.vpc.model.v20160428.GetDhcpOptionsSetResponse;
import com.aliyuncs.vpc.model.v20160428.ListDhcpOptionsSetsRequest;
import com.aliyuncs.vpc.model.v20160428.ReplaceVpcDhcpOptionsSetRequest;
import com.aliyuncs.vpc.model.v20160428.UpdateDhcpOptionsSetAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_vpc_dhcp_options_set and alicloud_vpc_dhcp_options_set_attachment in the provider's calls, through the VPC
 * SDK: CreateDhcpOptionsSet, then GetDhcpOptionsSet until Available; UpdateDhcpOptionsSetAttribute; the attachment's
 * AttachDhcpOptionsSetToVpc and DetachDhcpOptionsSetFromVpc (InUse while a VPC has it, the VPC answering its
 * DhcpOptionsSetId); DeleteDhcpOptionsSet, after which the read answers no Status: gone. One set per VPC; a set with
 * VPCs stays; what the API refuses changes nothing; the sets survive the state round trip.
 */
class DhcpOptionsSetTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.70.0.0/16");
        return vpc.call(v).getVpcId();
    }

    private String newSet(String name) throws ClientException {
        CreateDhcpOptionsSetRequest c = new CreateDhcpOptionsSetRequest();
        c.setDhcpOptionsSetName(name);
        c.setDomainName("corp.example.com");
        c.setDomainNameServers("100.100.2.136,100.100.2.138");
        return vpc.call(c).getDhcpOptionsSetId();
    }

    /** A CreateDhcpOptionsSet named "refused" with one more parameter. */
    private static CreateDhcpOptionsSetRequest create(String parameter, String value) {
        CreateDhcpOptionsSetRequest c = new CreateDhcpOptionsSetRequest();
        c.setDhcpOptionsSetName("refused");
        switch (parameter) {
            case "DomainNameServers" -> c.setDomainNameServers(value);
            case "LeaseTime" -> c.setLeaseTime(value);
            default -> c.setDomainName(value);
        }
        return c;
    }

    private GetDhcpOptionsSetResponse read(String id) throws ClientException {
        GetDhcpOptionsSetRequest g = new GetDhcpOptionsSetRequest();
        g.setDhcpOptionsSetId(id);
        return vpc.call(g);
    }

    private String vpcSet(String vpcId) throws ClientException {
        DescribeVpcAttributeRequest d = new DescribeVpcAttributeRequest();
        d.setVpcId(vpcId);
        var a = vpc.call(d);
        return a.getDhcpOptionsSetId() + " " + a.getDhcpOptionsSetStatus();
    }

    private <R extends AcsRequest<?>> R link(R request, String setId, String vpcId) {
        if (request instanceof AttachDhcpOptionsSetToVpcRequest a) {
            a.setDhcpOptionsSetId(setId);
            a.setVpcId(vpcId);
        } else if (request instanceof DetachDhcpOptionsSetFromVpcRequest d) {
            d.setDhcpOptionsSetId(setId);
            d.setVpcId(vpcId);
        } else if (request instanceof ReplaceVpcDhcpOptionsSetRequest r) {
            r.setDhcpOptionsSetId(setId);
            r.setVpcId(vpcId);
        }
        return request;
    }

    @Test
    void aSetAndItsAttachmentInTheProvidersSteps() throws Exception {
        String id = newSet("office");
        var read = read(id);
        assertThat(read.getStatus()).isEqualTo("Available");
        assertThat(List.of(read.getDhcpOptionsSetName(), read.getDhcpOptions().getDomainName(),
                read.getDhcpOptions().getDomainNameServers(), read.getDhcpOptions().getLeaseTime(),
                read.getDhcpOptions().getIpv6LeaseTime())).containsExactly("office", "corp.example.com",
                "100.100.2.136,100.100.2.138", "87600h", "87600h");

        UpdateDhcpOptionsSetAttributeRequest u = new UpdateDhcpOptionsSetAttributeRequest();
        u.setDhcpOptionsSetId(id);
        u.setDomainName("lab.example.com");
        u.setLeaseTime("24h");
        vpc.call(u);
        read = read(id);
        assertThat(List.of(read.getDhcpOptionsSetName(), read.getDhcpOptions().getDomainName(),
                read.getDhcpOptions().getLeaseTime())).as("the rest kept").containsExactly("office",
                "lab.example.com", "24h");

        String vpcId = newVpc();
        assertThat(vpcSet(vpcId)).isEqualTo(" ");
        vpc.call(link(new AttachDhcpOptionsSetToVpcRequest(), id, vpcId));
        read = read(id);
        assertThat(read.getStatus()).isEqualTo("InUse");
        assertThat(read.getAssociateVpcs()).extracting(v -> v.getVpcId() + " " + v.getAssociateStatus())
                .containsExactly(vpcId + " InUse");
        assertThat(vpcSet(vpcId)).isEqualTo(id + " InUse");
        DeleteDhcpOptionsSetRequest delete = new DeleteDhcpOptionsSetRequest();
        delete.setDhcpOptionsSetId(id);
        assertThat(vpc.refusal(delete)).isEqualTo("DependencyViolation.VpcAttachment");

        vpc.call(link(new DetachDhcpOptionsSetFromVpcRequest(), id, vpcId));
        assertThat(read(id).getStatus()).isEqualTo("Available");
        vpc.call(delete);
        assertThat(read(id).getStatus()).as("gone: no Status").isNull();
    }

    /**
     * alicloud_vpcs reads dhcp_options_set_id and vswitch_ids from the list: each VPC answers its own set (or none) and
     * its own vSwitches, for a page of VPCs named by ids separated by commas.
     */
    @Test
    void theListAnswersEachVpcsSetAndVSwitches() throws Exception {
        String a = newSet("a");
        String b = newSet("b");
        String first = newVpc();
        String none = newVpc();
        String third = newVpc();
        vpc.call(link(new AttachDhcpOptionsSetToVpcRequest(), a, first));
        vpc.call(link(new AttachDhcpOptionsSetToVpcRequest(), b, third));
        List<String> switches = new ArrayList<>();
        for (String cidr : List.of("10.70.1.0/24", "10.70.2.0/24")) {
            CreateVSwitchRequest s = new CreateVSwitchRequest();
            s.setVpcId(third);
            s.setCidrBlock(cidr);
            s.setZoneId(REGION + "-h");
            switches.add(vpc.call(s).getVSwitchId());
        }
        DescribeVpcsRequest list = new DescribeVpcsRequest();
        list.setVpcId(String.join(",", first, none, third));
        assertThat(vpc.call(list).getVpcs()).extracting(v -> v.getVpcId() + " " + v.getDhcpOptionsSetId() + " "
                + v.getDhcpOptionsSetStatus() + " " + v.getVSwitchIds()).containsExactlyInAnyOrder(
                first + " " + a + " InUse []", none + "   []", third + " " + b + " InUse " + switches);
    }

    @Test
    void oneSetAVpcAndTheReplacement() throws Exception {
        String a = newSet("a");
        String b = newSet("b");
        String vpcId = newVpc();
        assertThat(vpc.refusal(link(new ReplaceVpcDhcpOptionsSetRequest(), b, vpcId)))
                .isEqualTo("OperationFailed.AttachmentNotExist");
        vpc.call(link(new AttachDhcpOptionsSetToVpcRequest(), a, vpcId));
        assertThat(vpc.refusal(link(new AttachDhcpOptionsSetToVpcRequest(), b, vpcId)))
                .isEqualTo("OperationFailed.AttachmentExist");
        assertThat(vpc.refusal(link(new DetachDhcpOptionsSetFromVpcRequest(), b, vpcId)))
                .isEqualTo("OperationFailed.AttachmentNotExist");
        vpc.call(link(new ReplaceVpcDhcpOptionsSetRequest(), b, vpcId));
        assertThat(vpcSet(vpcId)).isEqualTo(b + " InUse");
        assertThat(read(a).getStatus()).isEqualTo("Available");

        ListDhcpOptionsSetsRequest list = new ListDhcpOptionsSetsRequest();
        list.setDhcpOptionsSetIds(List.of(a, b));
        assertThat(vpc.call(list).getDhcpOptionsSets()).extracting(s -> s.getDhcpOptionsSetId() + " " + s.getStatus()
                + " " + s.getAssociateVpcCount()).containsExactly(a + " Available 0", b + " InUse 1");
        list.setMaxResults(1);
        var first = vpc.call(list);
        assertThat(first.getDhcpOptionsSets()).hasSize(1);
        list.setNextToken(first.getNextToken());
        assertThat(vpc.call(list).getDhcpOptionsSets()).extracting(s -> s.getDhcpOptionsSetId()).containsExactly(b);
        // a token naming a set deleted since is refused in the cloud's format, not failed
        DeleteDhcpOptionsSetRequest dropA = new DeleteDhcpOptionsSetRequest();
        dropA.setDhcpOptionsSetId(a);
        vpc.call(dropA);
        assertThat(vpc.refusal(list)).isEqualTo("InvalidParameter");
    }

    @Test
    void whatTheApiRefusesChangesNothing() throws Exception {
        assertThat(vpc.refusal(create("DomainNameServers", "1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4,5.5.5.5")))
                .isEqualTo("QuotaExceeded.DomainNameServers");
        assertThat(vpc.refusal(create("DomainNameServers", "dns.example.com"))).isEqualTo("IllegalParam.DomainNameServers");
        assertThat(vpc.refusal(create("LeaseTime", "2000h"))).isEqualTo("IllegalParam.LeaseTime");
        assertThat(vpc.refusal(create("DomainName", "-bad-.example"))).isEqualTo("IllegalParam.DomainName");
        ListDhcpOptionsSetsRequest byName = new ListDhcpOptionsSetsRequest();
        byName.setDhcpOptionsSetName("refused");
        assertThat(vpc.call(byName).getDhcpOptionsSets()).as("nothing made").isEmpty();

        String id = newSet("kept");
        UpdateDhcpOptionsSetAttributeRequest u = new UpdateDhcpOptionsSetAttributeRequest();
        u.setDhcpOptionsSetId(id);
        u.setDomainName("ok.example.com");
        u.setLeaseTime("1h");
        assertThat(vpc.refusal(u)).as("the code the update documents").isEqualTo("OperationUnsupported.DhcpLeaseTime");
        assertThat(read(id).getDhcpOptions().getDomainName()).as("nothing changed").isEqualTo("corp.example.com");
        UpdateDhcpOptionsSetAttributeRequest missing = new UpdateDhcpOptionsSetAttributeRequest();
        missing.setDhcpOptionsSetId("dopt-missing");
        missing.setDomainName("ok.example.com");
        assertThat(vpc.refusal(missing)).isEqualTo("InvalidDhcpOptionsSetId.NotFound");
        assertThat(vpc.refusal(link(new AttachDhcpOptionsSetToVpcRequest(), id, "vpc-missing")))
                .isEqualTo("InvalidVpcId.NotFound");
    }

    /**
     * The provider's create ends in its update, which tags a new set with TagResources and ResourceType
     * DhcpOptionsSet, in that case (the VPC product takes its types in any case).
     */
    @Test
    void theProvidersTagUpdateReachesTheSet() throws Exception {
        var api = new AliyunApi(port);
        String id = Recipe.set(api);
        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "DhcpOptionsSet", "ResourceId.1", id,
                "Tag.1.Key", "env", "Tag.1.Value", "dev");
        var listed = api.vpc("ListTagResources", "RegionId", REGION, "ResourceType", "DhcpOptionsSet",
                "ResourceId.1", id).path("TagResources").path("TagResource");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.path(0).path("TagKey").asString() + "=" + listed.path(0).path("TagValue").asString())
                .isEqualTo("env=dev");
        api.vpc("UnTagResources", "RegionId", REGION, "ResourceType", "dhcpoptionsset", "ResourceId.1", id,
                "TagKey.1", "env");
        assertThat(api.vpc("ListTagResources", "RegionId", REGION, "ResourceType", "DhcpOptionsSet",
                "ResourceId.1", id).path("TagResources").path("TagResource").size()).isZero();
    }

    @Test
    void theSetsSurviveTheStateRoundTrip() throws Exception {
        String id = newSet("exported");
        String vpcId = newVpc();
        vpc.call(link(new AttachDhcpOptionsSetToVpcRequest(), id, vpcId));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("dhcpOptionsSets").contains(id);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(vpcSet(vpcId)).isEqualTo(id + " InUse");
        assertThat(read(id).getDhcpOptions().getDomainName()).isEqualTo("corp.example.com");
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String set(AliyunApi api) {
            return api.vpc("CreateDhcpOptionsSet", "RegionId", REGION, "DomainName", "r.example.com",
                    "DomainNameServers", "100.100.2.136").path("DhcpOptionsSetId").asString();
        }

        private static String vpc(AliyunApi api) {
            return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.71.0.0/16").path("VpcId").asString();
        }

        private static String[] attached(AliyunApi api) {
            String s = set(api);
            String v = vpc(api);
            api.vpc("AttachDhcpOptionsSetToVpc", "RegionId", REGION, "DhcpOptionsSetId", s, "VpcId", v);
            return new String[] {s, v};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateDhcpOptionsSet", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetName", "d",
                    "DomainName", "r.example.com", "DomainNameServers", "100.100.2.136,100.100.2.138", "LeaseTime",
                    "24h", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.vpc("GetDhcpOptionsSet", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId", attached(api)[0]));
            r.vpc("ListDhcpOptionsSets", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId.1",
                    attached(api)[0]));
            r.vpc("UpdateDhcpOptionsSetAttribute", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId",
                    set(api), "DomainName", "s.example.com"));
            r.vpc("DeleteDhcpOptionsSet", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId", set(api)))
                    .fails("DependencyViolation.VpcAttachment", api -> AliyunApi.params("RegionId", REGION,
                            "DhcpOptionsSetId", attached(api)[0]));
            r.vpc("AttachDhcpOptionsSetToVpc", api -> AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId",
                    set(api), "VpcId", vpc(api)));
            r.vpc("DetachDhcpOptionsSetFromVpc", api -> {
                String[] a = attached(api);
                return AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId", a[0], "VpcId", a[1]);
            });
            r.vpc("ReplaceVpcDhcpOptionsSet", api -> {
                String[] a = attached(api);
                return AliyunApi.params("RegionId", REGION, "DhcpOptionsSetId", set(api), "VpcId", a[1]);
            });
        }
    }
}
