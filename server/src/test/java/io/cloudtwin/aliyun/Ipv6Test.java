package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateIpv6GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpv6GatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeIpv6GatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeIpv6GatewayAttributeResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeIpv6GatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyIpv6GatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVSwitchAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.MoveResourceGroupRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * IPv6 in a VPC through the classic VPC SDK, as Terraform asks for it: alicloud_vpc's enable_ipv6 and ipv6_isp
 * (CreateVpc, ModifyVpcAttribute, read back by DescribeVpcAttribute), alicloud_vswitch's ipv6_cidr_block_mask
 * (CreateVSwitch, ModifyVSwitchAttribute, read back by DescribeVSwitchAttributes) and alicloud_vpc_ipv6_gateway
 * (CreateIpv6Gateway, DescribeIpv6GatewayAttribute until Available, ModifyIpv6GatewayAttribute, TagResources and
 * MoveResourceGroup of IPV6GATEWAY, DeleteIpv6Gateway and the wait for an empty Status).
 */
class Ipv6Test extends ServerTestBase {
    /** A VPC's IPv6 block as the emulator gives one: a /56 of 2408:4005::/32. */
    private static final String VPC_BLOCK = "2408:4005:[0-9a-f]{3}:[0-9a-f]{2}00::/56";

    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc(boolean ipv6) throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.90.0.0/16");
        if (ipv6) v.setEnableIpv6(true);
        return vpc.call(v).getVpcId();
    }

    private CreateVSwitchRequest vSwitch(String vpcId, String cidr, Integer ipv6Index) {
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setZoneId(REGION + "-h");
        s.setCidrBlock(cidr);
        s.setIpv6CidrBlock(ipv6Index);
        return s;
    }

    private DescribeVpcAttributeResponse readVpc(String id) throws ClientException {
        DescribeVpcAttributeRequest d = new DescribeVpcAttributeRequest();
        d.setVpcId(id);
        return vpc.call(d);
    }

    private String vSwitchIpv6(String id) throws ClientException {
        DescribeVSwitchAttributesRequest d = new DescribeVSwitchAttributesRequest();
        d.setVSwitchId(id);
        return vpc.call(d).getIpv6CidrBlock();
    }

    private ModifyVpcAttributeRequest vpcIpv6(String id, Boolean enabled, String isp) {
        ModifyVpcAttributeRequest m = new ModifyVpcAttributeRequest();
        m.setVpcId(id);
        m.setEnableIPv6(enabled);
        m.setIpv6Isp(isp);
        return m;
    }

    private ModifyVSwitchAttributeRequest vSwitchIpv6(String id, Boolean enabled, Integer index) {
        ModifyVSwitchAttributeRequest m = new ModifyVSwitchAttributeRequest();
        m.setVSwitchId(id);
        m.setEnableIPv6(enabled);
        m.setIpv6CidrBlock(index);
        return m;
    }

    private String gateway(String vpcId) throws ClientException {
        CreateIpv6GatewayRequest c = new CreateIpv6GatewayRequest();
        c.setVpcId(vpcId);
        c.setName("v6out");
        c.setDescription("the IPv6 way out");
        return vpc.call(c).getIpv6GatewayId();
    }

    private DescribeIpv6GatewayAttributeResponse readGateway(String id) throws ClientException {
        DescribeIpv6GatewayAttributeRequest d = new DescribeIpv6GatewayAttributeRequest();
        d.setIpv6GatewayId(id);
        return vpc.call(d);
    }

    @Test
    void aVpcWithIpv6GivesItsVSwitchesSlash64sOfItsBlock() throws Exception {
        String vpcId = newVpc(true);
        var v = readVpc(vpcId);
        String block = v.getIpv6CidrBlock();
        assertThat(block).matches(VPC_BLOCK);
        assertThat(v.getIpv6CidrBlocks()).singleElement().satisfies(b -> {
            assertThat(b.getIpv6CidrBlock()).isEqualTo(block);
            assertThat(b.getIpv6Isp()).isEqualTo("BGP");
        });
        var api = new AliyunApi(port);
        assertThat(api.vpc("DescribeVpcAttribute", "RegionId", REGION, "VpcId", vpcId).path("EnabledIpv6")
                .asBoolean()).isTrue();
        assertThat(api.vpc("DescribeVpcs", "RegionId", REGION, "VpcId", vpcId).path("Vpcs").path("Vpc").path(0)
                .path("Ipv6CidrBlock").asString()).isEqualTo(block);

        String prefix = block.substring(0, block.length() - "00::/56".length());
        String six = vpc.call(vSwitch(vpcId, "10.90.6.0/24", 6)).getVSwitchId();
        assertThat(vSwitchIpv6(six)).isEqualTo(prefix + "06::/64");
        assertThat(api.vpc("DescribeVSwitches", "RegionId", REGION, "VSwitchId", six).path("VSwitches")
                .path("VSwitch").path(0).path("EnabledIpv6").asBoolean()).isTrue();
        assertThat(vpc.refusal(vSwitch(vpcId, "10.90.7.0/24", 6))).isEqualTo("OperationFailed.Ipv6CidrBlockExisted");
        assertThat(vpc.refusal(vSwitch(vpcId, "10.90.7.0/24", 256))).isEqualTo("IllegalParam.Ipv6CidrBlock");
        CreateVSwitchRequest otherBlock = vSwitch(vpcId, "10.90.7.0/24", 7);
        otherBlock.setVpcIpv6CidrBlock("2408:4005:fff:ff00::/56");
        assertThat(vpc.refusal(otherBlock)).isEqualTo("IllegalParam.VpcIpv6CidrBlock");
        CreateVSwitchRequest named = vSwitch(vpcId, "10.90.7.0/24", 255);
        named.setVpcIpv6CidrBlock(block);
        assertThat(vSwitchIpv6(vpc.call(named).getVSwitchId())).isEqualTo(prefix + "ff::/64");

        String plain = vpc.call(vSwitch(vpcId, "10.90.8.0/24", null)).getVSwitchId();
        assertThat(vSwitchIpv6(plain)).isEmpty();
        String v4only = newVpc(false);
        assertThat(readVpc(v4only).getIpv6CidrBlock()).isEmpty();
        assertThat(vpc.refusal(vSwitch(v4only, "10.90.1.0/24", 1))).isEqualTo("OperationFailed.VpcIpv6Disabled");
    }

    /** alicloud_vswitch's update: EnableIPv6 with the mask, and back (the provider disables before it re-masks). */
    @Test
    void aVSwitchTurnsIpv6OnAndOff() throws Exception {
        String vpcId = newVpc(true);
        String block = readVpc(vpcId).getIpv6CidrBlock();
        String id = vpc.call(vSwitch(vpcId, "10.90.3.0/24", null)).getVSwitchId();
        assertThat(vpc.refusal(vSwitchIpv6(id, true, null))).isEqualTo("IllegalParam.Ipv6CidrBlock");
        vpc.call(vSwitchIpv6(id, true, 3));
        assertThat(vSwitchIpv6(id)).isEqualTo(block.replace("00::/56", "03::/64"));
        assertThat(vpc.refusal(vSwitchIpv6(id, true, 4))).isEqualTo("OperationFailed.Ipv6AlreadyEnabled");
        assertThat(vpc.refusal(vSwitchIpv6(id, false, 4))).isEqualTo("ParamExclusive.DisableIpv6AndIpv6CidrBlock");

        assertThat(vpc.refusal(vpcIpv6(vpcId, false, null))).as("a vSwitch still has IPv6")
                .isEqualTo("OperationUnsupported.DisableIpv6");
        vpc.call(vSwitchIpv6(id, false, null));
        assertThat(vSwitchIpv6(id)).isEmpty();
        assertThat(vpc.refusal(vSwitchIpv6(id, false, null))).isEqualTo("OperationFailed.IPv6Disabled");
        vpc.call(vSwitchIpv6(id, true, 4));
        assertThat(vSwitchIpv6(id)).isEqualTo(block.replace("00::/56", "04::/64"));
    }

    /** alicloud_vpc's update of enable_ipv6 and ipv6_isp (ModifyVpcAttribute EnableIPv6, Ipv6Isp). */
    @Test
    void aVpcTurnsIpv6OnAndOffAndChangesItsIsp() throws Exception {
        String vpcId = newVpc(false);
        vpc.call(vpcIpv6(vpcId, true, null));
        var on = readVpc(vpcId);
        assertThat(on.getIpv6CidrBlock()).matches(VPC_BLOCK);
        assertThat(on.getIpv6CidrBlocks().get(0).getIpv6Isp()).isEqualTo("BGP");
        vpc.call(vpcIpv6(vpcId, null, "ChinaMobile"));
        var moved = readVpc(vpcId);
        assertThat(moved.getIpv6CidrBlock()).as("the block stays").isEqualTo(on.getIpv6CidrBlock());
        assertThat(moved.getIpv6CidrBlocks().get(0).getIpv6Isp()).isEqualTo("ChinaMobile");
        vpc.call(vpcIpv6(vpcId, true, null));
        assertThat(readVpc(vpcId).getIpv6CidrBlocks().get(0).getIpv6Isp()).as("enabled again: as it was")
                .isEqualTo("ChinaMobile");
        assertThat(vpc.refusal(vpcIpv6(vpcId, null, "Martian"))).isEqualTo("UnsupportedFeature.Ipv6Isp");

        vpc.call(vpcIpv6(vpcId, false, null));
        var off = readVpc(vpcId);
        assertThat(off.getIpv6CidrBlock()).isEmpty();
        assertThat(off.getIpv6CidrBlocks()).isEmpty();
        assertThat(new AliyunApi(port).vpc("DescribeVpcAttribute", "RegionId", REGION, "VpcId", vpcId)
                .path("EnabledIpv6").asBoolean()).isFalse();

        ModifyVpcAttributeRequest both = vpcIpv6(vpcId, true, null);
        both.setCidrBlock("10.0.0.0/8");
        assertThat(vpc.refusal(both)).isEqualTo("ParamExclusive.EnableIpv6AndCidrBlock");
    }

    @Test
    void createVpcTakesAGivenBlockAndRefusesWhatIsNotOne() throws Exception {
        CreateVpcRequest given = new CreateVpcRequest();
        given.setEnableIpv6(true);
        given.setIpv6CidrBlock("2001:DB8:0:100::/56");
        given.setIpv6Isp("ChinaTelecom");
        String id = vpc.call(given).getVpcId();
        var v = readVpc(id);
        assertThat(v.getIpv6CidrBlock()).isEqualTo("2001:db8:0:100::/56");
        assertThat(v.getIpv6CidrBlocks().get(0).getIpv6Isp()).isEqualTo("ChinaTelecom");
        assertThat(vSwitchIpv6(vpc.call(vSwitch(id, "172.16.0.0/24", 0)).getVSwitchId()))
                .isEqualTo("2001:db8:0:100::/64");

        CreateVpcRequest taken = new CreateVpcRequest();
        taken.setEnableIpv6(true);
        taken.setIpv6CidrBlock("2001:db8:0:100::/56");
        assertThat(vpc.refusal(taken)).as("another VPC's").isEqualTo("InvalidIpv6CidrBlock.Malformed");
        for (String bad : List.of("2001:db8::/48", "2001:db8:0:101::/56", "10.0.0.0/8", "2001:db8::1::/56")) {
            CreateVpcRequest malformed = new CreateVpcRequest();
            malformed.setEnableIpv6(true);
            malformed.setIpv6CidrBlock(bad);
            assertThat(vpc.refusal(malformed)).as(bad).isEqualTo("InvalidIpv6CidrBlock.Malformed");
        }
        CreateVpcRequest withoutEnable = new CreateVpcRequest();
        withoutEnable.setIpv6CidrBlock("2001:db8:0:200::/56");
        assertThat(vpc.refusal(withoutEnable)).isEqualTo("MissingParam.EnableIpv6");
    }

    @Test
    void theProvidersIpv6GatewayLifecycle() throws Exception {
        String v4only = newVpc(false);
        CreateIpv6GatewayRequest early = new CreateIpv6GatewayRequest();
        early.setVpcId(v4only);
        assertThat(vpc.refusal(early)).isEqualTo("OperationFailed.VpcIpv6Disabled");

        String vpcId = newVpc(true);
        String id = gateway(vpcId);
        assertThat(id).matches("ipv6gw-[a-z0-9]{20}");
        var g = readGateway(id);
        assertThat(g.getStatus()).isEqualTo("Available");
        assertThat(g.getVpcId() + " " + g.getName() + " " + g.getDescription())
                .isEqualTo(vpcId + " v6out the IPv6 way out");
        assertThat(g.getInstanceChargeType()).isEqualTo("PostPaid");
        CreateIpv6GatewayRequest second = new CreateIpv6GatewayRequest();
        second.setVpcId(vpcId);
        assertThat(vpc.refusal(second)).isEqualTo("OperationUnsupported.OnlyOneIpv6GatewayInVpc");

        ModifyIpv6GatewayAttributeRequest rename = new ModifyIpv6GatewayAttributeRequest();
        rename.setIpv6GatewayId(id);
        rename.setName("v6out-2");
        vpc.call(rename);
        assertThat(readGateway(id).getName()).isEqualTo("v6out-2");
        assertThat(readGateway(id).getDescription()).as("not given, kept").isEqualTo("the IPv6 way out");

        TagResourcesRequest tag = new TagResourcesRequest();
        tag.setResourceType("IPV6GATEWAY");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag pair = new TagResourcesRequest.Tag();
        pair.setKey("env");
        pair.setValue("test");
        tag.setTags(List.of(pair));
        vpc.call(tag);
        MoveResourceGroupRequest move = new MoveResourceGroupRequest();
        move.setResourceType("IPV6GATEWAY");
        move.setResourceId(id);
        move.setNewResourceGroupId("rg-network");
        vpc.call(move);
        var tagged = new AliyunApi(port).vpc("DescribeIpv6GatewayAttribute", "RegionId", REGION, "Ipv6GatewayId", id);
        assertThat(tagged.path("ResourceGroupId").asString()).isEqualTo("rg-network");
        var tags = tagged.path("Tags").path("Tag");
        assertThat(tags.size()).isEqualTo(1);
        assertThat(tags.path(0).path("Key").asString() + "=" + tags.path(0).path("Value").asString())
                .isEqualTo("env=test");

        DescribeIpv6GatewaysRequest list = new DescribeIpv6GatewaysRequest();
        list.setVpcId(vpcId);
        var listed = vpc.call(list);
        assertThat(listed.getTotalCount()).isEqualTo(1);
        assertThat(listed.getIpv6Gateways()).singleElement().satisfies(item -> {
            assertThat(item.getIpv6GatewayId()).isEqualTo(id);
            assertThat(item.getStatus()).isEqualTo("Available");
        });
        DescribeIpv6GatewaysRequest other = new DescribeIpv6GatewaysRequest();
        other.setVpcId(v4only);
        assertThat(vpc.call(other).getIpv6Gateways()).isEmpty();

        assertThat(vpc.refusal(vpcIpv6(vpcId, false, null))).isEqualTo("OperationFailed.Ipv6GatewayInUse");
        DeleteVpcRequest deleteVpc = new DeleteVpcRequest();
        deleteVpc.setVpcId(vpcId);
        assertThat(vpc.refusal(deleteVpc)).isEqualTo("DependencyViolation.Ipv6Gateway");

        DeleteIpv6GatewayRequest delete = new DeleteIpv6GatewayRequest();
        delete.setIpv6GatewayId(id);
        vpc.call(delete);
        var gone = readGateway(id);
        assertThat(gone.getStatus()).as("the provider's destroy waits for an empty Status").isNullOrEmpty();
        assertThat(gone.getRequestId()).isNotEmpty();
        ModifyIpv6GatewayAttributeRequest late = new ModifyIpv6GatewayAttributeRequest();
        late.setIpv6GatewayId(id);
        late.setName("late");
        assertThat(vpc.refusal(late)).isEqualTo("InvalidIpv6GatewayId.NotFound");
        vpc.call(vpcIpv6(vpcId, false, null));
        vpc.call(deleteVpc);
    }

    /** Two vSwitches asking for the same /64 at once: the VPC's lock lets one have it. */
    @Test
    void twoVSwitchesRacingForOneBlockGetItOnce() throws Exception {
        String vpcId = newVpc(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                int index = 10 + round;
                List<Future<String>> both = new ArrayList<>();
                for (int third = 0; third < 2; third++) {
                    var request = vSwitch(vpcId, "10.90." + (100 + 2 * round + third) + ".0/24", index);
                    both.add(pool.submit(outcome(() -> vpc.call(request))));
                }
                List<String> outcomes = List.of(both.get(0).get(), both.get(1).get());
                assertThat(outcomes).containsExactlyInAnyOrder("ok", "OperationFailed.Ipv6CidrBlockExisted");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<String> outcome(Callable<?> call) {
        return () -> {
            try {
                call.call();
                return "ok";
            } catch (ClientException e) {
                return e.getErrCode();
            }
        };
    }

    @Test
    void ipv6SurvivesTheStateRoundTrip() throws Exception {
        String vpcId = newVpc(true);
        String block = readVpc(vpcId).getIpv6CidrBlock();
        vpc.call(vpcIpv6(vpcId, null, "ChinaUnicom"));
        String vSwitchId = vpc.call(vSwitch(vpcId, "10.90.9.0/24", 9)).getVSwitchId();
        String gatewayId = gateway(vpcId);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("ipv6Gateways").contains(gatewayId).contains(block);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        var v = readVpc(vpcId);
        assertThat(v.getIpv6CidrBlock()).isEqualTo(block);
        assertThat(v.getIpv6CidrBlocks().get(0).getIpv6Isp()).isEqualTo("ChinaUnicom");
        assertThat(vSwitchIpv6(vSwitchId)).isEqualTo(block.replace("00::/56", "09::/64"));
        assertThat(readGateway(gatewayId).getName()).isEqualTo("v6out");
    }

    /** Conformance calls: each IPv6 action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String ipv6Vpc(AliyunApi api) {
            return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.91.0.0/16", "EnableIpv6", "true")
                    .path("VpcId").asString();
        }

        private static String gateway(AliyunApi api) {
            return api.vpc("CreateIpv6Gateway", "RegionId", REGION, "VpcId", ipv6Vpc(api)).path("Ipv6GatewayId")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateIpv6Gateway", api -> AliyunApi.params("RegionId", REGION, "VpcId", ipv6Vpc(api),
                    "Name", "gw", "Description", "a gateway", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.vpc("DescribeIpv6GatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "Ipv6GatewayId",
                    gateway(api)));
            r.vpc("DescribeIpv6Gateways", api -> AliyunApi.params("RegionId", REGION, "Ipv6GatewayId",
                    gateway(api)));
            r.vpc("ModifyIpv6GatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "Ipv6GatewayId",
                    gateway(api), "Name", "gw-2"));
            r.vpc("DeleteIpv6Gateway", api -> AliyunApi.params("RegionId", REGION, "Ipv6GatewayId", gateway(api)));
        }
    }
}
