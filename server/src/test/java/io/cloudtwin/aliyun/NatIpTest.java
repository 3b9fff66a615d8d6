package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateForwardEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatGatewayResponse;
import com.aliyuncs.vpc.model.v20160428.CreateNatIpCidrRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatIpRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatIpResponse;
import com.aliyuncs.vpc.model.v20160428.CreateSnatEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteForwardEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNatIpCidrRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNatIpRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNatGatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.ListNatIpCidrsRequest;
import com.aliyuncs.vpc.model.v20160428.ListNatIpCidrsResponse;
import com.aliyuncs.vpc.model.v20160428.ListNatIpsRequest;
import com.aliyuncs.vpc.model.v20160428.ListNatIpsResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyNatIpAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyNatIpCidrAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * VPC NAT gateways' NAT IP blocks and addresses, as Terraform's alicloud_vpc_nat_ip_cidr and alicloud_vpc_nat_ip use
 * them, and the alicloud_forward_entry example of the provider's documentation: a VPC 172.16.0.0/12, a vSwitch
 * 172.16.0.0/21, an intranet NAT gateway in it, a NAT IP 172.16.0.66 of the vSwitch's block, a forward entry from it.
 * The provider reads an address with ListNatIps (NatGatewayId, NatIpIds.1) until Available, and a block with
 * ListNatIpCidrs (NatGatewayId, NatIpCidr); an empty list is "gone". And the rules of blocks and addresses.
 */
class NatIpTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi api;

    @BeforeEach
    void clients() {
        vpc = new ClassicSdk(endpoint());
        api = new AliyunApi(port);
    }

    /** A VPC of block with a vSwitch of switchBlock: [vpc, vswitch]. */
    private String[] network(String block, String switchBlock) throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock(block);
        String vpcId = vpc.call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock(switchBlock);
        s.setZoneId(REGION + "-h");
        return new String[] {vpcId, vpc.call(s).getVSwitchId()};
    }

    private CreateNatGatewayResponse gateway(String[] net, String networkType) throws ClientException {
        CreateNatGatewayRequest c = new CreateNatGatewayRequest();
        c.setVpcId(net[0]);
        c.setVSwitchId(net[1]);
        c.setNatType("Enhanced");
        c.setInternetChargeType("PayByLcu");
        c.setNetworkType(networkType);
        return vpc.call(c);
    }

    private CreateNatIpResponse natIp(String gatewayId, String block, String address) throws ClientException {
        CreateNatIpRequest c = new CreateNatIpRequest();
        c.setNatGatewayId(gatewayId);
        c.setNatIpCidr(block);
        if (address != null) c.setNatIp(address);
        c.setNatIpName("tf-nat-ip");
        return vpc.call(c);
    }

    private String block(String gatewayId, String cidr) throws ClientException {
        CreateNatIpCidrRequest c = new CreateNatIpCidrRequest();
        c.setNatGatewayId(gatewayId);
        c.setNatIpCidr(cidr);
        c.setNatIpCidrName("tf-cidr");
        return vpc.call(c).getNatIpCidrId();
    }

    /** The provider's read of an address. */
    private List<ListNatIpsResponse.NatIp> read(String gatewayId, String natIpId) throws ClientException {
        ListNatIpsRequest l = new ListNatIpsRequest();
        l.setNatGatewayId(gatewayId);
        l.setNatIpIdss(List.of(natIpId));
        return vpc.call(l).getNatIps();
    }

    private List<ListNatIpsResponse.NatIp> addresses(String gatewayId) throws ClientException {
        ListNatIpsRequest l = new ListNatIpsRequest();
        l.setNatGatewayId(gatewayId);
        return vpc.call(l).getNatIps();
    }

    private List<ListNatIpCidrsResponse.NatIpCidr> blocks(String gatewayId, String cidr) throws ClientException {
        ListNatIpCidrsRequest l = new ListNatIpCidrsRequest();
        l.setNatGatewayId(gatewayId);
        if (cidr != null) l.setNatIpCidr(cidr);
        return vpc.call(l).getNatIpCidrs();
    }

    private String code(String action, String... kv) {
        return api.refusal("Vpc", action, kv);
    }

    private String deleteIp(String gatewayId, String natIpId) {
        return api.outcome("Vpc", "DeleteNatIp", "RegionId", REGION, "NatGatewayId", gatewayId, "NatIpId", natIpId);
    }

    @Test
    void theForwardEntryExampleOfAVpcNatGateway() throws Exception {
        String[] net = network("172.16.0.0/12", "172.16.0.0/21");
        CreateNatGatewayResponse nat = gateway(net, "intranet");
        String gw = nat.getNatGatewayId();

        var defaults = blocks(gw, null);
        assertThat(defaults).singleElement().satisfies(c -> {
            assertThat(c.getNatIpCidr()).isEqualTo("172.16.0.0/21");
            assertThat(c.getIsDefault()).isTrue();
            assertThat(c.getNatIpCidrStatus()).isEqualTo("Available");
        });
        var own = addresses(gw);
        assertThat(own).as("the gateway's own address in its vSwitch").singleElement().satisfies(ip -> {
            assertThat(ip.getIsDefault()).isTrue();
            assertThat(ip.getNatIpCidr()).isEqualTo("172.16.0.0/21");
            assertThat(ip.getNatIp()).startsWith("172.16.");
        });

        DescribeNatGatewaysRequest dn = new DescribeNatGatewaysRequest();
        dn.setNatGatewayId(gw);
        assertThat(vpc.call(dn).getNatGateways().get(0).getNatGatewayPrivateInfo().getPrivateIpAddress())
                .as("the gateway's own address").isEqualTo(own.get(0).getNatIp());

        CreateNatIpResponse created = natIp(gw, "172.16.0.0/21", "172.16.0.66");
        assertThat(created.getNatIp()).isEqualTo("172.16.0.66");
        String id = created.getNatIpId();
        assertThat(read(gw, id)).singleElement().satisfies(ip -> {
            assertThat(ip.getNatIpStatus()).as("the provider waits for this").isEqualTo("Available");
            assertThat(ip.getNatIp()).isEqualTo("172.16.0.66");
            assertThat(ip.getNatIpName()).isEqualTo("tf-nat-ip");
            assertThat(ip.getNatGatewayId()).isEqualTo(gw);
            assertThat(ip.getIsDefault()).isFalse();
        });
        assertThat(code("CreateNatIp", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "172.16.0.0/21",
                "NatIp", "172.16.0.66")).isEqualTo("ResourceAlreadyExist.NatIp");
        var eni = api.send("Ecs", "CreateNetworkInterface", "JSON", AliyunApi.params("RegionId", REGION, "VSwitchId",
                net[1], "SecurityGroupId", api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", net[0])
                        .path("SecurityGroupId").asString(), "PrimaryIpAddress", "172.16.0.66"));
        assertThat(eni.body()).as("the vSwitch's address is the NAT IP's").contains("InvalidPrivateIpAddress.Duplicated");

        CreateForwardEntryRequest f = new CreateForwardEntryRequest();
        f.setForwardTableId(nat.getForwardTableIds().get(0));
        f.setExternalIp("172.16.0.66");
        f.setExternalPort("80");
        f.setIpProtocol("tcp");
        f.setInternalIp("172.16.0.115");
        f.setInternalPort("8080");
        String entry = vpc.call(f).getForwardEntryId();
        assertThat(code("CreateForwardEntry", "RegionId", REGION, "ForwardTableId", nat.getForwardTableIds().get(0),
                "ExternalIp", "172.16.0.67", "ExternalPort", "81", "IpProtocol", "tcp", "InternalIp", "172.16.0.115",
                "InternalPort", "81")).as("not a NAT IP of the gateway").isEqualTo("InvalidIp.NotInNatgw");

        ModifyNatIpAttributeRequest m = new ModifyNatIpAttributeRequest();
        m.setNatIpId(id);
        m.setNatIpName("renamed");
        m.setNatIpDescription("the web tier");
        vpc.call(m);
        assertThat(read(gw, id).get(0).getNatIpName()).isEqualTo("renamed");
        assertThat(read(gw, id).get(0).getNatIpDescription()).isEqualTo("the web tier");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(read(gw, id)).as("kept through the state document").singleElement()
                .satisfies(ip -> assertThat(ip.getNatIp()).isEqualTo("172.16.0.66"));
        assertThat(addresses(gw)).filteredOn(ListNatIpsResponse.NatIp::getIsDefault).singleElement()
                .satisfies(ip -> assertThat(ip.getNatIp()).isEqualTo(own.get(0).getNatIp()));

        assertThat(deleteIp(gw, id)).as("a forward entry translates to it").isEqualTo("DependencyViolation.NatIp");
        assertThat(deleteIp(gw, own.get(0).getNatIpId())).isEqualTo("OperationFailed.DefaultNatIp");
        DeleteForwardEntryRequest df = new DeleteForwardEntryRequest();
        df.setForwardTableId(nat.getForwardTableIds().get(0));
        df.setForwardEntryId(entry);
        vpc.call(df);
        DeleteNatIpRequest d = new DeleteNatIpRequest();
        d.setNatIpId(id);
        vpc.call(d);
        assertThat(read(gw, id)).as("what the provider reads as gone").isEmpty();
        assertThat(deleteIp(gw, id)).isEqualTo("ResourceNotFound.NatIp");
        assertThat(natIp(gw, "172.16.0.0/21", "172.16.0.66").getNatIp()).as("its address is free again")
                .isEqualTo("172.16.0.66");

        DeleteNatGatewayRequest dg = new DeleteNatGatewayRequest();
        dg.setNatGatewayId(gw);
        dg.setForce(true);
        vpc.call(dg);
        DeleteVSwitchRequest ds = new DeleteVSwitchRequest();
        ds.setVSwitchId(net[1]);
        vpc.call(ds);
    }

    @Test
    void blocksOfAVpcNatGateway() throws Exception {
        String[] net = network("172.16.0.0/12", "172.16.0.0/21");
        String gw = gateway(net, "intranet").getNatGatewayId();
        String blockId = block(gw, "192.168.0.0/16");
        assertThat(blocks(gw, "192.168.0.0/16")).singleElement().satisfies(c -> {
            assertThat(c.getNatIpCidrId()).isEqualTo(blockId);
            assertThat(c.getNatIpCidrName()).isEqualTo("tf-cidr");
            assertThat(c.getIsDefault()).isFalse();
            assertThat(c.getCreationTime()).isNotEmpty();
        });
        assertThat(blocks(gw, null)).hasSize(2);
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.168.0.0/16"))
                .isEqualTo("ResourceAlreadyExist.NatIpCidr");
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.168.4.0/24"))
                .isEqualTo("OperationFailed.NatIpCidrInUse");
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "172.16.8.0/24"))
                .as("in the VPC").isEqualTo("OperationFailed.CreateNatIpCidrInVpcCidrBlock");
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "100.64.0.0/24"))
                .isEqualTo("OperationFailed.CreateNatIpCidrNotInUserCidr");
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "10.0.0.0/8"))
                .as("a prefix shorter than 16").isEqualTo("InvalidParameter");
        String internet = gateway(network("10.60.0.0/16", "10.60.1.0/24"), "internet").getNatGatewayId();
        assertThat(code("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", internet, "NatIpCidr",
                "192.168.0.0/24")).as("no VPC NAT gateway").isEqualTo("ResourceNotFound.NatGateway");

        assertThat(natIp(gw, "192.168.0.0/16", null).getNatIp()).as("the lowest host").isEqualTo("192.168.0.1");
        String named = natIp(gw, "192.168.0.0/16", "192.168.7.7").getNatIpId();
        assertThat(code("CreateNatIp", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.168.0.0/16",
                "NatIp", "10.9.9.9")).isEqualTo("Mismatch.NatIpAndNatIpCidr");
        assertThat(code("CreateNatIp", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.169.0.0/16"))
                .isEqualTo("ResourceNotFound.NatIpCidr");
        ListNatIpsRequest byBlock = new ListNatIpsRequest();
        byBlock.setNatGatewayId(gw);
        byBlock.setNatIpCidr("192.168.0.0/16");
        assertThat(vpc.call(byBlock).getNatIps()).hasSize(2);

        ModifyNatIpCidrAttributeRequest m = new ModifyNatIpCidrAttributeRequest();
        m.setNatGatewayId(gw);
        m.setNatIpCidr("192.168.0.0/16");
        m.setNatIpCidrName("renamed");
        m.setNatIpCidrDescription("the partners");
        vpc.call(m);
        assertThat(blocks(gw, "192.168.0.0/16").get(0).getNatIpCidrName()).isEqualTo("renamed");

        assertThat(code("DeleteNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.168.0.0/16"))
                .as("addresses left").isEqualTo("DependencyViolation.NatIp");
        assertThat(code("DeleteNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "172.16.0.0/21"))
                .isEqualTo("OperationFailed.DefaultNatIpCidr");
        for (var ip : addresses(gw)) if (!ip.getIsDefault()) assertThat(deleteIp(gw, ip.getNatIpId())).isEqualTo("ok");
        assertThat(deleteIp("ngw-other", named)).isEqualTo("ResourceNotFound.NatIp");
        DeleteNatIpCidrRequest d = new DeleteNatIpCidrRequest();
        d.setNatGatewayId(gw);
        d.setNatIpCidr("192.168.0.0/16");
        vpc.call(d);
        assertThat(blocks(gw, "192.168.0.0/16")).as("what the provider reads as gone").isEmpty();
        assertThat(code("DeleteNatIpCidr", "RegionId", REGION, "NatGatewayId", gw, "NatIpCidr", "192.168.0.0/16"))
                .isEqualTo("ResourceNotFound.NatIpCidr");
    }

    @Test
    void anSnatEntryOfAVpcNatGatewayTranslatesToItsNatIps() throws Exception {
        String[] net = network("10.70.0.0/16", "10.70.1.0/24");
        CreateNatGatewayResponse nat = gateway(net, "intranet");
        String address = natIp(nat.getNatGatewayId(), "10.70.1.0/24", null).getNatIp();
        CreateSnatEntryRequest s = new CreateSnatEntryRequest();
        s.setSnatTableId(nat.getSnatTableIds().get(0));
        s.setSourceCIDR("10.70.2.0/24");
        s.setSnatIp(address);
        vpc.call(s);
        String used = addresses(nat.getNatGatewayId()).stream().filter(ip -> ip.getNatIp().equals(address))
                .findFirst().orElseThrow().getNatIpId();
        assertThat(deleteIp(nat.getNatGatewayId(), used)).isEqualTo("DependencyViolation.NatIp");
    }

    /**
     * Two blocks that overlap, asked for at once on two VPC NAT gateways of one VPC: the VPC's row lock orders them,
     * so one is made and the other refused.
     */
    @Test
    void overlappingBlocksOfTwoGatewaysOfAVpcRacingMakeOne() throws Exception {
        String[] net = network("10.80.0.0/16", "10.80.1.0/24");
        String first = gateway(net, "intranet").getNatGatewayId();
        String second = gateway(net, "intranet").getNatGatewayId();
        for (int round = 0; round < 4; round++) {
            String wide = "192.168." + (round * 16) + ".0/20";
            String inside = "192.168." + (round * 16 + 8) + ".0/21";
            Future<String> a = racing().submit(() -> outcome(first, wide));
            Future<String> b = racing().submit(() -> outcome(second, inside));
            List<String> outcomes = List.of(a.get(), b.get());
            assertThat(outcomes).as("one wins: %s", outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).contains("OperationFailed.NatIpCidrInUse");
        }
    }

    private String outcome(String gatewayId, String cidr) {
        return api.outcome("Vpc", "CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", gatewayId, "NatIpCidr", cidr);
    }

    /** Conformance calls: each NAT IP action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static int block = 100;

        /** A VPC NAT gateway in a new VPC: [gateway, the vSwitch's block]. */
        private static String[] gateway(AliyunApi api) {
            String cidr = "10." + (block++ % 150 + 100) + ".0.0/16";
            String switchBlock = cidr.replace(".0.0/16", ".1.0/24");
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", cidr).path("VpcId").asString();
            String s = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", switchBlock, "ZoneId",
                    REGION + "-h").path("VSwitchId").asString();
            String gw = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", v, "VSwitchId", s, "NatType",
                    "Enhanced", "NetworkType", "intranet").path("NatGatewayId").asString();
            return new String[] {gw, switchBlock};
        }

        private static String[] withBlock(AliyunApi api) {
            String[] g = gateway(api);
            api.vpc("CreateNatIpCidr", "RegionId", REGION, "NatGatewayId", g[0], "NatIpCidr", "192.168.0.0/24");
            return g;
        }

        private static String[] withIp(AliyunApi api) {
            String[] g = gateway(api);
            String id = api.vpc("CreateNatIp", "RegionId", REGION, "NatGatewayId", g[0], "NatIpCidr", g[1])
                    .path("NatIpId").asString();
            return new String[] {g[0], id};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateNatIpCidr", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", gateway(api)[0],
                    "NatIpCidr", "192.168.0.0/24", "NatIpCidrName", "cidr", "NatIpCidrDescription", "partners"));
            r.vpc("ListNatIpCidrs", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", withBlock(api)[0]));
            r.vpc("ModifyNatIpCidrAttribute", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId",
                    withBlock(api)[0], "NatIpCidr", "192.168.0.0/24", "NatIpCidrName", "renamed"));
            r.vpc("DeleteNatIpCidr", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", withBlock(api)[0],
                    "NatIpCidr", "192.168.0.0/24"));
            r.vpc("CreateNatIp", api -> {
                String[] g = gateway(api);
                return AliyunApi.params("RegionId", REGION, "NatGatewayId", g[0], "NatIpCidr", g[1], "NatIpName",
                        "ip");
            });
            r.vpc("ListNatIps", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", withIp(api)[0]));
            r.vpc("ModifyNatIpAttribute", api -> AliyunApi.params("RegionId", REGION, "NatIpId", withIp(api)[1],
                    "NatIpName", "renamed"));
            r.vpc("DeleteNatIp", api -> {
                String[] g = withIp(api);
                return AliyunApi.params("RegionId", REGION, "NatGatewayId", g[0], "NatIpId", g[1]);
            });
        }
    }
}
