package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateCustomerGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteCustomerGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeCustomerGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeCustomerGatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnConnectionResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnConnectionsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnGatewayResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnGatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyCustomerGatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpnConnectionAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpnGatewayAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpn_gateway, alicloud_vpn_customer_gateway and alicloud_vpn_connection through the classic
 * VPC SDK, in the provider's order: CreateVpnGateway -> DescribeVpnGateway until Status active ->
 * ModifyVpnGatewayAttribute; CreateCustomerGateway -> DescribeCustomerGateway; CreateVpnConnection with its JSON
 * settings -> DescribeVpnConnection until State active -> ModifyVpnConnectionAttribute -> the deletes, each read
 * back as its NotFound code, which the provider takes as gone. And the rules that hold them together.
 */
class VpnTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.90.0.0/16");
        return vpc.call(v).getVpcId();
    }

    private String vSwitch(String vpcId) throws ClientException {
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.90.1.0/24");
        s.setZoneId("cn-hangzhou-i");
        return vpc.call(s).getVSwitchId();
    }

    private CreateVpnGatewayRequest gatewayRequest(String vpcId) {
        CreateVpnGatewayRequest g = new CreateVpnGatewayRequest();
        g.setVpcId(vpcId);
        g.setBandwidth(10);
        g.setName("office-link");
        g.setEnableSsl(false);
        g.setInstanceChargeType("POSTPAY");
        g.setAutoPay(true);
        return g;
    }

    private String customerGateway(String address) throws ClientException {
        CreateCustomerGatewayRequest c = new CreateCustomerGatewayRequest();
        c.setIpAddress(address);
        c.setName("office");
        c.setDescription("the office router");
        return vpc.call(c).getCustomerGatewayId();
    }

    private CreateVpnConnectionRequest connectionRequest(String gatewayId, String customerGatewayId) {
        CreateVpnConnectionRequest c = new CreateVpnConnectionRequest();
        c.setVpnGatewayId(gatewayId);
        c.setCustomerGatewayId(customerGatewayId);
        c.setName("tunnel");
        c.setLocalSubnet("10.90.0.0/16");
        c.setRemoteSubnet("192.168.0.0/24,192.168.1.0/24");
        c.setEffectImmediately(true);
        c.setIkeConfig("{\"Psk\":\"secret-key\",\"IkeVersion\":\"ikev2\",\"IkeEncAlg\":\"aes256\","
                + "\"IkeAuthAlg\":\"sha256\",\"IkeLifetime\":3600}");
        c.setIpsecConfig("{\"IpsecPfs\":\"group14\",\"IpsecAuthAlg\":\"sha1\"}");
        c.setHealthCheckConfig("{\"enable\":true,\"dip\":\"192.168.0.1\",\"sip\":\"10.90.0.1\",\"interval\":5,"
                + "\"retry\":4}");
        return c;
    }

    private DescribeVpnGatewayResponse gateway(String id) throws ClientException {
        DescribeVpnGatewayRequest d = new DescribeVpnGatewayRequest();
        d.setVpnGatewayId(id);
        return vpc.call(d);
    }

    private DescribeVpnConnectionResponse connection(String id) throws ClientException {
        DescribeVpnConnectionRequest d = new DescribeVpnConnectionRequest();
        d.setVpnConnectionId(id);
        return vpc.call(d);
    }

    @Test
    void theProvidersVpnStackFromGatewayToConnectionAndBack() throws Exception {
        String vpcId = newVpc();
        String vswId = vSwitch(vpcId);
        CreateVpnGatewayRequest create = gatewayRequest(vpcId);
        create.setVSwitchId(vswId);
        var created = vpc.call(create);
        String gatewayId = created.getVpnGatewayId();
        assertThat(gatewayId).matches("vpn-[a-z0-9]{20}");
        assertThat(created.getOrderId()).isPositive();

        var g = gateway(gatewayId);
        assertThat(g.getStatus()).isEqualTo("active");
        assertThat(g.getBusinessStatus()).isEqualTo("Normal");
        assertThat(g.getSpec()).as("the provider reads the bandwidth before the M").isEqualTo("10M");
        assertThat(g.getIpsecVpn() + " " + g.getSslVpn()).isEqualTo("enable disable");
        assertThat(g.getChargeType()).isEqualTo("PostpayByFlow");
        assertThat(g.getVpcId() + " " + g.getVSwitchId() + " " + g.getName()).isEqualTo(
                vpcId + " " + vswId + " office-link");
        assertThat(g.getInternetIp()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(g.getCreateTime()).isPositive();

        ModifyVpnGatewayAttributeRequest modify = new ModifyVpnGatewayAttributeRequest();
        modify.setVpnGatewayId(gatewayId);
        modify.setDescription("to the office");
        modify.setAutoPropagate(true);
        var modified = vpc.call(modify);
        assertThat(modified.getDescription()).isEqualTo("to the office");
        assertThat(modified.getName()).as("not given, kept").isEqualTo("office-link");
        assertThat(gateway(gatewayId).getAutoPropagate()).isTrue();

        String cgwId = customerGateway("203.0.113.10");
        DescribeCustomerGatewayRequest readCgw = new DescribeCustomerGatewayRequest();
        readCgw.setCustomerGatewayId(cgwId);
        var cgw = vpc.call(readCgw);
        assertThat(cgw.getIpAddress() + " " + cgw.getName() + " " + cgw.getDescription())
                .isEqualTo("203.0.113.10 office the office router");

        var made = vpc.call(connectionRequest(gatewayId, cgwId));
        String connectionId = made.getVpnConnectionId();
        assertThat(connectionId).matches("vco-[a-z0-9]{20}");
        var c = connection(connectionId);
        assertThat(c.getState()).isEqualTo("active");
        assertThat(c.getVpnGatewayId() + " " + c.getCustomerGatewayId()).isEqualTo(gatewayId + " " + cgwId);
        assertThat(c.getRemoteSubnet()).isEqualTo("192.168.0.0/24,192.168.1.0/24");
        assertThat(c.getEffectImmediately()).isTrue();
        assertThat(c.getEnableDpd()).as("the default").isTrue();
        var ike = c.getIkeConfig();
        assertThat(List.of(ike.getPsk(), ike.getIkeVersion(), ike.getIkeMode(), ike.getIkeEncAlg(),
                ike.getIkeAuthAlg(), ike.getIkePfs(), ike.getLocalId(), ike.getRemoteId()))
                .as("given over the defaults; the ids are the two gateways' addresses").containsExactly("secret-key",
                        "ikev2", "main", "aes256", "sha256", "group2", g.getInternetIp(), "203.0.113.10");
        assertThat(ike.getIkeLifetime()).isEqualTo(3600L);
        var ipsec = c.getIpsecConfig();
        assertThat(ipsec.getIpsecEncAlg() + " " + ipsec.getIpsecAuthAlg() + " " + ipsec.getIpsecPfs() + " "
                + ipsec.getIpsecLifetime()).isEqualTo("aes sha1 group14 86400");
        var health = c.getVcoHealthCheck();
        assertThat(health.getEnable() + " " + health.getDip() + " " + health.getSip() + " " + health.getInterval()
                + " " + health.getRetry()).isEqualTo("true 192.168.0.1 10.90.0.1 5 4");

        ModifyVpnConnectionAttributeRequest change = new ModifyVpnConnectionAttributeRequest();
        change.setVpnConnectionId(connectionId);
        change.setIkeConfig("{\"IkePfs\":\"group5\"}");
        change.setRemoteSubnet("192.168.0.0/16");
        vpc.call(change);
        c = connection(connectionId);
        assertThat(c.getIkeConfig().getIkePfs()).isEqualTo("group5");
        assertThat(c.getIkeConfig().getPsk()).as("keys not given are kept").isEqualTo("secret-key");
        assertThat(c.getRemoteSubnet()).isEqualTo("192.168.0.0/16");

        DescribeVpnConnectionsRequest list = new DescribeVpnConnectionsRequest();
        list.setVpnGatewayId(gatewayId);
        assertThat(vpc.call(list).getVpnConnections()).singleElement()
                .satisfies(v -> assertThat(v.getVpnConnectionId()).isEqualTo(connectionId));

        DeleteVpnGatewayRequest deleteGateway = new DeleteVpnGatewayRequest();
        deleteGateway.setVpnGatewayId(gatewayId);
        assertThat(vpc.refusal(deleteGateway)).isEqualTo("DependencyViolation.VpnConnection");
        DeleteCustomerGatewayRequest deleteCgw = new DeleteCustomerGatewayRequest();
        deleteCgw.setCustomerGatewayId(cgwId);
        assertThat(vpc.refusal(deleteCgw)).isEqualTo("DependencyViolation.VpnConnection");
        DeleteVSwitchRequest deleteVsw = new DeleteVSwitchRequest();
        deleteVsw.setVSwitchId(vswId);
        assertThat(vpc.refusal(deleteVsw)).as("the gateway stands in it").startsWith("DependencyViolation");

        DeleteVpnConnectionRequest deleteConnection = new DeleteVpnConnectionRequest();
        deleteConnection.setVpnConnectionId(connectionId);
        vpc.call(deleteConnection);
        DescribeVpnConnectionRequest goneConnection = new DescribeVpnConnectionRequest();
        goneConnection.setVpnConnectionId(connectionId);
        assertThat(vpc.refusal(goneConnection)).isEqualTo("InvalidVpnConnectionInstanceId.NotFound");
        vpc.call(deleteGateway);
        DescribeVpnGatewayRequest goneGateway = new DescribeVpnGatewayRequest();
        goneGateway.setVpnGatewayId(gatewayId);
        assertThat(vpc.refusal(goneGateway)).isEqualTo("InvalidVpnGatewayInstanceId.NotFound");
        vpc.call(deleteCgw);
        assertThat(vpc.refusal(readCgw)).isEqualTo("InvalidCustomerGatewayInstanceId.NotFound");
    }

    @Test
    void aGatewayIsRefusedWhatTheCloudRefuses() throws Exception {
        String vpcId = newVpc();
        CreateVpnGatewayRequest odd = gatewayRequest(vpcId);
        odd.setBandwidth(7);
        assertThat(vpc.refusal(odd)).isEqualTo("InvalidSpec.NotFound");
        CreateVpnGatewayRequest neither = gatewayRequest(vpcId);
        neither.setEnableIpsec(false);
        assertThat(vpc.refusal(neither)).isEqualTo("InvalidVpnEnable");
        CreateVpnGatewayRequest clients = gatewayRequest(vpcId);
        clients.setSslConnections(5);
        assertThat(vpc.refusal(clients)).as("SSL is off").isEqualTo("UnnecessarySslConnection");
        CreateVpnGatewayRequest noVpc = gatewayRequest("vpc-nosuchvpc000000000000");
        assertThat(vpc.refusal(noVpc)).isEqualTo("InvalidVpcId.NotFound");
        CreateVpnGatewayRequest otherVsw = gatewayRequest(vpcId);
        otherVsw.setVSwitchId(vSwitch(newVpc()));
        assertThat(vpc.refusal(otherVsw)).as("a vSwitch of another VPC").isEqualTo("InvalidVSwitchId.NotFound");

        CreateVpnGatewayRequest sslOnly = gatewayRequest(vpcId);
        sslOnly.setEnableIpsec(false);
        sslOnly.setEnableSsl(true);
        sslOnly.setSslConnections(20);
        String sslId = vpc.call(sslOnly).getVpnGatewayId();
        var ssl = gateway(sslId);
        assertThat(ssl.getIpsecVpn() + " " + ssl.getSslVpn() + " " + ssl.getSslMaxConnections())
                .isEqualTo("disable enable 20");
        String cgwId = customerGateway("198.51.100.7");
        assertThat(vpc.refusal(connectionRequest(sslId, cgwId))).isEqualTo("VpnGateway.IpsecVpnDisabled");

        DescribeVpnGatewaysRequest byVpc = new DescribeVpnGatewaysRequest();
        byVpc.setVpcId(vpcId);
        byVpc.setStatus("active");
        assertThat(vpc.call(byVpc).getVpnGateways()).extracting(DescribeVpnGatewaysResponseGateway::id)
                .containsExactly(sslId);
    }

    /** The id of a listed gateway (the SDK's item type, named here once). */
    private interface DescribeVpnGatewaysResponseGateway {
        static String id(com.aliyuncs.vpc.model.v20160428.DescribeVpnGatewaysResponse.VpnGateway g) {
            return g.getVpnGatewayId();
        }
    }

    @Test
    void customerGatewaysAndConnectionsAreRefusedWhatTheCloudRefuses() throws Exception {
        String cgwId = customerGateway("192.0.2.44");
        CreateCustomerGatewayRequest twice = new CreateCustomerGatewayRequest();
        twice.setIpAddress("192.0.2.44");
        assertThat(vpc.refusal(twice)).isEqualTo("InvalidIpAddress.AlreadyExist");
        CreateCustomerGatewayRequest notAnAddress = new CreateCustomerGatewayRequest();
        notAnAddress.setIpAddress("192.0.2.300");
        assertThat(vpc.refusal(notAnAddress)).isEqualTo("InvalidIpAddress.WrongFormat");
        CreateCustomerGatewayRequest keyWithoutAsn = new CreateCustomerGatewayRequest();
        keyWithoutAsn.setIpAddress("192.0.2.45");
        keyWithoutAsn.setAuthKey("bgp-key");
        assertThat(vpc.refusal(keyWithoutAsn)).isEqualTo("OperationDenied.MissingAsn");
        ModifyCustomerGatewayAttributeRequest rekey = new ModifyCustomerGatewayAttributeRequest();
        rekey.setCustomerGatewayId(cgwId);
        rekey.setAuthKey("bgp-key");
        assertThat(vpc.refusal(rekey)).isEqualTo("OperationDenied.MissingAsn");

        CreateCustomerGatewayRequest withAsn = new CreateCustomerGatewayRequest();
        withAsn.setIpAddress("192.0.2.46");
        withAsn.setAsn("65010");
        withAsn.setAuthKey("bgp-key");
        String bgpId = vpc.call(withAsn).getCustomerGatewayId();
        DescribeCustomerGatewaysRequest list = new DescribeCustomerGatewaysRequest();
        list.setCustomerGatewayId(bgpId);
        assertThat(vpc.call(list).getCustomerGateways()).singleElement().satisfies(c -> {
            assertThat(c.getAsn()).isEqualTo(65010L);
            assertThat(c.getAuthKey()).isEqualTo("bgp-key");
        });

        String gatewayId = vpc.call(gatewayRequest(newVpc())).getVpnGatewayId();
        CreateVpnConnectionRequest badBlock = connectionRequest(gatewayId, cgwId);
        badBlock.setLocalSubnet("10.90.0.0/33");
        assertThat(vpc.refusal(badBlock)).isEqualTo("IllegalParam.LocalSubnet");
        CreateVpnConnectionRequest badPfs = connectionRequest(gatewayId, cgwId);
        badPfs.setIpsecConfig("{\"IpsecPfs\":\"group3\"}");
        assertThat(vpc.refusal(badPfs)).isEqualTo("NotSupportVpnConnectionParameter.IpsecPfs");
        CreateVpnConnectionRequest noCgw = connectionRequest(gatewayId, "cgw-nosuchgateway0000000");
        assertThat(vpc.refusal(noCgw)).isEqualTo("InvalidCustomerGatewayInstanceId.NotFound");
        CreateVpnConnectionRequest noGateway = connectionRequest("vpn-nosuchgateway0000000", cgwId);
        assertThat(vpc.refusal(noGateway)).isEqualTo("InvalidVpnGatewayInstanceId.NotFound");

        CreateVpnConnectionRequest plain = new CreateVpnConnectionRequest();
        plain.setVpnGatewayId(gatewayId);
        plain.setCustomerGatewayId(cgwId);
        plain.setLocalSubnet("0.0.0.0/0");
        plain.setRemoteSubnet("0.0.0.0/0");
        String id = vpc.call(plain).getVpnConnectionId();
        var ike = connection(id).getIkeConfig();
        assertThat(ike.getIkeVersion() + " " + ike.getIkeMode() + " " + ike.getIkeEncAlg() + " " + ike.getIkeAuthAlg()
                + " " + ike.getIkePfs() + " " + ike.getIkeLifetime()).as("the cloud's defaults")
                .isEqualTo("ikev1 main aes md5 group2 86400");
        assertThat(ike.getPsk()).as("a key is made").hasSize(16);
        assertThat(vpc.refusal(plain)).as("one connection a pair").isEqualTo("InvalidVpnConnection.AlreadyExists");

        TagResourcesRequest tag = new TagResourcesRequest();
        tag.setResourceType("VPNCONNECTION");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey("team");
        t.setValue("net");
        tag.setTags(List.of(t));
        vpc.call(tag);
        var tagged = new AliyunApi(port).vpc("DescribeVpnConnections", "RegionId", "cn-hangzhou", "Tag.1.Key", "team", "Tag.1.Value", "net");
        assertThat(tagged.at("/VpnConnections/VpnConnection/0/VpnConnectionId").asString()).isEqualTo(id);
        assertThat(tagged.at("/VpnConnections/VpnConnection/0/Tag/Tag/0/Key").asString()).isEqualTo("team");
        assertThat(tagged.at("/TotalCount").asInt()).isEqualTo(1);
    }

    @Test
    void theVpnRoundTripsTheState() throws Exception {
        String vpcId = newVpc();
        String gatewayId = vpc.call(gatewayRequest(vpcId)).getVpnGatewayId();
        String cgwId = customerGateway("192.0.2.80");
        String connectionId = vpc.call(connectionRequest(gatewayId, cgwId)).getVpnConnectionId();
        var before = connection(connectionId);
        String address = gateway(gatewayId).getInternetIp();

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        DescribeVpnGatewayRequest read = new DescribeVpnGatewayRequest();
        read.setVpnGatewayId(gatewayId);
        assertThat(vpc.refusal(read)).isEqualTo("InvalidVpnGatewayInstanceId.NotFound");
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        assertThat(gateway(gatewayId).getInternetIp()).isEqualTo(address);
        var after = connection(connectionId);
        assertThat(List.of(after.getVpnGatewayId(), after.getCustomerGatewayId(), after.getRemoteSubnet(),
                after.getIkeConfig().getPsk(), after.getIkeConfig().getIkeVersion(),
                after.getIpsecConfig().getIpsecPfs(), after.getVcoHealthCheck().getDip()))
                .containsExactly(gatewayId, cgwId, before.getRemoteSubnet(), "secret-key", "ikev2", "group14",
                        "192.168.0.1");
        DeleteCustomerGatewayRequest deleteCgw = new DeleteCustomerGatewayRequest();
        deleteCgw.setCustomerGatewayId(cgwId);
        assertThat(vpc.refusal(deleteCgw)).as("the imported connection holds it")
                .isEqualTo("DependencyViolation.VpnConnection");
    }

    @Test
    void theGatewayZonesDataSourceListsTheRegionsZones() {
        var api = new AliyunApi(port);
        List<String> zones = new ArrayList<>();
        api.vpc("DescribeVpnGatewayAvailableZones", "RegionId", REGION, "Spec", "10M").path("AvailableZoneIdList")
                .forEach(z -> zones.add(z.path("ZoneId").asString()));
        List<String> region = new ArrayList<>();
        api.vpc("DescribeZones", "RegionId", REGION).at("/Zones/Zone").forEach(z -> region.add(z.path("ZoneId")
                .asString()));
        assertThat(zones).isNotEmpty().containsExactlyElementsOf(region);
        assertThat(api.refusal(AliyunSpecs.VPC, "DescribeVpnGatewayAvailableZones", "RegionId", REGION))
                .as("Spec is required").startsWith("MissingParameter");
    }

    /** Conformance calls: each VPN action, answered as its metadata describes, and the codes of its rules. */
    public static class Recipe implements Recipes.RecipeBook {
        private static final String REGION = "cn-hangzhou";

        private static String gateway(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.91.0.0/16").path("VpcId").asString();
            return api.vpc("CreateVpnGateway", "RegionId", REGION, "VpcId", v, "Bandwidth", "5").path("VpnGatewayId")
                    .asString();
        }

        private static String customerGateway(AliyunApi api) {
            String address = "203.0.113." + (1 + (int) (Math.random() * 250));
            var made = api.send("Vpc", "CreateCustomerGateway", "JSON", AliyunApi.params("RegionId", REGION,
                    "IpAddress", address, "Asn", "65001"));
            return made.status() == 200 ? made.tree().path("CustomerGatewayId").asString() : customerGateway(api);
        }

        private static String connection(AliyunApi api) {
            return api.vpc("CreateVpnConnection", "RegionId", REGION, "VpnGatewayId", gateway(api),
                    "CustomerGatewayId", customerGateway(api), "LocalSubnet", "10.91.0.0/16", "RemoteSubnet",
                    "172.16.0.0/12").path("VpnConnectionId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateVpnGateway", api -> AliyunApi.params("RegionId", REGION, "VpcId", api.vpc("CreateVpc",
                    "RegionId", REGION, "CidrBlock", "10.92.0.0/16").path("VpcId").asString(), "Bandwidth", "10",
                    "EnableSsl", "true", "SslConnections", "10", "Name", "gw"))
                    .fails("InvalidSpec.NotFound", api -> AliyunApi.params("RegionId", REGION, "VpcId",
                            api.vpc("CreateVpc", "RegionId", REGION).path("VpcId").asString(), "Bandwidth", "3"));
            r.vpc("DescribeVpnGateway", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api)))
                    .fails("InvalidVpnGatewayInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "VpnGatewayId", "vpn-none"));
            r.vpc("DescribeVpnGateways", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api)));
            r.vpc("ModifyVpnGatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId",
                    gateway(api), "Name", "gw-2", "Description", "renamed"));
            r.vpc("DeleteVpnGateway", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api)));
            r.vpc("MoveVpnResourceGroup", api -> AliyunApi.params("RegionId", REGION, "InstanceId", gateway(api),
                    "ResourceType", "VpnGateWay", "NewResourceGroupId", "rg-vpnteam"));
            r.vpc("CreateCustomerGateway", api -> AliyunApi.params("RegionId", REGION, "IpAddress", "198.51.100."
                    + (1 + (int) (Math.random() * 250)), "Name", "cgw", "Tags.1.Key", "k", "Tags.1.Value", "v"))
                    .fails("InvalidIpAddress.WrongFormat", api -> AliyunApi.params("RegionId", REGION, "IpAddress",
                            "not-an-address"));
            r.vpc("DescribeCustomerGateway", api -> AliyunApi.params("RegionId", REGION, "CustomerGatewayId",
                    customerGateway(api)));
            r.vpc("DescribeCustomerGateways", api -> AliyunApi.params("RegionId", REGION));
            r.vpc("DescribeVpnGatewayAvailableZones", api -> AliyunApi.params("RegionId", REGION, "Spec", "5M"));
            r.vpc("ModifyCustomerGatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "CustomerGatewayId",
                    customerGateway(api), "AuthKey", "key"));
            r.vpc("DeleteCustomerGateway", api -> AliyunApi.params("RegionId", REGION, "CustomerGatewayId",
                    customerGateway(api)));
            r.vpc("CreateVpnConnection", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api),
                    "CustomerGatewayId", customerGateway(api), "LocalSubnet", "10.91.0.0/16", "RemoteSubnet",
                    "172.16.0.0/12", "IkeConfig", "{\"IkeVersion\":\"ikev2\"}", "BgpConfig",
                    "{\"EnableBgp\":true,\"LocalAsn\":65002,\"TunnelCidr\":\"169.254.10.0/30\"}",
                    "Tags.1.Key", "k", "Tags.1.Value", "v"));
            r.vpc("DescribeVpnConnection", api -> AliyunApi.params("RegionId", REGION, "VpnConnectionId",
                    connection(api)));
            r.vpc("DescribeVpnConnections", api -> AliyunApi.params("RegionId", REGION, "VpnConnectionId",
                    connection(api)));
            r.vpc("ModifyVpnConnectionAttribute", api -> AliyunApi.params("RegionId", REGION, "VpnConnectionId",
                    connection(api), "IpsecConfig", "{\"IpsecPfs\":\"disabled\"}", "HealthCheckConfig",
                    "{\"enable\":true,\"dip\":\"172.16.0.1\",\"sip\":\"10.91.0.1\"}"));
            r.vpc("DeleteVpnConnection", api -> AliyunApi.params("RegionId", REGION, "VpnConnectionId",
                    connection(api)));
        }
    }
}
