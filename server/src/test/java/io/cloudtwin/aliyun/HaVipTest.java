package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.AssociateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.AssociateHaVipRequest;
import com.aliyuncs.vpc.model.v20160428.CreateHaVipRequest;
import com.aliyuncs.vpc.model.v20160428.CreateHaVipResponse;
import com.aliyuncs.vpc.model.v20160428.CreateRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteHaVipRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeHaVipsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeHaVipsResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyHaVipAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateHaVipRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_havip (alicloud_vpc_ha_vip) and alicloud_havip_attachment, in the provider's order and with
 * its parameters, through the VPC SDK: CreateHaVip -> DescribeHaVips with Filter.1.Key=HaVipId until Available ->
 * AssociateHaVip until the instance is listed and the HaVip InUse -> UnassociateHaVip -> DeleteHaVip -> an empty list,
 * "gone". And the rules: hosts of the HaVip's vSwitch only, one kind, bound once, a HaVip with hosts or an EIP stays,
 * an instance's deletion takes its binding along, a deletion and an association racing never both win.
 */
class HaVipTest extends ServerTestBase {
    private IAcsClient vpc;
    private Client ecs;
    private String vpcId;
    private String routeTable;
    private String vSwitchId;
    private String group;

    @BeforeEach
    void clients() throws Exception {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint(endpoint()).setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        CreateVpcRequest v = regional(new CreateVpcRequest());
        v.setCidrBlock("172.16.0.0/16");
        var made = vpc.getAcsResponse(v);
        vpcId = made.getVpcId();
        routeTable = made.getRouteTableId();
        vSwitchId = vSwitch("172.16.1.0/24");
        group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpcId))
                .getBody().getSecurityGroupId();
    }

    private <T extends AcsRequest<?>> T regional(T request) {
        local(request).setSysRegionId(REGION);
        return request;
    }

    private String vSwitch(String cidr) throws ClientException {
        CreateVSwitchRequest c = regional(new CreateVSwitchRequest());
        c.setVpcId(vpcId);
        c.setCidrBlock(cidr);
        c.setZoneId(REGION + "-h");
        return vpc.getAcsResponse(c).getVSwitchId();
    }

    private String instance(String inVSwitch) throws Exception {
        return ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setVSwitchId(inVSwitch)
                        .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                        .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private CreateHaVipResponse create(String address) throws ClientException {
        CreateHaVipRequest c = regional(new CreateHaVipRequest());
        c.setVSwitchId(vSwitchId);
        c.setIpAddress(address);
        c.setName("tf-havip");
        c.setDescription("for keepalived");
        return vpc.getAcsResponse(c);
    }

    /** The provider's read: Filter.1.Key=HaVipId, the first item, or none (gone). */
    private List<DescribeHaVipsResponse.HaVip> read(String id) throws ClientException {
        DescribeHaVipsRequest d = regional(new DescribeHaVipsRequest());
        var f = new DescribeHaVipsRequest.Filter();
        f.setKey("HaVipId");
        f.setValues(List.of(id));
        d.setFilters(List.of(f));
        return vpc.getAcsResponse(d).getHaVips();
    }

    private Object associate(String haVipId, String instanceId) throws ClientException {
        AssociateHaVipRequest a = regional(new AssociateHaVipRequest());
        a.setHaVipId(haVipId);
        a.setInstanceId(instanceId);
        return vpc.getAcsResponse(a);
    }

    private Object unassociate(String haVipId, String instanceId) throws ClientException {
        UnassociateHaVipRequest u = regional(new UnassociateHaVipRequest());
        u.setHaVipId(haVipId);
        u.setInstanceId(instanceId);
        return vpc.getAcsResponse(u);
    }

    private Object delete(String haVipId) throws ClientException {
        DeleteHaVipRequest d = regional(new DeleteHaVipRequest());
        d.setHaVipId(haVipId);
        return vpc.getAcsResponse(d);
    }

    @Test
    void aHaVipAndItsAttachmentTheProvidersWay() throws Exception {
        CreateHaVipResponse created = create(null);
        assertThat(created.getHaVipId()).startsWith("havip-").hasSize(27);
        assertThat(read(created.getHaVipId())).singleElement().satisfies(h -> {
            assertThat(h.getStatus()).isEqualTo("Available");
            assertThat(h.getVpcId()).isEqualTo(vpcId);
            assertThat(h.getVSwitchId()).isEqualTo(vSwitchId);
            assertThat(h.getIpAddress()).startsWith("172.16.1.").isEqualTo(created.getIpAddress());
            assertThat(h.getName()).isEqualTo("tf-havip");
            assertThat(h.getDescription()).isEqualTo("for keepalived");
            assertThat(h.getAssociatedInstances()).isEmpty();
            assertThat(h.getAssociatedEipAddresses()).isEmpty();
            assertThat(h.getMasterInstanceId()).isEmpty();
            assertThat(h.getCreateTime()).endsWith("Z");
        });
        ModifyHaVipAttributeRequest m = regional(new ModifyHaVipAttributeRequest());
        m.setHaVipId(created.getHaVipId());
        m.setName("tf-havip-2");
        vpc.getAcsResponse(m);
        assertThat(read(created.getHaVipId()).get(0).getName()).isEqualTo("tf-havip-2");

        // alicloud_havip_attachment: two instances that may take the address over
        String first = instance(vSwitchId);
        String second = instance(vSwitchId);
        associate(created.getHaVipId(), first);
        associate(created.getHaVipId(), second);
        assertThat(read(created.getHaVipId())).singleElement().satisfies(h -> {
            assertThat(h.getStatus()).isEqualTo("InUse");
            assertThat(h.getAssociatedInstances()).containsExactly(first, second);
            assertThat(h.getAssociatedInstanceType()).isEqualTo("EcsInstance");
        });
        assertThat(code(() -> associate(created.getHaVipId(), first))).isEqualTo("InvalidHaVip.Exist");
        assertThat(code(() -> delete(created.getHaVipId()))).as("a HaVip with hosts stays").isEqualTo("IncorrectStatus");

        unassociate(created.getHaVipId(), first);
        assertThat(code(() -> unassociate(created.getHaVipId(), first))).isEqualTo("ResourceNotAssociated");
        // the other host's deletion takes its binding along
        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(second).setForce(true));
        assertThat(read(created.getHaVipId()).get(0).getStatus()).isEqualTo("Available");

        delete(created.getHaVipId());
        assertThat(read(created.getHaVipId())).as("gone: an empty list").isEmpty();
        assertThat(code(() -> delete(created.getHaVipId()))).isEqualTo("InvalidHaVipId.NotFound");
    }

    @Test
    void hostsOfTheVSwitchOnlyAndItsAddressesAsTheVSwitchGivesThem() throws Exception {
        String other = vSwitch("172.16.2.0/24");
        String id = create("172.16.1.50").getHaVipId();
        assertThat(read(id).get(0).getIpAddress()).isEqualTo("172.16.1.50");
        assertThat(code(() -> create("172.16.1.50"))).as("taken").isEqualTo("InvalidIPAddress.AlreadyUsed");
        assertThat(code(() -> create("10.0.0.5"))).as("outside").isEqualTo("InvalidIPAddress.OutOfRange");
        assertThat(code(() -> associate(id, instance(other)))).isEqualTo("OperationUnsupported.BindOnMultipleVswitch");
        assertThat(code(() -> associate(id, "i-unknown"))).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(code(() -> associate("havip-unknown", instance(vSwitchId)))).isEqualTo("InvalidHaVipId.NotFound");

        DescribeHaVipsRequest byStatus = regional(new DescribeHaVipsRequest());
        var f = new DescribeHaVipsRequest.Filter();
        f.setKey("Status");
        f.setValues(List.of("InUse"));
        byStatus.setFilters(List.of(f));
        assertThat(vpc.getAcsResponse(byStatus).getHaVips()).isEmpty();
        var colour = new DescribeHaVipsRequest.Filter();
        colour.setKey("Colour");
        colour.setValues(List.of("red"));
        byStatus.setFilters(List.of(colour));
        assertThat(code(() -> vpc.getAcsResponse(byStatus))).isEqualTo("InvalidFilterKey.ValueNotSupported");
    }

    @Test
    void anEipOnAHaVipKeepsIt() throws Exception {
        String id = create(null).getHaVipId();
        AllocateEipAddressRequest a = regional(new AllocateEipAddressRequest());
        String allocation = vpc.getAcsResponse(a).getAllocationId();
        AssociateEipAddressRequest bind = regional(new AssociateEipAddressRequest());
        bind.setAllocationId(allocation);
        bind.setInstanceId(id);
        bind.setInstanceType("HaVip");
        vpc.getAcsResponse(bind);
        String address = vpc.getAcsResponse(regional(new DescribeEipAddressesRequest())).getEipAddresses().stream()
                .filter(e -> e.getAllocationId().equals(allocation)).findFirst().orElseThrow().getIpAddress();
        assertThat(read(id).get(0).getAssociatedEipAddresses()).containsExactly(address);
        assertThat(vpc.getAcsResponse(regional(new DescribeEipAddressesRequest())).getEipAddresses().stream()
                .filter(e -> e.getAllocationId().equals(allocation)).findFirst().orElseThrow().getInstanceType())
                .isEqualTo("HaVip");
        assertThat(code(() -> delete(id))).isEqualTo("DependencyViolation.HaVipAssociatedWithEIP");

        UnassociateEipAddressRequest unbind = regional(new UnassociateEipAddressRequest());
        unbind.setAllocationId(allocation);
        unbind.setInstanceId(id);
        unbind.setInstanceType("HaVip");
        vpc.getAcsResponse(unbind);
        delete(id);
        assertThat(read(id)).isEmpty();
    }

    /**
     * A route entry to a HaVip, as keepalived setups route a block to the address the master holds: listed with
     * NextHopType HaVip; the HaVip is not deleted while the entry sends traffic to it; a HaVip of another VPC is
     * refused as the table's VPC's.
     */
    @Test
    void aRouteEntryToAHaVipKeepsIt() throws Exception {
        String id = create(null).getHaVipId();
        CreateRouteEntryRequest c = regional(new CreateRouteEntryRequest());
        c.setRouteTableId(routeTable);
        c.setDestinationCidrBlock("10.8.0.0/16");
        c.setNextHopType("HaVip");
        c.setNextHopId(id);
        vpc.getAcsResponse(c);

        DescribeRouteEntryListRequest list = regional(new DescribeRouteEntryListRequest());
        list.setRouteTableId(routeTable);
        list.setRouteEntryType("Custom");
        assertThat(vpc.getAcsResponse(list).getRouteEntrys()).singleElement().satisfies(e -> {
            assertThat(e.getDestinationCidrBlock()).isEqualTo("10.8.0.0/16");
            assertThat(e.getNextHops()).singleElement().satisfies(h -> assertThat(h.getNextHopType() + " "
                    + h.getNextHopId()).isEqualTo("HaVip " + id));
        });
        assertThat(code(() -> delete(id))).isEqualTo("DependencyViolation.HaVipReferedByRouteEntry");

        CreateVpcRequest other = regional(new CreateVpcRequest());
        other.setCidrBlock("192.168.0.0/16");
        var elsewhere = vpc.getAcsResponse(other);
        CreateRouteEntryRequest mismatched = regional(new CreateRouteEntryRequest());
        mismatched.setRouteTableId(elsewhere.getRouteTableId());
        mismatched.setDestinationCidrBlock("10.8.0.0/16");
        mismatched.setNextHopType("HaVip");
        mismatched.setNextHopId(id);
        assertThat(code(() -> vpc.getAcsResponse(mismatched))).isEqualTo("OperationFailed.InstanceDismatchCurrentVpc");

        DeleteRouteEntryRequest gone = regional(new DeleteRouteEntryRequest());
        gone.setRouteTableId(routeTable);
        gone.setDestinationCidrBlock("10.8.0.0/16");
        gone.setNextHopId(id);
        vpc.getAcsResponse(gone);
        delete(id);
        assertThat(read(id)).isEmpty();
    }

    /** DeleteHaVip and AssociateHaVip racing for one HaVip: the HaVip's row lock lets one win, never both. */
    @Test
    void aDeletionAndAnAssociationRacingNeverBothWin() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            String id = create(null).getHaVipId();
            String host = instance(vSwitchId);
            Future<String> del = racing().submit(() -> ClassicSdk.outcome(() -> delete(id)));
            Future<String> bind = racing().submit(() -> ClassicSdk.outcome(() -> associate(id, host)));
            String d = del.get(), b = bind.get();
            outcomes.add(d + "/" + b);
            assertThat(d.equals("ok") && b.equals("ok")).as("both won in round " + round).isFalse();
            boolean exists = !read(id).isEmpty();
            assertThat(exists).as("the HaVip stands exactly when the deletion lost").isEqualTo(!d.equals("ok"));
            if (exists) assertThat(read(id).get(0).getAssociatedInstances()).containsExactly(host);
        }
        assertThat(outcomes).allMatch(o -> o.equals("ok/InvalidHaVipId.NotFound") || o.equals("IncorrectStatus/ok"));
    }

    @Test
    void bindingsRoundTripTheState() throws Exception {
        String id = create("172.16.1.60").getHaVipId();
        String host = instance(vSwitchId);
        associate(id, host);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(id)).singleElement().satisfies(h -> {
            assertThat(h.getIpAddress()).isEqualTo("172.16.1.60");
            assertThat(h.getName()).isEqualTo("tf-havip");
            assertThat(h.getAssociatedInstances()).containsExactly(host);
            assertThat(h.getStatus()).isEqualTo("InUse");
        });
        assertThat(code(() -> delete(id))).isEqualTo("IncorrectStatus");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String[] vSwitch(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.9.0.0/16").path("VpcId").asString();
            String s = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", "10.9.1.0/24", "ZoneId",
                    REGION + "-h").path("VSwitchId").asString();
            return new String[] {v, s};
        }

        private static String haVip(AliyunApi api, String vSwitchId) {
            return api.vpc("CreateHaVip", "RegionId", REGION, "VSwitchId", vSwitchId).path("HaVipId").asString();
        }

        private static String bound(AliyunApi api) {
            String[] n = vSwitch(api);
            String id = haVip(api, n[1]);
            String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", n[0]).path("SecurityGroupId")
                    .asString();
            String host = api.ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                    "InstanceType", "ecs.g6.large", "SecurityGroupId", group, "VSwitchId", n[1])
                    .path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
            api.vpc("AssociateHaVip", "RegionId", REGION, "HaVipId", id, "InstanceId", host);
            return id + "/" + host;
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateHaVip", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", vSwitch(api)[1], "Name", "h",
                    "Description", "d", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.vpc("DescribeHaVips", api -> {
                String[] b = bound(api).split("/");
                return AliyunApi.params("RegionId", REGION, "Filter.1.Key", "HaVipId", "Filter.1.Value.1", b[0]);
            });
            r.vpc("ModifyHaVipAttribute", api -> AliyunApi.params("RegionId", REGION, "HaVipId",
                    haVip(api, vSwitch(api)[1]), "Name", "m"));
            r.vpc("DeleteHaVip", api -> AliyunApi.params("RegionId", REGION, "HaVipId", haVip(api, vSwitch(api)[1])));
            r.vpc("AssociateHaVip", api -> {
                String[] b = bound(api).split("/");
                api.vpc("UnassociateHaVip", "RegionId", REGION, "HaVipId", b[0], "InstanceId", b[1]);
                return AliyunApi.params("RegionId", REGION, "HaVipId", b[0], "InstanceId", b[1]);
            });
            r.vpc("UnassociateHaVip", api -> {
                String[] b = bound(api).split("/");
                return AliyunApi.params("RegionId", REGION, "HaVipId", b[0], "InstanceId", b[1], "Force", "False");
            });
        }
    }
}
