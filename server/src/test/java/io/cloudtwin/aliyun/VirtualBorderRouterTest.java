package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.vpc.model.v20160428.AssociatePhysicalConnectionToVirtualBorderRouterRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVirtualBorderRouterRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVirtualBorderRouterRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVirtualBorderRoutersRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVirtualBorderRoutersResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyVirtualBorderRouterAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.RecoverVirtualBorderRouterRequest;
import com.aliyuncs.vpc.model.v20160428.TerminateVirtualBorderRouterRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociatePhysicalConnectionFromVirtualBorderRouterRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_express_connect_virtual_border_router through the classic VPC SDK, in the provider's order:
 * CreateVirtualBorderRouter on an Enabled circuit, DescribeVirtualBorderRouters filtered by VbrId until active, the
 * ModifyVirtualBorderRouterAttribute its BFD arguments send right after, tags by TagResourcesForExpressConnect,
 * the association of a further circuit (alicloud_express_connect_vbr_pconn_association),
 * the status moves (terminated, active again), DeleteVirtualBorderRouter and the wait for an empty list; a VLAN that
 * serves one router of a circuit, a circuit that is neither terminated nor deleted under its routers (also when the
 * two race), the refusals of a creation, another account and the state round trip.
 */
class VirtualBorderRouterTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi raw;
    private String circuit;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
        raw = new AliyunApi(port);
        circuit = PhysicalConnectionTest.Recipe.enabled(raw);
    }

    private CreateVirtualBorderRouterRequest router(String circuitId, int vlan) {
        CreateVirtualBorderRouterRequest c = new CreateVirtualBorderRouterRequest();
        c.setPhysicalConnectionId(circuitId);
        c.setVlanId(vlan);
        c.setLocalGatewayIp("10.0.0.1");
        c.setPeerGatewayIp("10.0.0.2");
        c.setPeeringSubnetMask("255.255.255.252");
        c.setName("tf-vbr");
        return c;
    }

    private List<DescribeVirtualBorderRoutersResponse.VirtualBorderRouterType> routers(ClassicSdk sdk, String key,
            String value) throws Exception {
        DescribeVirtualBorderRoutersRequest d = new DescribeVirtualBorderRoutersRequest();
        DescribeVirtualBorderRoutersRequest.Filter f = new DescribeVirtualBorderRoutersRequest.Filter();
        f.setKey(key);
        f.setValues(List.of(value));
        d.setFilters(List.of(f));
        d.setPageSize(50);
        return sdk.call(d).getVirtualBorderRouterSet();
    }

    private DescribeVirtualBorderRoutersResponse.VirtualBorderRouterType one(String id) throws Exception {
        var found = routers(vpc, "VbrId", id);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theProvidersCallsCreateModifyMoveAndDeleteARouter() throws Exception {
        String id = vpc.call(router(circuit, 110)).getVbrId();
        assertThat(id).startsWith("vbr-");
        var v = one(id);
        assertThat(v.getStatus()).isEqualTo("active");
        assertThat(v.getPhysicalConnectionId()).isEqualTo(circuit);
        assertThat(v.getAccessPointId()).isEqualTo(PhysicalConnectionTest.ACCESS_POINT);
        assertThat(v.getVlanId()).isEqualTo(110);
        assertThat(v.getLocalGatewayIp()).isEqualTo("10.0.0.1");
        assertThat(v.getPeerGatewayIp()).isEqualTo("10.0.0.2");
        assertThat(v.getPeeringSubnetMask()).isEqualTo("255.255.255.252");
        assertThat(v.getEnableIpv6()).isFalse();
        assertThat(v.getRouteTableId()).startsWith("vtb-");
        assertThat(v.getVlanInterfaceId()).startsWith("ri-");
        assertThat(v.getPhysicalConnectionStatus()).isEqualTo("Enabled");
        assertThat(v.getPhysicalConnectionOwnerUid()).isNotEmpty();
        assertThat(v.getCreationTime()).isNotEmpty();
        assertThat(v.getActivationTime()).isNotEmpty();
        assertThat(v.getMinRxInterval()).isEqualTo(200L);
        assertThat(v.getDetectMultiplier()).isEqualTo(3L);

        // the provider's update after create, for its min_rx_interval, min_tx_interval, detect_multiplier and mtu
        raw.vpc("ModifyVirtualBorderRouterAttribute", "RegionId", REGION, "VbrId", id, "VlanId", "110",
                "LocalGatewayIp", "10.0.0.1", "PeerGatewayIp", "10.0.0.2", "PeeringSubnetMask", "255.255.255.252",
                "MinRxInterval", "1000", "MinTxInterval", "1000", "DetectMultiplier", "10", "Mtu", "1500");
        ModifyVirtualBorderRouterAttributeRequest m = new ModifyVirtualBorderRouterAttributeRequest();
        m.setVbrId(id);
        m.setVlanId(111);
        m.setEnableIpv6(true);
        m.setLocalIpv6GatewayIp("2408:4004:cc:400::1");
        m.setPeerIpv6GatewayIp("2408:4004:cc:400::2");
        m.setPeeringIpv6SubnetMask("2408:4004:cc:400::/56");
        m.setDescription("tf description");
        vpc.call(m);
        v = one(id);
        assertThat(v.getMinRxInterval()).isEqualTo(1000L);
        assertThat(v.getMinTxInterval()).isEqualTo(1000L);
        assertThat(v.getDetectMultiplier()).isEqualTo(10L);
        assertThat(v.getVlanId()).isEqualTo(111);
        assertThat(v.getEnableIpv6()).isTrue();
        assertThat(v.getPeeringIpv6SubnetMask()).isEqualTo("2408:4004:cc:400::/56");
        assertThat(v.getDescription()).isEqualTo("tf description");

        raw.vpc("TagResourcesForExpressConnect", "RegionId", REGION, "ResourceType", "VIRTUALBORDERROUTER",
                "ResourceId.1", id, "Tag.1.Key", "Created", "Tag.1.Value", "TF");
        var listed = raw.vpc("ListTagResourcesForExpressConnect", "RegionId", REGION, "ResourceType",
                "VIRTUALBORDERROUTER", "ResourceId.1", id).path("TagResources").path("TagResource");
        assertThat(listed.get(0).path("TagKey").asString()).isEqualTo("Created");
        assertThat(raw.vpc("DescribeVirtualBorderRouters", "RegionId", REGION, "Filter.1.Key", "VbrId",
                "Filter.1.Value.1", id).path("VirtualBorderRouterSet").path("VirtualBorderRouterType").get(0)
                .path("Tags").path("Tags").get(0).path("Value").asString()).isEqualTo("TF");

        TerminateVirtualBorderRouterRequest terminate = new TerminateVirtualBorderRouterRequest();
        terminate.setVbrId(id);
        vpc.call(terminate);
        v = one(id);
        assertThat(v.getStatus()).isEqualTo("terminated");
        assertThat(v.getTerminationTime()).isNotEmpty();
        assertThat(vpc.refusal(terminate)).isEqualTo("InvalidOperation.OperationNotAllowedInState");
        RecoverVirtualBorderRouterRequest recover = new RecoverVirtualBorderRouterRequest();
        recover.setVbrId(id);
        vpc.call(recover);
        assertThat(one(id).getStatus()).isEqualTo("active");
        assertThat(one(id).getRecoveryTime()).isNotEmpty();

        DeleteVirtualBorderRouterRequest delete = new DeleteVirtualBorderRouterRequest();
        delete.setVbrId(id);
        vpc.call(delete);
        assertThat(routers(vpc, "VbrId", id)).as("the provider waits for an empty list").isEmpty();
        assertThat(vpc.refusal(delete)).isEqualTo("InvalidVbrId.NotFound");
    }

    @Test
    void aVlanServesOneRouterOfACircuitAndACircuitKeepsItsRouters() throws Exception {
        String id = vpc.call(router(circuit, 7)).getVbrId();
        assertThat(vpc.refusal(router(circuit, 7))).isEqualTo("InvalidVlanId.Used");
        String other = PhysicalConnectionTest.Recipe.enabled(raw);
        String elsewhere = vpc.call(router(other, 7)).getVbrId();
        assertThat(elsewhere).as("the same VLAN on another circuit").isNotEqualTo(id);
        String second = vpc.call(router(circuit, 8)).getVbrId();
        ModifyVirtualBorderRouterAttributeRequest m = new ModifyVirtualBorderRouterAttributeRequest();
        m.setVbrId(second);
        m.setVlanId(7);
        assertThat(vpc.refusal(m)).isEqualTo("InvalidVlanId.Used");
        assertThat(routers(vpc, "PhysicalConnectionId", circuit)).hasSize(2);

        assertThat(raw.refusal(AliyunSpecs.VPC, "TerminatePhysicalConnection", "RegionId", REGION,
                "PhysicalConnectionId", circuit)).isEqualTo("Forbidden.VbrAttached");
        for (String vbr : List.of(id, second)) {
            raw.vpc("DeleteVirtualBorderRouter", "RegionId", REGION, "VbrId", vbr);
        }
        raw.vpc("TerminatePhysicalConnection", "RegionId", REGION, "PhysicalConnectionId", circuit);
        assertThat(vpc.refusal(router(circuit, 9))).as("a router needs an Enabled circuit")
                .isEqualTo("InvalidPhysicalConnectionId.NotEnabled");
        assertThat(raw.refusal(AliyunSpecs.VPC, "DeletePhysicalConnection", "RegionId", REGION,
                "PhysicalConnectionId", other)).isEqualTo("Forbidden.NotInAllowDeleteStatus");
    }

    @Test
    void theProvidersAssociationOfAFurtherCircuit() throws Exception {
        String id = vpc.call(router(circuit, 110)).getVbrId();
        String second = PhysicalConnectionTest.Recipe.enabled(raw);
        AssociatePhysicalConnectionToVirtualBorderRouterRequest a =
                new AssociatePhysicalConnectionToVirtualBorderRouterRequest();
        a.setVbrId(id);
        a.setPhysicalConnectionId(second);
        a.setVlanId("1122");
        a.setLocalGatewayIp("10.0.0.5");
        a.setPeerGatewayIp("10.0.0.6");
        a.setPeeringSubnetMask("255.255.255.252");
        vpc.call(a);
        assertThat(vpc.refusal(a)).isEqualTo("InvalidParams.AlreadyExists");
        var associated = one(id).getAssociatedPhysicalConnections();
        assertThat(associated).hasSize(1);
        assertThat(associated.get(0).getPhysicalConnectionId()).isEqualTo(second);
        assertThat(associated.get(0).getStatus()).isEqualTo("Associated");
        assertThat(associated.get(0).getVlanId()).isEqualTo("1122");
        assertThat(associated.get(0).getLocalGatewayIp()).isEqualTo("10.0.0.5");
        assertThat(associated.get(0).getPhysicalConnectionStatus()).isEqualTo("Enabled");

        var onSecond = raw.vpc("DescribeVirtualBorderRoutersForPhysicalConnection", "RegionId", REGION,
                "PhysicalConnectionId", second).path("VirtualBorderRouterForPhysicalConnectionSet")
                .path("VirtualBorderRouterForPhysicalConnectionType");
        assertThat(onSecond.size()).isEqualTo(1);
        assertThat(onSecond.get(0).path("VbrId").asString()).isEqualTo(id);
        assertThat(onSecond.get(0).path("VlanId").asInt()).as("the VLAN it has on that circuit").isEqualTo(1122);
        assertThat(onSecond.get(0).path("LocalGatewayIp").asString()).isEqualTo("10.0.0.5");
        assertThat(raw.vpc("DescribeVirtualBorderRoutersForPhysicalConnection", "RegionId", REGION,
                "PhysicalConnectionId", circuit).path("VirtualBorderRouterForPhysicalConnectionSet")
                .path("VirtualBorderRouterForPhysicalConnectionType").get(0).path("VlanId").asInt()).isEqualTo(110);
        assertThat(vpc.refusal(router(second, 1122))).as("the VLAN serves the associated router")
                .isEqualTo("InvalidVlanId.Used");
        assertThat(raw.refusal(AliyunSpecs.VPC, "TerminatePhysicalConnection", "RegionId", REGION,
                "PhysicalConnectionId", second)).isEqualTo("Forbidden.VbrAttached");
        a.setPhysicalConnectionId(circuit);
        assertThat(vpc.refusal(a)).as("the router's own circuit").isEqualTo("InvalidParams.AlreadyExists");

        UnassociatePhysicalConnectionFromVirtualBorderRouterRequest u =
                new UnassociatePhysicalConnectionFromVirtualBorderRouterRequest();
        u.setVbrId(id);
        u.setPhysicalConnectionId(second);
        vpc.call(u);
        assertThat(one(id).getAssociatedPhysicalConnections()).as("the provider waits for it to be gone").isEmpty();
        assertThat(vpc.refusal(u)).isEqualTo("PHYSICAL_NOT_ASSOCIATE_TO_VBR");
        raw.vpc("TerminatePhysicalConnection", "RegionId", REGION, "PhysicalConnectionId", second);
    }

    @Test
    void aRouterRacingItsCircuitsTerminationLeavesOneOutcome() throws Exception {
        Future<String> made = racing().submit(() -> ClassicSdk.outcome(() -> vpc.call(router(circuit, 42))));
        Future<String> ended = racing().submit(() -> raw.outcome(AliyunSpecs.VPC, "TerminatePhysicalConnection",
                "RegionId", REGION, "PhysicalConnectionId", circuit));
        List<String> outcomes = List.of(made.get(), ended.get());
        String status = raw.vpc("DescribePhysicalConnections", "RegionId", REGION, "Filter.1.Key",
                "PhysicalConnectionId", "Filter.1.Value.1", circuit).path("PhysicalConnectionSet")
                .path("PhysicalConnectionType").get(0).path("Status").asString();
        if (outcomes.get(0).equals("ok")) {
            assertThat(outcomes.get(1)).isEqualTo("Forbidden.VbrAttached");
            assertThat(status).isEqualTo("Enabled");
            assertThat(routers(vpc, "PhysicalConnectionId", circuit)).hasSize(1);
        } else {
            assertThat(outcomes).containsExactly("InvalidPhysicalConnectionId.NotEnabled", "ok");
            assertThat(status).isEqualTo("Terminated");
            assertThat(routers(vpc, "PhysicalConnectionId", circuit)).isEmpty();
        }
    }

    @Test
    void theRefusalsOfACreation() throws Exception {
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "3000")).isEqualTo("InvalidVlanId.Malformed");
        assertThat(code("PhysicalConnectionId", "pc-nothere", "VlanId", "1"))
                .isEqualTo("InvalidPhysicalConnectionId.NotFound");
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "1", "LocalGatewayIp", "10.0.0.300"))
                .isEqualTo("InvalidLocalGatewayIp.Malformed");
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "1", "PeeringSubnetMask", "255.0.255.0"))
                .isEqualTo("InvalidPeeringSubnetMask.Malformed");
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "1", "LocalGatewayIp", "10.0.0.1",
                "PeerGatewayIp", "10.0.1.2", "PeeringSubnetMask", "255.255.255.252"))
                .isEqualTo("InvalidIp.NotSameSubnet");
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "1", "Bandwidth", "4294967296"))
                .as("a bandwidth no router has").isEqualTo("IllegalParam.Bandwidth");
        assertThat(code("PhysicalConnectionId", circuit, "VlanId", "1", "VbrOwnerId", "42"))
                .isEqualTo("InvalidVbrOwnerId.NotFound");
        assertThat(raw.vpc("DescribeVirtualBorderRouters", "RegionId", REGION).path("TotalCount").asInt())
                .as("no refusal made a router").isZero();
        String id = vpc.call(router(circuit, 5)).getVbrId();
        assertThat(raw.refusal(AliyunSpecs.VPC, "ModifyVirtualBorderRouterAttribute", "RegionId", REGION, "VbrId",
                id, "MinRxInterval", "50")).isEqualTo("IllegalParam.MinRxInterval");
        assertThat(raw.refusal(AliyunSpecs.VPC, "ModifyVirtualBorderRouterAttribute", "RegionId", REGION, "VbrId",
                id, "DetectMultiplier", "11")).isEqualTo("IllegalParam.DetectMultiplier");
        assertThat(one(id).getMinRxInterval()).as("nothing changed").isEqualTo(200L);
    }

    @Test
    void anotherAccountNeitherSeesNorDeletesARouter() throws Exception {
        String id = vpc.call(router(circuit, 3)).getVbrId();
        ClassicSdk other = new ClassicSdk(endpoint(), "other-ak", "other-secret");
        assertThat(routers(other, "VbrId", id)).isEmpty();
        DeleteVirtualBorderRouterRequest delete = new DeleteVirtualBorderRouterRequest();
        delete.setVbrId(id);
        assertThat(other.refusal(delete)).isEqualTo("InvalidVbrId.NotFound");
        assertThat(other.refusal(router(circuit, 4))).as("nor builds on my circuit")
                .isEqualTo("InvalidPhysicalConnectionId.NotFound");
        assertThat(routers(vpc, "VbrId", id)).hasSize(1);
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = vpc.call(router(circuit, 12)).getVbrId();
        raw.vpc("ModifyVirtualBorderRouterAttribute", "RegionId", REGION, "VbrId", id, "MinTxInterval", "600");
        String second = PhysicalConnectionTest.Recipe.enabled(raw);
        raw.vpc("AssociatePhysicalConnectionToVirtualBorderRouter", "RegionId", REGION, "VbrId", id,
                "PhysicalConnectionId", second, "VlanId", "13");
        var before = one(id);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var after = one(id);
        assertThat(after.getVlanId()).isEqualTo(12);
        assertThat(after.getRouteTableId()).isEqualTo(before.getRouteTableId());
        assertThat(after.getMinTxInterval()).isEqualTo(600L);
        assertThat(after.getPhysicalConnectionStatus()).isEqualTo("Enabled");
        assertThat(after.getAssociatedPhysicalConnections()).singleElement()
                .satisfies(a -> assertThat(a.getPhysicalConnectionId()).isEqualTo(second));
    }

    private String code(String... params) {
        List<String> all = new ArrayList<>(List.of("RegionId", REGION));
        all.addAll(List.of(params));
        return raw.refusal(AliyunSpecs.VPC, "CreateVirtualBorderRouter", all.toArray(String[]::new));
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        static String router(AliyunApi api) {
            return api.vpc("CreateVirtualBorderRouter", "RegionId", REGION, "PhysicalConnectionId",
                    PhysicalConnectionTest.Recipe.enabled(api), "VlanId", "100", "LocalGatewayIp", "10.0.0.1",
                    "PeerGatewayIp", "10.0.0.2", "PeeringSubnetMask", "255.255.255.252").path("VbrId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateVirtualBorderRouter", api -> AliyunApi.params("RegionId", REGION, "PhysicalConnectionId",
                    PhysicalConnectionTest.Recipe.enabled(api), "VlanId", "10", "Name", "vbr"))
                    .fails("InvalidPhysicalConnectionId.NotEnabled", api -> AliyunApi.params("RegionId", REGION,
                            "PhysicalConnectionId", PhysicalConnectionTest.Recipe.circuit(api), "VlanId", "10"));
            r.vpc("DescribeVirtualBorderRouters", api -> AliyunApi.params("RegionId", REGION, "Filter.1.Key",
                    "VbrId", "Filter.1.Value.1", router(api)));
            r.vpc("ModifyVirtualBorderRouterAttribute", api -> AliyunApi.params("RegionId", REGION, "VbrId",
                    router(api), "MinRxInterval", "300"));
            r.vpc("TerminateVirtualBorderRouter", api -> AliyunApi.params("RegionId", REGION, "VbrId", router(api)))
                    .fails("InvalidVbrId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VbrId",
                            "vbr-nothere"));
            r.vpc("RecoverVirtualBorderRouter", api -> {
                String id = router(api);
                api.vpc("TerminateVirtualBorderRouter", "RegionId", REGION, "VbrId", id);
                return AliyunApi.params("RegionId", REGION, "VbrId", id);
            }).fails("InvalidOperation.OperationNotAllowedInState", api -> AliyunApi.params("RegionId", REGION,
                    "VbrId", router(api)));
            r.vpc("DeleteVirtualBorderRouter", api -> AliyunApi.params("RegionId", REGION, "VbrId", router(api)));
            r.vpc("TagResourcesForExpressConnect", api -> AliyunApi.params("RegionId", REGION, "ResourceType",
                    "VIRTUALBORDERROUTER", "ResourceId.1", router(api), "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.vpc("UntagResourcesForExpressConnect", api -> AliyunApi.params("RegionId", REGION, "ResourceType",
                    "PHYSICALCONNECTION", "ResourceId.1", PhysicalConnectionTest.Recipe.circuit(api), "All",
                    "true"));
            r.vpc("AssociatePhysicalConnectionToVirtualBorderRouter", api -> AliyunApi.params("RegionId", REGION,
                    "VbrId", router(api), "PhysicalConnectionId", PhysicalConnectionTest.Recipe.enabled(api),
                    "VlanId", "200"));
            r.vpc("UnassociatePhysicalConnectionFromVirtualBorderRouter", api -> {
                String id = router(api);
                String second = PhysicalConnectionTest.Recipe.enabled(api);
                api.vpc("AssociatePhysicalConnectionToVirtualBorderRouter", "RegionId", REGION, "VbrId", id,
                        "PhysicalConnectionId", second, "VlanId", "201");
                return AliyunApi.params("RegionId", REGION, "VbrId", id, "PhysicalConnectionId", second);
            }).fails("PHYSICAL_NOT_ASSOCIATE_TO_VBR", api -> AliyunApi.params("RegionId", REGION, "VbrId",
                    router(api), "PhysicalConnectionId", PhysicalConnectionTest.Recipe.circuit(api)));
            r.vpc("DescribeVirtualBorderRoutersForPhysicalConnection", api -> {
                String circuit = PhysicalConnectionTest.Recipe.enabled(api);
                api.vpc("CreateVirtualBorderRouter", "RegionId", REGION, "PhysicalConnectionId", circuit, "VlanId",
                        "300");
                return AliyunApi.params("RegionId", REGION, "PhysicalConnectionId", circuit);
            }).fails("InvalidPhysicalConnectionId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "PhysicalConnectionId", "pc-nothere"));
            r.vpc("ListTagResourcesForExpressConnect", api -> AliyunApi.params("RegionId", REGION, "ResourceType",
                    "VIRTUALBORDERROUTER", "ResourceId.1", router(api)));
        }
    }
}
