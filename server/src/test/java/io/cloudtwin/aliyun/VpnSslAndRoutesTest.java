package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateCustomerGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateSslVpnClientCertRequest;
import com.aliyuncs.vpc.model.v20160428.CreateSslVpnServerRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnPbrRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpnRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteSslVpnClientCertRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteSslVpnServerRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnPbrRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpnRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSslVpnClientCertRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSslVpnClientCertsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSslVpnServersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSslVpnServersResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnPbrRouteEntriesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnRouteEntriesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpnRouteEntriesResponse;
import com.aliyuncs.vpc.model.v20160428.ModifySslVpnClientCertRequest;
import com.aliyuncs.vpc.model.v20160428.ModifySslVpnServerRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyVpnRouteEntryWeightRequest;
import com.aliyuncs.vpc.model.v20160428.PublishVpnRouteEntryRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ssl_vpn_server, alicloud_ssl_vpn_client_cert, alicloud_vpn_route_entry and
 * alicloud_vpn_pbr_route_entry through the classic VPC SDK (and raw calls where the SDK lacks a parameter the
 * provider sends), in the provider's order, with the values it reads back to decide there is no change.
 */
class VpnSslAndRoutesTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String gateway(boolean ssl) throws ClientException {
        return gateway(vpc, "10.95.0.0/16", ssl);
    }

    /** A VPN gateway of 10 Mbit/s in a new VPC of that block, with SSL VPN on (for 10 clients) or off. */
    static String gateway(ClassicSdk vpc, String vpcBlock, boolean ssl) throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock(vpcBlock);
        CreateVpnGatewayRequest g = new CreateVpnGatewayRequest();
        g.setVpcId(vpc.call(v).getVpcId());
        g.setBandwidth(10);
        g.setEnableSsl(ssl);
        if (ssl) g.setSslConnections(10);
        return vpc.call(g).getVpnGatewayId();
    }

    private String connection(String gatewayId, String peer) throws ClientException {
        CreateCustomerGatewayRequest c = new CreateCustomerGatewayRequest();
        c.setIpAddress(peer);
        CreateVpnConnectionRequest v = new CreateVpnConnectionRequest();
        v.setVpnGatewayId(gatewayId);
        v.setCustomerGatewayId(vpc.call(c).getCustomerGatewayId());
        v.setLocalSubnet("10.95.0.0/16");
        v.setRemoteSubnet("192.168.0.0/16");
        return vpc.call(v).getVpnConnectionId();
    }

    private CreateSslVpnServerRequest serverRequest(String gatewayId) {
        CreateSslVpnServerRequest s = new CreateSslVpnServerRequest();
        s.setVpnGatewayId(gatewayId);
        s.setClientIpPool("192.168.100.0/24");
        s.setLocalSubnet("10.95.1.0/24,10.95.2.0/24");
        s.setProto("UDP");
        s.setCipher("AES-128-CBC");
        s.setPort(1194);
        s.setCompress(false);
        return s;
    }

    private DescribeSslVpnServersResponse.SslVpnServer server(String id) throws ClientException {
        DescribeSslVpnServersRequest d = new DescribeSslVpnServersRequest();
        d.setSslVpnServerId(id);
        List<DescribeSslVpnServersResponse.SslVpnServer> found = vpc.call(d).getSslVpnServers();
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void theProvidersSslServerAndClientCertificate() throws Exception {
        String gatewayId = gateway(true);
        String serverId = vpc.call(serverRequest(gatewayId)).getSslVpnServerId();
        assertThat(serverId).matches("vss-[a-z0-9]{20}");
        var s = server(serverId);
        assertThat(List.of(s.getVpnGatewayId(), s.getName(), s.getClientIpPool(), s.getLocalSubnet(), s.getProto(),
                s.getCipher())).as("as sent; no name given: none").containsExactly(gatewayId, "", "192.168.100.0/24",
                        "10.95.1.0/24,10.95.2.0/24", "UDP", "AES-128-CBC");
        assertThat(s.getPort()).isEqualTo(1194);
        assertThat(s.getCompress()).isFalse();
        assertThat(s.getConnections()).isZero();
        assertThat(s.getMaxConnections()).as("the gateway's SSL clients").isEqualTo(10);
        DescribeVpnGatewayRequest g = new DescribeVpnGatewayRequest();
        g.setVpnGatewayId(gatewayId);
        assertThat(s.getInternetIp()).isEqualTo(vpc.call(g).getInternetIp());
        assertThat(vpc.refusal(serverRequest(gatewayId))).as("one a gateway").isEqualTo("SslVpnServer.AlreadyExist");

        ModifySslVpnServerRequest modify = new ModifySslVpnServerRequest();
        modify.setSslVpnServerId(serverId);
        modify.setClientIpPool("192.168.100.0/24");
        modify.setLocalSubnet("10.95.1.0/24");
        modify.setCipher("AES-256-CBC");
        vpc.call(modify);
        s = server(serverId);
        assertThat(s.getLocalSubnet() + " " + s.getCipher() + " " + s.getProto())
                .as("the given change, the rest kept").isEqualTo("10.95.1.0/24 AES-256-CBC UDP");

        CreateSslVpnClientCertRequest cert = new CreateSslVpnClientCertRequest();
        cert.setSslVpnServerId(serverId);
        cert.setName("laptop");
        String certId = vpc.call(cert).getSslVpnClientCertId();
        DescribeSslVpnClientCertRequest readCert = new DescribeSslVpnClientCertRequest();
        readCert.setSslVpnClientCertId(certId);
        var c = vpc.call(readCert);
        assertThat(c.getStatus()).as("what the provider waits for").isEqualTo("normal");
        assertThat(c.getSslVpnServerId() + " " + c.getName()).isEqualTo(serverId + " laptop");
        assertThat(c.getCaCert()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(c.getClientKey()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(c.getClientCert()).isNotEqualTo(c.getCaCert());
        assertThat(c.getClientConfig()).contains("remote " + s.getInternetIp() + " 1194").contains("cipher AES-256-CBC");
        assertThat(c.getEndTime()).isGreaterThan(c.getCreateTime());
        assertThat(vpc.call(readCert).getClientKey()).as("stable").isEqualTo(c.getClientKey());

        ModifySslVpnClientCertRequest rename = new ModifySslVpnClientCertRequest();
        rename.setSslVpnClientCertId(certId);
        rename.setName("laptop-2");
        vpc.call(rename);
        DescribeSslVpnClientCertsRequest certs = new DescribeSslVpnClientCertsRequest();
        certs.setSslVpnServerId(serverId);
        assertThat(vpc.call(certs).getSslVpnClientCertKeys()).singleElement()
                .satisfies(k -> assertThat(k.getName() + " " + k.getStatus()).isEqualTo("laptop-2 normal"));

        DeleteVpnGatewayRequest deleteGateway = new DeleteVpnGatewayRequest();
        deleteGateway.setVpnGatewayId(gatewayId);
        assertThat(vpc.refusal(deleteGateway)).isEqualTo("DependencyViolation.SslVpnServer");

        DeleteSslVpnClientCertRequest deleteCert = new DeleteSslVpnClientCertRequest();
        deleteCert.setSslVpnClientCertId(certId);
        vpc.call(deleteCert);
        assertThat(vpc.refusal(readCert)).as("the provider's gone").isEqualTo("InvalidInstanceId.NotFound");
        assertThat(vpc.refusal(deleteCert)).isEqualTo("InvalidSslVpnClientCertId.NotFound");
        vpc.call(cert);
        DeleteSslVpnServerRequest deleteServer = new DeleteSslVpnServerRequest();
        deleteServer.setSslVpnServerId(serverId);
        vpc.call(deleteServer);
        assertThat(server(serverId)).as("an unknown id lists none").isNull();
        assertThat(vpc.call(certs).getSslVpnClientCertKeys()).as("gone with their server").isEmpty();
        assertThat(vpc.refusal(deleteServer)).isEqualTo("InvalidSslVpnServerId.NotFound");
        vpc.call(deleteGateway);
    }

    @Test
    void anSslServerIsRefusedWhatTheCloudRefuses() throws Exception {
        assertThat(vpc.refusal(serverRequest(gateway(false)))).isEqualTo("VpnGateway.SslVpnDisabled");
        String gatewayId = gateway(true);
        CreateSslVpnServerRequest port = serverRequest(gatewayId);
        port.setPort(443);
        assertThat(vpc.refusal(port)).isEqualTo("SslVpnServerPort.Illegal");
        CreateSslVpnServerRequest mask = serverRequest(gatewayId);
        mask.setClientIpPool("192.168.100.0/30");
        assertThat(vpc.refusal(mask)).isEqualTo("ClientIpPool.NetmaskInvalid");
        CreateSslVpnServerRequest pool = serverRequest(gatewayId);
        pool.setClientIpPool("192.168.100.1/24");
        assertThat(vpc.refusal(pool)).isEqualTo("ClientIpPool.SubnetInvalid");
        CreateSslVpnServerRequest local = serverRequest(gatewayId);
        local.setLocalSubnet("10.95.1.0/24,nowhere");
        assertThat(vpc.refusal(local)).isEqualTo("IllegalParam.LocalSubnet");
        CreateSslVpnClientCertRequest orphan = new CreateSslVpnClientCertRequest();
        orphan.setSslVpnServerId("vss-nosuchserver00000000");
        assertThat(vpc.refusal(orphan)).isEqualTo("InvalidSslVpnServerId.NotFound");
    }

    @Test
    void theProvidersDestinationRoutePublishedReweighedAndDeleted() throws Exception {
        String gatewayId = gateway(false);
        String hop = connection(gatewayId, "203.0.113.50");
        CreateVpnRouteEntryRequest create = new CreateVpnRouteEntryRequest();
        create.setVpnGatewayId(gatewayId);
        create.setNextHop(hop);
        create.setRouteDest("192.168.10.0/24");
        create.setWeight(0);
        create.setPublishVpc(true);
        var made = vpc.call(create);
        assertThat(made.getVpnInstanceId() + ":" + made.getNextHop() + ":" + made.getRouteDest())
                .as("the provider's id, from the answer").isEqualTo(gatewayId + ":" + hop + ":192.168.10.0/24");
        assertThat(made.getState()).isEqualTo("published");
        assertThat(vpc.refusal(create)).isEqualTo("VpnRouteEntry.AlreadyExists");

        PublishVpnRouteEntryRequest withdraw = new PublishVpnRouteEntryRequest();
        withdraw.setVpnGatewayId(gatewayId);
        withdraw.setNextHop(hop);
        withdraw.setRouteDest("192.168.10.0/24");
        withdraw.setRouteType("dbr");
        withdraw.setPublishVpc(false);
        vpc.call(withdraw);
        ModifyVpnRouteEntryWeightRequest weigh = new ModifyVpnRouteEntryWeightRequest();
        weigh.setVpnGatewayId(gatewayId);
        weigh.setNextHop(hop);
        weigh.setRouteDest("192.168.10.0/24");
        weigh.setWeight(0);
        weigh.setNewWeight(100);
        vpc.call(weigh);
        DescribeVpnRouteEntriesRequest list = new DescribeVpnRouteEntriesRequest();
        list.setVpnGatewayId(gatewayId);
        list.setPageSize(20);
        DescribeVpnRouteEntriesResponse.VpnRouteEntry e = vpc.call(list).getVpnRouteEntries().get(0);
        assertThat(List.of(e.getState(), e.getRouteEntryType(), e.getVpnInstanceId(), e.getNextHop(),
                e.getRouteDest())).containsExactly("normal", "custom", gatewayId, hop, "192.168.10.0/24");
        assertThat(e.getWeight()).isEqualTo(100);

        DeleteVpnRouteEntryRequest delete = new DeleteVpnRouteEntryRequest();
        delete.setVpnGatewayId(gatewayId);
        delete.setNextHop(hop);
        delete.setRouteDest("192.168.10.0/24");
        delete.setWeight(0);
        assertThat(vpc.refusal(delete)).as("not its weight").isEqualTo("InvalidRouteEntry.NotFound");
        delete.setWeight(100);
        vpc.call(delete);
        assertThat(vpc.call(list).getVpnRouteEntries()).isEmpty();

        CreateVpnRouteEntryRequest stranger = new CreateVpnRouteEntryRequest();
        stranger.setVpnGatewayId(gatewayId);
        stranger.setNextHop(connection(gateway(false), "203.0.113.51"));
        stranger.setRouteDest("192.168.20.0/24");
        stranger.setWeight(100);
        stranger.setPublishVpc(false);
        assertThat(vpc.refusal(stranger)).as("another gateway's connection").isEqualTo("InvalidNextHop.NotFound");
        CreateVpnRouteEntryRequest heavy = new CreateVpnRouteEntryRequest();
        heavy.setVpnGatewayId(gatewayId);
        heavy.setNextHop(hop);
        heavy.setRouteDest("192.168.20.0/24");
        heavy.setWeight(50);
        heavy.setPublishVpc(false);
        assertThat(vpc.refusal(heavy)).isEqualTo("VpnRouteEntry.InvalidWeight");
        DescribeVpnRouteEntriesRequest unknown = new DescribeVpnRouteEntriesRequest();
        unknown.setVpnGatewayId("vpn-nosuchgateway0000000");
        assertThat(vpc.refusal(unknown)).isEqualTo("InvalidVpnGatewayInstanceId.NotFound");
    }

    @Test
    void theProvidersPolicyRouteAndItsConnectionsEnd() throws Exception {
        String gatewayId = gateway(false);
        String hop = connection(gatewayId, "203.0.113.60");
        CreateVpnPbrRouteEntryRequest create = new CreateVpnPbrRouteEntryRequest();
        create.setVpnGatewayId(gatewayId);
        create.setNextHop(hop);
        create.setRouteSource("10.95.0.0/24");
        create.setRouteDest("192.168.30.0/24");
        create.setWeight(100);
        create.setPublishVpc(false);
        vpc.call(create);
        create.setRouteSource("10.95.1.0/24");
        vpc.call(create);

        var api = new AliyunApi(port);
        api.vpc("PublishVpnRouteEntry", "RegionId", REGION, "VpnGatewayId", gatewayId, "NextHop", hop,
                "RouteSource", "10.95.1.0/24", "RouteDest", "192.168.30.0/24", "RouteType", "pbr", "PublishVpc",
                "true");
        DescribeVpnPbrRouteEntriesRequest list = new DescribeVpnPbrRouteEntriesRequest();
        list.setVpnGatewayId(gatewayId);
        assertThat(vpc.call(list).getVpnPbrRouteEntries()).extracting(x -> x.getRouteSource() + " " + x.getState())
                .as("RouteSource picks the entry").containsExactly("10.95.0.0/24 normal", "10.95.1.0/24 published");

        DeleteVpnPbrRouteEntryRequest delete = new DeleteVpnPbrRouteEntryRequest();
        delete.setVpnGatewayId(gatewayId);
        delete.setNextHop(hop);
        delete.setRouteSource("10.95.0.0/24");
        delete.setRouteDest("192.168.30.0/24");
        delete.setWeight(100);
        vpc.call(delete);
        assertThat(vpc.call(list).getVpnPbrRouteEntries()).hasSize(1);

        DeleteVpnConnectionRequest end = new DeleteVpnConnectionRequest();
        end.setVpnConnectionId(hop);
        vpc.call(end);
        assertThat(vpc.call(list).getVpnPbrRouteEntries()).as("gone with their next hop").isEmpty();
    }

    @Test
    void serversCertificatesAndRoutesRoundTripTheState() throws Exception {
        String gatewayId = gateway(true);
        String serverId = vpc.call(serverRequest(gatewayId)).getSslVpnServerId();
        CreateSslVpnClientCertRequest cert = new CreateSslVpnClientCertRequest();
        cert.setSslVpnServerId(serverId);
        String certId = vpc.call(cert).getSslVpnClientCertId();
        String hop = connection(gatewayId, "203.0.113.70");
        CreateVpnRouteEntryRequest route = new CreateVpnRouteEntryRequest();
        route.setVpnGatewayId(gatewayId);
        route.setNextHop(hop);
        route.setRouteDest("192.168.40.0/24");
        route.setWeight(100);
        route.setPublishVpc(true);
        vpc.call(route);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(server(serverId)).isNull();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        assertThat(server(serverId).getLocalSubnet()).isEqualTo("10.95.1.0/24,10.95.2.0/24");
        DescribeSslVpnClientCertRequest readCert = new DescribeSslVpnClientCertRequest();
        readCert.setSslVpnClientCertId(certId);
        assertThat(vpc.call(readCert).getSslVpnServerId()).isEqualTo(serverId);
        DescribeVpnRouteEntriesRequest list = new DescribeVpnRouteEntriesRequest();
        list.setVpnGatewayId(gatewayId);
        assertThat(vpc.call(list).getVpnRouteEntries()).singleElement().satisfies(e -> assertThat(
                e.getNextHop() + " " + e.getRouteDest() + " " + e.getState() + " " + e.getWeight())
                .isEqualTo(hop + " 192.168.40.0/24 published 100"));
    }

    /** Conformance calls: each SSL VPN and VPN route action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String gateway(AliyunApi api, boolean ssl) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.96.0.0/16").path("VpcId").asString();
            return api.vpc("CreateVpnGateway", "RegionId", REGION, "VpcId", v, "Bandwidth", "5", "EnableSsl",
                    String.valueOf(ssl)).path("VpnGatewayId").asString();
        }

        private static String server(AliyunApi api) {
            return api.vpc("CreateSslVpnServer", "RegionId", REGION, "VpnGatewayId", gateway(api, true),
                    "ClientIpPool", "192.168.200.0/24", "LocalSubnet", "10.96.0.0/16").path("SslVpnServerId")
                    .asString();
        }

        private static String cert(AliyunApi api) {
            return api.vpc("CreateSslVpnClientCert", "RegionId", REGION, "SslVpnServerId", server(api))
                    .path("SslVpnClientCertId").asString();
        }

        /** A gateway, a connection of it and a route of each kind to it, published: gateway, hop. */
        private static String[] routed(AliyunApi api) {
            String g = gateway(api, false);
            String peer = "198.18." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
            String cgw = api.send("Vpc", "CreateCustomerGateway", "JSON", AliyunApi.params("RegionId", REGION,
                    "IpAddress", peer)).tree().path("CustomerGatewayId").asString();
            String hop = api.vpc("CreateVpnConnection", "RegionId", REGION, "VpnGatewayId", g, "CustomerGatewayId",
                    cgw, "LocalSubnet", "10.96.0.0/16", "RemoteSubnet", "172.20.0.0/16").path("VpnConnectionId")
                    .asString();
            api.vpc("CreateVpnRouteEntry", "RegionId", REGION, "VpnGatewayId", g, "NextHop", hop, "RouteDest",
                    "172.20.1.0/24", "Weight", "100", "PublishVpc", "true");
            api.vpc("CreateVpnPbrRouteEntry", "RegionId", REGION, "VpnGatewayId", g, "NextHop", hop, "RouteSource",
                    "10.96.1.0/24", "RouteDest", "172.20.1.0/24", "Weight", "100", "PublishVpc", "true");
            return new String[] {g, hop};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateSslVpnServer", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId", gateway(api, true),
                    "ClientIpPool", "192.168.201.0/24", "LocalSubnet", "10.96.0.0/16,10.97.0.0/16", "Name", "ssl",
                    "Proto", "TCP", "Cipher", "none", "Port", "1195", "Compress", "true"))
                    .fails("SslVpnServerPort.Illegal", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId",
                            gateway(api, true), "ClientIpPool", "192.168.201.0/24", "LocalSubnet", "10.96.0.0/16",
                            "Port", "22"));
            r.vpc("DescribeSslVpnServers", api -> AliyunApi.params("RegionId", REGION, "SslVpnServerId", server(api)));
            r.vpc("ModifySslVpnServer", api -> AliyunApi.params("RegionId", REGION, "SslVpnServerId", server(api),
                    "Name", "ssl-2", "Port", "1196"));
            r.vpc("DeleteSslVpnServer", api -> AliyunApi.params("RegionId", REGION, "SslVpnServerId", server(api)));
            r.vpc("CreateSslVpnClientCert", api -> AliyunApi.params("RegionId", REGION, "SslVpnServerId", server(api),
                    "Name", "client"));
            r.vpc("DescribeSslVpnClientCert", api -> AliyunApi.params("RegionId", REGION, "SslVpnClientCertId",
                    cert(api)))
                    .fails("InvalidInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "SslVpnClientCertId", "vsc-none"));
            r.vpc("DescribeSslVpnClientCerts", api -> AliyunApi.params("RegionId", REGION, "SslVpnClientCertId",
                    cert(api)));
            r.vpc("ModifySslVpnClientCert", api -> AliyunApi.params("RegionId", REGION, "SslVpnClientCertId",
                    cert(api), "Name", "client-2"));
            r.vpc("DeleteSslVpnClientCert", api -> AliyunApi.params("RegionId", REGION, "SslVpnClientCertId",
                    cert(api)));
            r.vpc("CreateVpnRouteEntry", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteDest",
                        "172.20.2.0/24", "Weight", "0", "PublishVpc", "false", "Description", "standby");
            });
            r.vpc("DescribeVpnRouteEntries", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId",
                    routed(api)[0]));
            r.vpc("PublishVpnRouteEntry", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteDest",
                        "172.20.1.0/24", "RouteType", "dbr", "PublishVpc", "false");
            });
            r.vpc("ModifyVpnRouteEntryWeight", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteDest",
                        "172.20.1.0/24", "Weight", "100", "NewWeight", "0");
            });
            r.vpc("DeleteVpnRouteEntry", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteDest",
                        "172.20.1.0/24", "Weight", "100");
            });
            r.vpc("CreateVpnPbrRouteEntry", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteSource",
                        "10.96.2.0/24", "RouteDest", "172.20.2.0/24", "Weight", "0", "PublishVpc", "false",
                        "Priority", "20");
            });
            r.vpc("DescribeVpnPbrRouteEntries", api -> AliyunApi.params("RegionId", REGION, "VpnGatewayId",
                    routed(api)[0]));
            r.vpc("ModifyVpnPbrRouteEntryWeight", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteSource",
                        "10.96.1.0/24", "RouteDest", "172.20.1.0/24", "Weight", "100", "NewWeight", "0");
            });
            r.vpc("DeleteVpnPbrRouteEntry", api -> {
                String[] gh = routed(api);
                return AliyunApi.params("RegionId", REGION, "VpnGatewayId", gh[0], "NextHop", gh[1], "RouteSource",
                        "10.96.1.0/24", "RouteDest", "172.20.1.0/24", "Weight", "100");
            });
        }
    }
}
