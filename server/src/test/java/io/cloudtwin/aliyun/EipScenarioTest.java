package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressResponse;
import com.aliyuncs.vpc.model.v20160428.AssociateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyEipAddressAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateEipAddressRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_eip_address and alicloud_eip_association, in the provider's order and with its parameters:
 * allocate -> wait Available -> TagResources (ResourceType EIP) -> read by AllocationId -> modify -> associate (its
 * InstanceType, derived from the id) -> read the item whose InstanceId is the instance -> unassociate -> wait until
 * the EIP no longer shows it -> release -> wait for an empty list, "gone". And the rules: released only when free,
 * one target at a time, one EIP per instance, an instance's deletion frees its EIP, races of two bindings.
 */
class EipScenarioTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private IAcsClient vpc;
    private Client ecs;

    @BeforeEach
    void clients() throws Exception {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint(endpoint()).setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String instance() throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                        .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                        .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private AllocateEipAddressResponse allocate(String name) throws ClientException {
        AllocateEipAddressRequest a = local(new AllocateEipAddressRequest());
        a.setBandwidth("5");
        a.setInternetChargeType("PayByTraffic");
        a.setInstanceChargeType("PostPaid");
        a.setName(name);
        return vpc.getAcsResponse(a);
    }

    private List<DescribeEipAddressesResponse.EipAddress> read(String allocationId) throws ClientException {
        DescribeEipAddressesRequest d = local(new DescribeEipAddressesRequest());
        d.setAllocationId(allocationId);
        return vpc.getAcsResponse(d).getEipAddresses();
    }

    private void associate(String allocationId, String instanceId) throws ClientException {
        AssociateEipAddressRequest a = local(new AssociateEipAddressRequest());
        a.setAllocationId(allocationId);
        a.setInstanceId(instanceId);
        a.setInstanceType(instanceId.startsWith("eni-") ? "NetworkInterface" : "EcsInstance");
        vpc.getAcsResponse(a);
    }

    private void unassociate(String allocationId, String instanceId) throws ClientException {
        UnassociateEipAddressRequest u = local(new UnassociateEipAddressRequest());
        u.setAllocationId(allocationId);
        u.setInstanceId(instanceId);
        u.setInstanceType("EcsInstance");
        vpc.getAcsResponse(u);
    }

    private void release(String allocationId) throws ClientException {
        ReleaseEipAddressRequest r = local(new ReleaseEipAddressRequest());
        r.setAllocationId(allocationId);
        vpc.getAcsResponse(r);
    }

    @Test
    void addressAndAssociationTheProvidersWay() throws Exception {
        var allocated = allocate("tf-eip");
        String id = allocated.getAllocationId();
        assertThat(id).startsWith("eip-");
        assertThat(Cidr.parse("198.18.0.0/15").contains(Cidr.address(allocated.getEipAddress()))).isTrue();
        assertThat(read(id)).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo("Available");
            assertThat(e.getIpAddress()).isEqualTo(allocated.getEipAddress());
            assertThat(e.getInternetChargeType()).isEqualTo("PayByTraffic");
            assertThat(e.getBandwidth()).isEqualTo("5");
            assertThat(e.getName()).isEqualTo("tf-eip");
            assertThat(e.getInstanceId()).isEmpty();
        });

        TagResourcesRequest tag = local(new TagResourcesRequest());
        tag.setResourceType("EIP");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey("env");
        t.setValue("dev");
        tag.setTags(List.of(t));
        vpc.getAcsResponse(tag);
        ModifyEipAddressAttributeRequest modify = local(new ModifyEipAddressAttributeRequest());
        modify.setAllocationId(id);
        modify.setBandwidth("10");
        modify.setName("tf-eip-2");
        vpc.getAcsResponse(modify);
        assertThat(read(id)).singleElement().satisfies(e -> {
            assertThat(e.getBandwidth()).isEqualTo("10");
            assertThat(e.getName()).isEqualTo("tf-eip-2");
            assertThat(e.getTags()).singleElement().satisfies(x -> assertThat(x.getKey()).isEqualTo("env"));
        });

        // alicloud_eip_association
        String instance = instance();
        associate(id, instance);
        assertThat(read(id)).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo("InUse");
            assertThat(e.getInstanceId()).isEqualTo(instance);
            assertThat(e.getInstanceType()).isEqualTo("EcsInstance");
        });
        assertThat(ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                        .setInstanceIds("[\"" + instance + "\"]")).getBody().getInstances().getInstance().get(0)
                .getEipAddress().getIpAddress()).as("the instance shows its EIP").isEqualTo(allocated.getEipAddress());
        DescribeEipAddressesRequest byInstance = local(new DescribeEipAddressesRequest());
        byInstance.setAssociatedInstanceType("EcsInstance");
        byInstance.setAssociatedInstanceId(instance);
        assertThat(vpc.getAcsResponse(byInstance).getEipAddresses()).extracting(e -> e.getAllocationId()).containsExactly(id);
        assertThat(code(() -> { release(id); return null; })).as("bound: not released").isEqualTo("IncorrectEipStatus");

        unassociate(id, instance);
        assertThat(read(id)).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo("Available");
            assertThat(e.getInstanceId()).isEmpty();
        });
        release(id);
        assertThat(read(id)).as("gone: an empty list").isEmpty();
        assertThat(code(() -> { release(id); return null; })).isEqualTo("InvalidAllocationId.NotFound");
    }

    @Test
    void oneTargetAtATimeAndOneEipPerInstance() throws Exception {
        String a = allocate("a").getAllocationId();
        String b = allocate("b").getAllocationId();
        String first = instance();
        String second = instance();
        associate(a, first);
        assertThat(code(() -> { associate(a, second); return null; })).as("bound already").isEqualTo("InvalidAssociation.Duplicated");
        assertThat(code(() -> { associate(b, first); return null; })).as("the instance has one").isEqualTo("InvalidAssociation.Duplicated");
        assertThat(code(() -> { unassociate(a, second); return null; })).isEqualTo("InvalidBindingStatus");
        assertThat(code(() -> { associate(b, "i-doesnotexist000000000"); return null; })).isEqualTo("InvalidInstanId.NotFound");

        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(first).setForce(true));
        assertThat(read(a)).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).as("the instance went: its EIP is free").isEqualTo("Available");
            assertThat(e.getInstanceId()).isEmpty();
        });
        associate(b, second);
    }

    @Test
    void twoBindingsRacingForOneEipOrOneInstanceNeverBothWin() throws Exception {
        for (int round = 0; round < 10; round++) {
            String eip = allocate("race").getAllocationId();
            String x = instance();
            String y = instance();
            assertThat(winners(() -> { associate(eip, x); return x; }, () -> { associate(eip, y); return y; }))
                    .as("one EIP, two instances").hasSize(1);
            String other = allocate("race").getAllocationId();
            String z = instance();
            String e1 = allocate("race").getAllocationId();
            assertThat(winners(() -> { associate(other, z); return other; }, () -> { associate(e1, z); return e1; }))
                    .as("two EIPs, one instance").hasSize(1);
            DescribeEipAddressesRequest byInstance = local(new DescribeEipAddressesRequest());
            byInstance.setAssociatedInstanceId(z);
            assertThat(vpc.getAcsResponse(byInstance).getEipAddresses()).hasSize(1);
        }
    }

    private List<String> winners(Callable<String> one, Callable<String> two) throws Exception {
        List<Future<String>> results = new ArrayList<>(List.of(racing().submit(one), racing().submit(two)));
        List<String> won = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                won.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClientException.class);
                assertThat(((ClientException) e.getCause()).getErrCode()).isEqualTo("InvalidAssociation.Duplicated");
            }
        }
        return won;
    }

    /**
     * alicloud_eip_association's mode (and alicloud_eip_address's): AssociateEipAddress with Mode, then
     * ModifyEipForwardMode when it changes; DescribeEipAddresses answers Mode. Only an EIP bound to a network
     * interface forwards other than by NAT; unbound, it is NAT again.
     */
    @Test
    void theForwardModeOfAnEipBoundToANetworkInterface() throws Exception {
        var api = new AliyunApi(port);
        String eni = SecondaryPrivateIpTest.Recipe.eni(api);
        String eip = allocate("binded").getAllocationId();
        api.vpc("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId", eni, "InstanceType",
                "NetworkInterface", "Mode", "BINDED");
        assertThat(read(eip).get(0).getMode()).isEqualTo("BINDED");
        api.vpc("ModifyEipForwardMode", "RegionId", REGION, "InstanceId", eip, "Mode", "MULTI_BINDED");
        assertThat(read(eip).get(0).getMode()).isEqualTo("MULTI_BINDED");
        assertThat(api.send("Vpc", "ModifyEipForwardMode", "JSON", AliyunApi.params("RegionId", REGION,
                "InstanceId", eip, "Mode", "SIDEWAYS")).status()).isEqualTo(400);
        unassociate(eip, eni);
        assertThat(read(eip).get(0).getMode()).isEqualTo("NAT");

        String instance = instance();
        var refused = api.send("Vpc", "AssociateEipAddress", "JSON", AliyunApi.params("RegionId", REGION,
                "AllocationId", eip, "InstanceId", instance, "Mode", "BINDED"));
        assertThat(refused.tree().path("Code").asString()).isEqualTo("Mode.NotSupport");
        assertThat(read(eip).get(0).getStatus()).as("nothing bound").isEqualTo("Available");
        associate(eip, instance);
        // the metadata documents no error code for ModifyEipForwardMode: the common InvalidParameter
        assertThat(api.send("Vpc", "ModifyEipForwardMode", "JSON", AliyunApi.params("RegionId", REGION,
                "InstanceId", eip, "Mode", "BINDED")).tree().path("Code").asString()).isEqualTo("InvalidParameter");
        assertThat(read(eip).get(0).getMode()).isEqualTo("NAT");
    }

    @Test
    void theStateDocumentCarriesEipsAndTheirBindings() throws Exception {
        String eip = allocate("kept").getAllocationId();
        String free = allocate("free").getAllocationId();
        String instance = instance();
        associate(eip, instance);
        String address = read(eip).get(0).getIpAddress();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(JSON.readTree(exported).get("eips")).hasSize(2);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(eip)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(read(eip)).singleElement().satisfies(e -> {
            assertThat(e.getIpAddress()).isEqualTo(address);
            assertThat(e.getInstanceId()).isEqualTo(instance);
            assertThat(e.getStatus()).isEqualTo("InUse");
        });
        assertThat(read(free)).singleElement().satisfies(e -> assertThat(e.getStatus()).isEqualTo("Available"));
    }

    /** Conformance recipes: each action's answers held to the VPC metadata, the fuzz thrown at each. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String eip(AliyunApi api) {
            return api.vpc("AllocateEipAddress", "RegionId", REGION).path("AllocationId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("AllocateEipAddress", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "5", "Name", "e"))
                    .fails("InvalidBandwidth.Malformed", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "0"));
            r.vpc("DescribeEipAddresses", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api)));
            r.vpc("AssociateEipAddress", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                            "InstanceId", api.instance(api.group())))
                    .fails("InvalidAllocationId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "AllocationId", "eip-nothere", "InstanceId", api.instance(api.group())));
            r.vpc("UnassociateEipAddress", api -> {
                String eip = eip(api);
                String instance = api.instance(api.group());
                api.vpc("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId", instance);
                return AliyunApi.params("RegionId", REGION, "AllocationId", eip, "InstanceId", instance);
            }).fails("InvalidBindingStatus", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                    "InstanceId", "i-nothere"));
            r.vpc("ReleaseEipAddress", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api)))
                    .fails("IncorrectEipStatus", api -> {
                        String eip = eip(api);
                        api.vpc("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId",
                                api.instance(api.group()));
                        return AliyunApi.params("RegionId", REGION, "AllocationId", eip);
                    });
            r.vpc("ModifyEipForwardMode", api -> {
                String eip = eip(api);
                api.vpc("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId",
                        SecondaryPrivateIpTest.Recipe.eni(api), "InstanceType", "NetworkInterface");
                return AliyunApi.params("RegionId", REGION, "InstanceId", eip, "Mode", "BINDED");
            });
            r.vpc("ModifyEipAddressAttribute", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                    "Name", "n", "Bandwidth", "10"));
        }
    }
}
