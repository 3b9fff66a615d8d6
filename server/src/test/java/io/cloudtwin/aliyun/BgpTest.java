package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.vpc.model.v20160428.AddBgpNetworkRequest;
import com.aliyuncs.vpc.model.v20160428.CreateBgpGroupRequest;
import com.aliyuncs.vpc.model.v20160428.CreateBgpPeerRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteBgpGroupRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteBgpPeerRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeBgpGroupsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeBgpGroupsResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeBgpPeersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeBgpPeersResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyBgpGroupAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_bgp_group, alicloud_vpc_bgp_peer and alicloud_vpc_bgp_network through the classic VPC SDK,
 * in the provider's order: CreateBgpGroup on a virtual border router, DescribeBgpGroups by BgpGroupId until
 * Available, ModifyBgpGroupAttribute; CreateBgpPeer, DescribeBgpPeers by BgpPeerId, ModifyBgpPeerAttribute;
 * AddBgpNetwork, DescribeBgpNetworks by RouterId; the deletions each refuses while something hangs off it (also when
 * a peer's creation races its group's deletion), the refusals, another account and the state round trip.
 */
class BgpTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi raw;
    private String router;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
        raw = new AliyunApi(port);
        router = VirtualBorderRouterTest.Recipe.router(raw);
    }

    private String group(long peerAsn) throws Exception {
        CreateBgpGroupRequest c = new CreateBgpGroupRequest();
        c.setRouterId(router);
        c.setPeerAsn(peerAsn);
        c.setName("tf-bgp");
        c.setAuthKey("YourPassword+12345678");
        c.setIpVersion("IPv4");
        return vpc.call(c).getBgpGroupId();
    }

    private DescribeBgpGroupsResponse.BgpGroup describeGroup(ClassicSdk sdk, String id) throws Exception {
        DescribeBgpGroupsRequest d = new DescribeBgpGroupsRequest();
        d.setBgpGroupId(id);
        var found = sdk.call(d).getBgpGroups();
        return found.isEmpty() ? null : found.get(0);
    }

    private String peer(String groupId, String address) throws Exception {
        CreateBgpPeerRequest c = new CreateBgpPeerRequest();
        c.setBgpGroupId(groupId);
        c.setPeerIpAddress(address);
        return vpc.call(c).getBgpPeerId();
    }

    private List<DescribeBgpPeersResponse.BgpPeer> peers(String id) throws Exception {
        DescribeBgpPeersRequest d = new DescribeBgpPeersRequest();
        d.setBgpPeerId(id);
        return vpc.call(d).getBgpPeers();
    }

    @Test
    void theProvidersCallsMakeReadChangeAndDeleteGroupsPeersAndNetworks() throws Exception {
        String g = group(1111);
        assertThat(g).startsWith("bgpg-");
        var read = describeGroup(vpc, g);
        assertThat(read.getStatus()).isEqualTo("Available");
        assertThat(read.getRouterId()).isEqualTo(router);
        assertThat(read.getPeerAsn()).isEqualTo("1111");
        assertThat(read.getLocalAsn()).isEqualTo("45104");
        assertThat(read.getAuthKey()).isEqualTo("YourPassword+12345678");
        assertThat(read.getIsFake()).isEqualTo("false");
        assertThat(read.getIpVersion()).isEqualTo("IPv4");
        assertThat(read.getRouteLimit()).isEqualTo("110");
        assertThat(read.getHold()).isNotEmpty();
        assertThat(read.getKeepalive()).isNotEmpty();

        ModifyBgpGroupAttributeRequest m = new ModifyBgpGroupAttributeRequest();
        m.setBgpGroupId(g);
        m.setPeerAsn(1112L);
        m.setDescription("updated");
        vpc.call(m);
        raw.vpc("ModifyBgpGroupAttribute", "RegionId", REGION, "BgpGroupId", g, "PeerAsn", "1112", "LocalAsn",
                "64513", "RouteQuota", "100");
        read = describeGroup(vpc, g);
        assertThat(read.getPeerAsn()).isEqualTo("1112");
        assertThat(read.getLocalAsn()).isEqualTo("64513");
        assertThat(read.getRouteLimit()).isEqualTo("100");
        assertThat(read.getDescription()).isEqualTo("updated");
        raw.vpc("ModifyBgpGroupAttribute", "RegionId", REGION, "BgpGroupId", g, "PeerAsn", "1112", "ClearAuthKey",
                "true");
        assertThat(describeGroup(vpc, g).getAuthKey()).isEmpty();

        String p = peer(g, "1.1.1.1");
        var peer = peers(p);
        assertThat(peer).hasSize(1);
        assertThat(peer.get(0).getStatus()).isEqualTo("Available");
        assertThat(peer.get(0).getBgpStatus()).isEqualTo("Connect");
        assertThat(peer.get(0).getPeerIpAddress()).isEqualTo("1.1.1.1");
        assertThat(peer.get(0).getRouterId()).isEqualTo(router);
        assertThat(peer.get(0).getPeerAsn()).isEqualTo("1112");
        assertThat(peer.get(0).getIsFake()).isFalse();
        assertThat(peer.get(0).getEnableBfd()).isFalse();
        raw.vpc("ModifyBgpPeerAttribute", "RegionId", REGION, "BgpPeerId", p, "BgpGroupId", g, "PeerIpAddress",
                "1.1.1.2", "EnableBfd", "true", "BfdMultiHop", "10");
        peer = peers(p);
        assertThat(peer.get(0).getPeerIpAddress()).isEqualTo("1.1.1.2");
        assertThat(peer.get(0).getEnableBfd()).isTrue();
        assertThat(peer.get(0).getBfdMultiHop()).isEqualTo(10);

        AddBgpNetworkRequest add = new AddBgpNetworkRequest();
        add.setRouterId(router);
        add.setDstCidrBlock("192.168.0.0/16");
        vpc.call(add);
        assertThat(vpc.refusal(add)).isEqualTo("Duplicated.CidrBlock");
        var networks = raw.vpc("DescribeBgpNetworks", "RegionId", REGION, "RouterId", router, "PageSize", "50")
                .path("BgpNetworks").path("BgpNetwork");
        assertThat(networks.size()).isEqualTo(1);
        assertThat(networks.get(0).path("DstCidrBlock").asString()).isEqualTo("192.168.0.0/16");
        assertThat(networks.get(0).path("Status").asString()).isEqualTo("Available");

        assertThat(raw.refusal(AliyunSpecs.VPC, "DeleteVirtualBorderRouter", "RegionId", REGION, "VbrId", router))
                .as("the provider retries this code").isEqualTo("DependencyViolation.BgpGroup");
        DeleteBgpGroupRequest deleteGroup = new DeleteBgpGroupRequest();
        deleteGroup.setBgpGroupId(g);
        assertThat(vpc.refusal(deleteGroup)).as("the provider retries this code")
                .isEqualTo("DependencyViolation.BgpPeer");
        DeleteBgpPeerRequest deletePeer = new DeleteBgpPeerRequest();
        deletePeer.setBgpPeerId(p);
        vpc.call(deletePeer);
        assertThat(peers(p)).isEmpty();
        vpc.call(deleteGroup);
        assertThat(describeGroup(vpc, g)).isNull();
        raw.vpc("DeleteBgpNetwork", "RegionId", REGION, "RouterId", router, "DstCidrBlock", "192.168.0.0/16");
        assertThat(raw.vpc("DescribeBgpNetworks", "RegionId", REGION, "RouterId", router).path("TotalCount").asInt())
                .isZero();
        raw.vpc("DeleteVirtualBorderRouter", "RegionId", REGION, "VbrId", router);
    }

    @Test
    void aPeerRacingItsGroupsDeletionLeavesOneOutcome() throws Exception {
        String g = group(2222);
        Future<String> made = racing().submit(() -> raw.outcome(AliyunSpecs.VPC, "CreateBgpPeer", "RegionId", REGION,
                "BgpGroupId", g, "PeerIpAddress", "2.2.2.2"));
        Future<String> deleted = racing().submit(() -> raw.outcome(AliyunSpecs.VPC, "DeleteBgpGroup", "RegionId",
                REGION, "BgpGroupId", g));
        List<String> outcomes = List.of(made.get(), deleted.get());
        int peersLeft = raw.vpc("DescribeBgpPeers", "RegionId", REGION, "BgpGroupId", g).path("TotalCount").asInt();
        if (outcomes.get(0).equals("ok")) {
            assertThat(outcomes.get(1)).isEqualTo("DependencyViolation.BgpPeer");
            assertThat(peersLeft).isEqualTo(1);
            assertThat(describeGroup(vpc, g)).isNotNull();
        } else {
            assertThat(outcomes).containsExactly("InvalidParams.NotFound", "ok");
            assertThat(peersLeft).isZero();
        }
    }

    @Test
    void theRefusals() throws Exception {
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpGroup", "RegionId", REGION, "RouterId", router, "PeerAsn",
                "0")).isEqualTo("IllegalParam.PeerAsn");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpGroup", "RegionId", REGION, "RouterId", router, "PeerAsn",
                "1111", "LocalAsn", "100")).isEqualTo("IllegalParam.LocalAsn");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpGroup", "RegionId", REGION, "RouterId", "vbr-nothere",
                "PeerAsn", "1111")).isEqualTo("InvalidParams.NotFound");
        assertThat(raw.vpc("DescribeBgpGroups", "RegionId", REGION).path("TotalCount").asInt())
                .as("no refusal made a group").isZero();
        String g = group(3333);
        peer(g, "3.3.3.3");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpPeer", "RegionId", REGION, "BgpGroupId", g,
                "PeerIpAddress", "3.3.3.3")).isEqualTo("InvalidParams.PeerIpAddressInUse");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpPeer", "RegionId", REGION, "BgpGroupId", g,
                "PeerIpAddress", "3.3.3.300")).isEqualTo("InvalidPeerIpAddress");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreateBgpPeer", "RegionId", REGION, "BgpGroupId", g,
                "BfdMultiHop", "256")).isEqualTo("IllegalParam.BfdMultiHop");
        assertThat(raw.refusal(AliyunSpecs.VPC, "AddBgpNetwork", "RegionId", REGION, "RouterId", router,
                "DstCidrBlock", "192.168.0.0/33")).isEqualTo("InvalidDestCidrBlock.Malformed");
        raw.vpc("AddBgpNetwork", "RegionId", REGION, "RouterId", router, "DstCidrBlock", "192.168.0.1");
        assertThat(raw.vpc("DescribeBgpNetworks", "RegionId", REGION, "RouterId", router).path("BgpNetworks")
                .path("BgpNetwork").get(0).path("DstCidrBlock").asString())
                .as("an address alone is kept as given (the provider's data source test)").isEqualTo("192.168.0.1");
        assertThat(raw.refusal(AliyunSpecs.VPC, "DeleteVirtualBorderRouter", "RegionId", REGION, "VbrId", router))
                .isEqualTo("DependencyViolation.BgpGroup");
    }

    @Test
    void anotherAccountNeitherSeesNorUsesAGroup() throws Exception {
        String g = group(4444);
        ClassicSdk other = new ClassicSdk(endpoint(), "other-ak", "other-secret");
        assertThat(describeGroup(other, g)).isNull();
        CreateBgpPeerRequest c = new CreateBgpPeerRequest();
        c.setBgpGroupId(g);
        assertThat(other.refusal(c)).isEqualTo("InvalidParams.NotFound");
        assertThat(describeGroup(vpc, g)).isNotNull();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String g = group(5555);
        String p = peer(g, "5.5.5.5");
        raw.vpc("AddBgpNetwork", "RegionId", REGION, "RouterId", router, "DstCidrBlock", "10.10.0.0/16");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(describeGroup(vpc, g).getPeerAsn()).isEqualTo("5555");
        assertThat(peers(p).get(0).getPeerIpAddress()).isEqualTo("5.5.5.5");
        assertThat(raw.vpc("DescribeBgpNetworks", "RegionId", REGION, "RouterId", router).path("TotalCount").asInt())
                .isEqualTo(1);
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String group(AliyunApi api) {
            return api.vpc("CreateBgpGroup", "RegionId", REGION, "RouterId", VirtualBorderRouterTest.Recipe.router(api),
                    "PeerAsn", "1111").path("BgpGroupId").asString();
        }

        private static String peer(AliyunApi api) {
            return api.vpc("CreateBgpPeer", "RegionId", REGION, "BgpGroupId", group(api), "PeerIpAddress", "1.1.1.1")
                    .path("BgpPeerId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateBgpGroup", api -> AliyunApi.params("RegionId", REGION, "RouterId",
                    VirtualBorderRouterTest.Recipe.router(api), "PeerAsn", "1111", "Name", "bgp"))
                    .fails("InvalidParams.NotFound", api -> AliyunApi.params("RegionId", REGION, "RouterId",
                            "vbr-nothere", "PeerAsn", "1111"));
            r.vpc("DescribeBgpGroups", api -> AliyunApi.params("RegionId", REGION, "BgpGroupId", group(api)));
            r.vpc("ModifyBgpGroupAttribute", api -> AliyunApi.params("RegionId", REGION, "BgpGroupId", group(api),
                    "PeerAsn", "1112"));
            r.vpc("DeleteBgpGroup", api -> AliyunApi.params("RegionId", REGION, "BgpGroupId", group(api)));
            r.vpc("CreateBgpPeer", api -> AliyunApi.params("RegionId", REGION, "BgpGroupId", group(api),
                    "PeerIpAddress", "1.1.1.1", "EnableBfd", "true", "BfdMultiHop", "10"));
            r.vpc("DescribeBgpPeers", api -> AliyunApi.params("RegionId", REGION, "BgpPeerId", peer(api)));
            r.vpc("ModifyBgpPeerAttribute", api -> AliyunApi.params("RegionId", REGION, "BgpPeerId", peer(api),
                    "PeerIpAddress", "1.1.1.2"))
                    .fails("InvalidBgpPeerId.NotFound", api -> AliyunApi.params("RegionId", REGION, "BgpPeerId",
                            "bgp-nothere"));
            r.vpc("DeleteBgpPeer", api -> AliyunApi.params("RegionId", REGION, "BgpPeerId", peer(api)));
            r.vpc("AddBgpNetwork", api -> AliyunApi.params("RegionId", REGION, "RouterId",
                    VirtualBorderRouterTest.Recipe.router(api), "DstCidrBlock", "192.168.0.0/16"));
            r.vpc("DescribeBgpNetworks", api -> AliyunApi.params("RegionId", REGION, "RouterId",
                    VirtualBorderRouterTest.Recipe.router(api)));
            r.vpc("DeleteBgpNetwork", api -> {
                String router = VirtualBorderRouterTest.Recipe.router(api);
                api.vpc("AddBgpNetwork", "RegionId", REGION, "RouterId", router, "DstCidrBlock", "10.0.0.0/8");
                return AliyunApi.params("RegionId", REGION, "RouterId", router, "DstCidrBlock", "10.0.0.0/8");
            });
        }
    }
}
