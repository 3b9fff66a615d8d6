package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateIpsecServerRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteIpsecServerRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.ListIpsecServersRequest;
import com.aliyuncs.vpc.model.v20160428.ListIpsecServersResponse;
import com.aliyuncs.vpc.model.v20160428.UpdateIpsecServerRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpn_ipsec_server through the classic VPC SDK, in the provider's order: CreateIpsecServer
 * (VpnGatewayId, LocalSubnet, ClientIpPool, IkeConfig and IpsecConfig JSON, Psk) -> ListIpsecServers
 * (IpsecServerId.1) -> UpdateIpsecServer -> DeleteIpsecServer -> an empty list, gone. And the rules: a gateway with
 * SSL VPN on, one server a gateway, the clients' block clear of the VPC.
 */
class IpsecServerTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String gateway(boolean ssl) throws ClientException {
        return VpnSslAndRoutesTest.gateway(vpc, "10.80.0.0/16", ssl);
    }

    private CreateIpsecServerRequest server(String gatewayId, String pool) {
        CreateIpsecServerRequest s = new CreateIpsecServerRequest();
        s.setVpnGatewayId(gatewayId);
        s.setLocalSubnet("10.80.1.0/24,10.80.2.0/24");
        s.setClientIpPool(pool);
        s.setIpSecServerName("road-warriors");
        s.setClientToken("token-" + gatewayId);
        return s;
    }

    private List<ListIpsecServersResponse.IpsecServer> read(String id) throws ClientException {
        ListIpsecServersRequest l = new ListIpsecServersRequest();
        l.setIpsecServerIds(List.of(id));
        return vpc.call(l).getIpsecServers();
    }

    @Test
    void theProvidersServer() throws Exception {
        String gatewayId = gateway(true);
        CreateIpsecServerRequest create = server(gatewayId, "192.168.100.0/24");
        create.setIkeConfig("{\"IkeVersion\":\"ikev1\",\"IkeLifetime\":3600}");
        create.setPsk("shared-secret");
        create.setEffectImmediately(true);
        String id = vpc.call(create).getIpsecServerId();
        assertThat(id).matches("iss-[a-z0-9]{20}");
        assertThat(vpc.call(create).getIpsecServerId()).as("the same token").isEqualTo(id);

        assertThat(read(id)).singleElement().satisfies(s -> {
            assertThat(s.getVpnGatewayId()).isEqualTo(gatewayId);
            assertThat(s.getIpsecServerName()).isEqualTo("road-warriors");
            assertThat(s.getLocalSubnet()).isEqualTo("10.80.1.0/24,10.80.2.0/24");
            assertThat(s.getClientIpPool()).isEqualTo("192.168.100.0/24");
            assertThat(s.getPsk()).isEqualTo("shared-secret");
            assertThat(s.getPskEnabled()).isTrue();
            assertThat(s.getEffectImmediately()).isTrue();
            assertThat(s.getMaxConnections()).isEqualTo(10);
            assertThat(s.getInternetIp()).isNotEmpty();
            assertThat(s.getIkeConfig().getIkeVersion() + " " + s.getIkeConfig().getIkeLifetime() + " "
                    + s.getIkeConfig().getIkeAuthAlg()).as("given over the defaults").isEqualTo("ikev1 3600 sha1");
            assertThat(s.getIpsecConfig().getIpsecPfs()).isEqualTo("group2");
        });

        UpdateIpsecServerRequest update = new UpdateIpsecServerRequest();
        update.setIpsecServerId(id);
        update.setIpsecConfig("{\"IpsecPfs\":\"group14\"}");
        update.setLocalSubnet("10.80.3.0/24");
        vpc.call(update);
        var updated = read(id).get(0);
        assertThat(updated.getIpsecConfig().getIpsecPfs() + " " + updated.getIpsecConfig().getIpsecAuthAlg())
                .isEqualTo("group14 sha1");
        assertThat(updated.getLocalSubnet()).isEqualTo("10.80.3.0/24");
        assertThat(updated.getIkeConfig().getIkeVersion()).as("left as it was").isEqualTo("ikev1");

        DeleteIpsecServerRequest delete = new DeleteIpsecServerRequest();
        delete.setIpsecServerId(id);
        vpc.call(delete);
        assertThat(read(id)).isEmpty();
        assertThat(vpc.refusal(delete)).isEqualTo("InvalidIpsecServerId.NotFound");
    }

    @Test
    void theGatewaysRules() throws Exception {
        assertThat(vpc.refusal(server(gateway(false), "192.168.100.0/24"))).isEqualTo("VpnGateway.SslVpnDisabled");
        String gatewayId = gateway(true);
        assertThat(vpc.refusal(server(gatewayId, "10.80.64.0/24"))).as("inside the VPC")
                .isEqualTo("InvalidClientIpPool.Conflict");
        assertThat(vpc.refusal(server(gatewayId, "192.168.100.0/30"))).isEqualTo("ClientIpPool.NetmaskInvalid");
        String id = vpc.call(server(gatewayId, "192.168.100.0/24")).getIpsecServerId();
        CreateIpsecServerRequest second = server(gatewayId, "192.168.200.0/24");
        second.setClientToken("another-token");
        assertThat(vpc.refusal(second)).isEqualTo("OperationFailed.IPsecServerExist");
        assertThat(read(id).get(0).getPsk()).as("a key made for it").hasSize(16);

        DeleteVpnGatewayRequest deleteGateway = new DeleteVpnGatewayRequest();
        deleteGateway.setVpnGatewayId(gatewayId);
        vpc.call(deleteGateway);
        assertThat(read(id)).as("gone with its gateway").isEmpty();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        CreateIpsecServerRequest create = server(gateway(true), "192.168.100.0/24");
        create.setIpsecConfig("{\"IpsecEncAlg\":\"aes256\"}");
        String id = vpc.call(create).getIpsecServerId();
        String psk = read(id).get(0).getPsk();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(id)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var back = read(id).get(0);
        assertThat(List.of(back.getPsk(), back.getIpsecConfig().getIpsecEncAlg(), back.getClientIpPool()))
                .containsExactly(psk, "aes256", "192.168.100.0/24");
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String gateway(AliyunApi api) {
            String vpcId = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.81.0.0/16").path("VpcId")
                    .asString();
            return api.vpc("CreateVpnGateway", "RegionId", REGION, "VpcId", vpcId, "Bandwidth", "10", "EnableSsl",
                    "true", "InstanceChargeType", "POSTPAY").path("VpnGatewayId").asString();
        }

        private static String server(AliyunApi api) {
            return api.vpc("CreateIpsecServer", "RegionId", REGION, "VpnGatewayId", gateway(api), "LocalSubnet",
                    "10.81.1.0/24", "ClientIpPool", "192.168.0.0/24").path("IpsecServerId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateIpsecServer", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api),
                    "LocalSubnet", "10.81.1.0/24", "ClientIpPool", "192.168.0.0/24", "IpSecServerName", "server",
                    "IkeConfig", "{\"IkeVersion\":\"ikev2\"}"))
                    .fails("ClientIpPool.SubnetInvalid", api -> AliyunApi.params("RegionId", REGION,
                            "VpnGatewayId", gateway(api), "LocalSubnet", "10.81.1.0/24", "ClientIpPool", "none"));
            r.vpc("ListIpsecServers", api -> AliyunApi.params("RegionId", REGION, "IpsecServerId.1", server(api)));
            r.vpc("UpdateIpsecServer", api -> AliyunApi.params("RegionId", REGION, "IpsecServerId", server(api),
                    "EffectImmediately", "true"));
            r.vpc("DeleteIpsecServer", api -> AliyunApi.params("RegionId", REGION, "IpsecServerId", server(api)))
                    .fails("InvalidIpsecServerId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "IpsecServerId", "iss-none"));
        }
    }
}
