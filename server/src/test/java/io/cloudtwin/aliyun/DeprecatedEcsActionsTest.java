package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.AddTagsRequest;
import com.aliyuncs.ecs.model.v20140526.AllocateEipAddressRequest;
import com.aliyuncs.ecs.model.v20140526.AllocateEipAddressResponse;
import com.aliyuncs.ecs.model.v20140526.AssociateEipAddressRequest;
import com.aliyuncs.ecs.model.v20140526.AssociateHaVipRequest;
import com.aliyuncs.ecs.model.v20140526.CreateForwardEntryRequest;
import com.aliyuncs.ecs.model.v20140526.CreateHaVipRequest;
import com.aliyuncs.ecs.model.v20140526.CreateRouteEntryRequest;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcRequest;
import com.aliyuncs.ecs.model.v20140526.CreateVpcResponse;
import com.aliyuncs.ecs.model.v20140526.DeleteForwardEntryRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteHaVipRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteNatGatewayRequest;
import com.aliyuncs.ecs.model.v20140526.DeletePhysicalConnectionRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteRouteEntryRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVSwitchRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVirtualBorderRouterRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteVpcRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeEipAddressesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeForwardTableEntriesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeHaVipsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeNatGatewaysRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeNatGatewaysResponse;
import com.aliyuncs.ecs.model.v20140526.DescribePhysicalConnectionsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeResourceByTagsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeResourceByTagsResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeRouteTablesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeRouteTablesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeTagsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeTagsResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVSwitchesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeVirtualBorderRoutersRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeVpcsResponse;
import com.aliyuncs.ecs.model.v20140526.ModifyEipAddressAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyForwardEntryRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyHaVipAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyVSwitchAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyVirtualBorderRouterAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifyVpcAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ReleaseEipAddressRequest;
import com.aliyuncs.ecs.model.v20140526.RemoveTagsRequest;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.TerminatePhysicalConnectionRequest;
import com.aliyuncs.ecs.model.v20140526.UnassociateEipAddressRequest;
import com.aliyuncs.ecs.model.v20140526.UnassociateHaVipRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * The ECS product's deprecated actions real clients still send (issue 24): fog-aliyun and the npm aliyun-sdk make and
 * remove VPCs and vSwitches through ECS (Version=2014-05-26), aliyungo tags through ECS AddTags, RemoveTags and
 * DescribeTags. Through the classic ECS SDK's own typed requests, on the same state as the VPC product's actions.
 */
class DeprecatedEcsActionsTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    @Test
    void fogAliyunMakesAndRemovesAVpcAndAVSwitchThroughEcs() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setCidrBlock("10.0.0.0/16");
        create.setVpcName("fog");
        create.setDescription("made through ECS");
        CreateVpcResponse made = client.getAcsResponse(create);
        assertThat(made.getVpcId()).startsWith("vpc-");
        assertThat(made.getVRouterId()).startsWith("vrt-");
        assertThat(made.getRouteTableId()).startsWith("vtb-");

        var vswitch = local(new CreateVSwitchRequest());
        vswitch.setVpcId(made.getVpcId());
        vswitch.setZoneId("cn-hangzhou-h");
        vswitch.setCidrBlock("10.0.1.0/24");
        vswitch.setVSwitchName("fog-a");
        String vswitchId = client.getAcsResponse(vswitch).getVSwitchId();
        assertThat(vswitchId).startsWith("vsw-");

        var rename = local(new ModifyVpcAttributeRequest());
        rename.setVpcId(made.getVpcId());
        rename.setVpcName("fog-renamed");
        client.getAcsResponse(rename);
        var renameSwitch = local(new ModifyVSwitchAttributeRequest());
        renameSwitch.setVSwitchId(vswitchId);
        renameSwitch.setDescription("renamed through ECS");
        client.getAcsResponse(renameSwitch);

        var list = local(new DescribeVpcsRequest());
        list.setVpcId(made.getVpcId());
        DescribeVpcsResponse vpcs = client.getAcsResponse(list);
        assertThat(vpcs.getTotalCount()).isEqualTo(1);
        DescribeVpcsResponse.Vpc vpc = vpcs.getVpcs().get(0);
        assertThat(vpc.getVpcName()).isEqualTo("fog-renamed");
        assertThat(vpc.getCidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vpc.getRegionId()).isEqualTo(REGION);
        assertThat(vpc.getStatus()).isEqualTo("Available");
        assertThat(vpc.getVSwitchIds()).containsExactly(vswitchId);

        var switches = local(new DescribeVSwitchesRequest());
        switches.setVpcId(made.getVpcId());
        DescribeVSwitchesResponse listed = client.getAcsResponse(switches);
        assertThat(listed.getVSwitches()).singleElement().satisfies(s -> {
            assertThat(s.getVSwitchId()).isEqualTo(vswitchId);
            assertThat(s.getZoneId()).isEqualTo("cn-hangzhou-h");
            assertThat(s.getDescription()).isEqualTo("renamed through ECS");
            assertThat(s.getAvailableIpAddressCount()).isPositive();
        });

        // the same VPC, seen through the VPC product
        var attribute = local(new DescribeVpcAttributeRequest());
        attribute.setVpcId(made.getVpcId());
        DescribeVpcAttributeResponse modern = client.getAcsResponse(attribute);
        assertThat(modern.getVpcName()).isEqualTo("fog-renamed");
        assertThat(modern.getVSwitchIds()).containsExactly(vswitchId);

        var deleteVpcTooEarly = local(new DeleteVpcRequest());
        deleteVpcTooEarly.setVpcId(made.getVpcId());
        assertThat(catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(deleteVpcTooEarly))
                .getErrCode()).startsWith("DependencyViolation");

        var deleteSwitch = local(new DeleteVSwitchRequest());
        deleteSwitch.setVSwitchId(vswitchId);
        client.getAcsResponse(deleteSwitch);
        var deleteVpc = local(new DeleteVpcRequest());
        deleteVpc.setVpcId(made.getVpcId());
        client.getAcsResponse(deleteVpc);
        assertThat(client.getAcsResponse(list).getVpcs()).isEmpty();
    }

    @Test
    void aVSwitchInABeijingZone() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setSysRegionId("cn-beijing");
        String vpcId = client.getAcsResponse(create).getVpcId();
        var vswitch = local(new CreateVSwitchRequest());
        vswitch.setSysRegionId("cn-beijing");
        vswitch.setVpcId(vpcId);
        vswitch.setZoneId("cn-beijing-k");
        vswitch.setCidrBlock("172.16.0.0/24");
        client.getAcsResponse(vswitch);
        var switches = local(new DescribeVSwitchesRequest());
        switches.setSysRegionId("cn-beijing");
        switches.setZoneId("cn-beijing-k");
        assertThat(client.getAcsResponse(switches).getVSwitches()).extracting(DescribeVSwitchesResponse.VSwitch::getVpcId)
                .containsExactly(vpcId);
    }

    @Test
    void aliyungoTagsThroughEcsAddRemoveAndDescribeTags() throws Exception {
        var group = local(new CreateSecurityGroupRequest());
        String groupId = client.getAcsResponse(group).getSecurityGroupId();

        var add = local(new AddTagsRequest());
        add.setResourceType("securitygroup");
        add.setResourceId(groupId);
        add.setTags(List.of(tag("env", "test"), tag("team", "net")));
        client.getAcsResponse(add);

        var describe = local(new DescribeTagsRequest());
        describe.setResourceType("securitygroup");
        describe.setResourceId(groupId);
        DescribeTagsResponse tags = client.getAcsResponse(describe);
        assertThat(tags.getTotalCount()).isEqualTo(2);
        assertThat(tags.getTags()).extracting(DescribeTagsResponse.Tag::getTagKey, DescribeTagsResponse.Tag::getTagValue)
                .containsExactly(tuple("env", "test"),
                        tuple("team", "net"));
        assertThat(tags.getTags().get(0).getResourceTypeCount().getSecuritygroup()).isEqualTo(1);

        var remove = local(new RemoveTagsRequest());
        remove.setResourceType("securitygroup");
        remove.setResourceId(groupId);
        var key = new RemoveTagsRequest.Tag();
        key.setKey("env");
        remove.setTags(List.of(key));
        client.getAcsResponse(remove);
        assertThat(client.getAcsResponse(describe).getTags()).extracting(DescribeTagsResponse.Tag::getTagKey)
                .containsExactly("team");

        var unknown = local(new AddTagsRequest());
        unknown.setResourceType("securitygroup");
        unknown.setResourceId("sg-doesnotexist");
        unknown.setTags(List.of(tag("env", "x")));
        assertThat(catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(unknown)).getErrCode())
                .isEqualTo("InvalidResourceId.NotFound");
    }

    /** A VPC made through ECS (its id, system route table and router), a vSwitch, a group and an instance in it. */
    private record Network(String vpcId, String routeTableId, String routerId, String vSwitchId, String instanceId) {}

    private Network network() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setCidrBlock("10.0.0.0/16");
        CreateVpcResponse vpc = client.getAcsResponse(create);
        var vswitch = local(new CreateVSwitchRequest());
        vswitch.setVpcId(vpc.getVpcId());
        vswitch.setZoneId("cn-hangzhou-h");
        vswitch.setCidrBlock("10.0.1.0/24");
        String vSwitchId = client.getAcsResponse(vswitch).getVSwitchId();
        var group = local(new CreateSecurityGroupRequest());
        group.setVpcId(vpc.getVpcId());
        String groupId = client.getAcsResponse(group).getSecurityGroupId();
        var run = local(new RunInstancesRequest());
        run.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        run.setInstanceType("ecs.g6.large");
        run.setSecurityGroupId(groupId);
        run.setVSwitchId(vSwitchId);
        String instanceId = client.getAcsResponse(run).getInstanceIdSets().get(0);
        return new Network(vpc.getVpcId(), vpc.getRouteTableId(), vpc.getVRouterId(), vSwitchId, instanceId);
    }

    private <T extends AcsResponse> String errorOf(AcsRequest<T> request) {
        return catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(request)).getErrCode();
    }

    @Test
    void fogAliyunAllocatesBindsAndReleasesAnEipThroughEcs() throws Exception {
        Network n = network();
        var allocate = local(new AllocateEipAddressRequest());
        allocate.setBandwidth("10");
        allocate.setInternetChargeType("PayByTraffic");
        AllocateEipAddressResponse eip = client.getAcsResponse(allocate);
        assertThat(eip.getAllocationId()).startsWith("eip-");
        assertThat(eip.getEipAddress()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");

        var describe = local(new DescribeEipAddressesRequest());
        describe.setAllocationId(eip.getAllocationId());
        assertThat(client.getAcsResponse(describe).getEipAddresses()).singleElement().satisfies(e -> {
            assertThat(e.getIpAddress()).isEqualTo(eip.getEipAddress());
            assertThat(e.getStatus()).isEqualTo("Available");
            assertThat(e.getBandwidth()).isEqualTo("10");
            assertThat(e.getInternetChargeType()).isEqualTo("PayByTraffic");
            assertThat(e.getInstanceId()).isEmpty();
        });

        var associate = local(new AssociateEipAddressRequest());
        associate.setAllocationId(eip.getAllocationId());
        associate.setInstanceId(n.instanceId());
        client.getAcsResponse(associate);
        var bound = local(new DescribeEipAddressesRequest());
        bound.setStatus("InUse");
        bound.setAssociatedInstanceType("EcsInstance");
        bound.setAssociatedInstanceId(n.instanceId());
        assertThat(client.getAcsResponse(bound).getEipAddresses()).singleElement().satisfies(e -> {
            assertThat(e.getAllocationId()).isEqualTo(eip.getAllocationId());
            assertThat(e.getInstanceId()).isEqualTo(n.instanceId());
            assertThat(e.getInstanceType()).isEqualTo("EcsInstance");
        });
        // the same EIP, seen through the VPC product
        var modern = local(new com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest());
        modern.setAllocationId(eip.getAllocationId());
        assertThat(client.getAcsResponse(modern).getEipAddresses()).singleElement()
                .satisfies(e -> assertThat(e.getInstanceId()).isEqualTo(n.instanceId()));

        var releaseBound = local(new ReleaseEipAddressRequest());
        releaseBound.setAllocationId(eip.getAllocationId());
        assertThat(errorOf(releaseBound)).isEqualTo("IncorrectEipStatus");
        var again = local(new AssociateEipAddressRequest());
        again.setAllocationId(eip.getAllocationId());
        again.setInstanceId(network().instanceId());
        assertThat(errorOf(again)).isNotEmpty();

        var modify = local(new ModifyEipAddressAttributeRequest());
        modify.setAllocationId(eip.getAllocationId());
        modify.setBandwidth("20");
        client.getAcsResponse(modify);
        var tooWide = local(new ModifyEipAddressAttributeRequest());
        tooWide.setAllocationId(eip.getAllocationId());
        tooWide.setBandwidth("0");
        assertThat(errorOf(tooWide)).isIn("InvalidParameter", "InvalidBandwidth.Malformed");
        assertThat(client.getAcsResponse(describe).getEipAddresses().get(0).getBandwidth()).isEqualTo("20");

        var unassociate = local(new UnassociateEipAddressRequest());
        unassociate.setAllocationId(eip.getAllocationId());
        unassociate.setInstanceId(n.instanceId());
        client.getAcsResponse(unassociate);
        assertThat(client.getAcsResponse(describe).getEipAddresses().get(0).getStatus()).isEqualTo("Available");
        client.getAcsResponse(releaseBound);
        assertThat(client.getAcsResponse(describe).getEipAddresses()).isEmpty();
        assertThat(client.getAcsResponse(modern).getEipAddresses()).isEmpty();
        assertThat(errorOf(releaseBound)).isEqualTo("InvalidAllocationId.NotFound");
    }

    @Test
    void anEipBoundTwiceAtOnceThroughEcsIsBoundOnce() throws Exception {
        Network a = network();
        Network b = network();
        String eip = client.getAcsResponse(local(new AllocateEipAddressRequest())).getAllocationId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (String instance : List.of(a.instanceId(), b.instanceId())) {
                tries.add(pool.submit(() -> {
                    var associate = local(new AssociateEipAddressRequest());
                    associate.setAllocationId(eip);
                    associate.setInstanceId(instance);
                    try {
                        client.getAcsResponse(associate);
                        return true;
                    } catch (ClientException e) {
                        return false;
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> f : tries) won += f.get() ? 1 : 0;
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        var bound = local(new DescribeEipAddressesRequest());
        bound.setStatus("InUse");
        bound.setAllocationId(eip);
        assertThat(client.getAcsResponse(bound).getEipAddresses()).singleElement()
                .satisfies(e -> assertThat(e.getInstanceId()).isIn(a.instanceId(), b.instanceId()));
    }

    @Test
    void olderClientsWriteAndReadRouteEntriesThroughEcs() throws Exception {
        Network n = network();
        var create = local(new CreateRouteEntryRequest());
        create.setRouteTableId(n.routeTableId());
        create.setDestinationCidrBlock("192.168.0.0/16");
        create.setNextHopId(n.instanceId());
        client.getAcsResponse(create);
        assertThat(errorOf(create)).isEqualTo("InvalidCIDRBlock.Duplicate");

        var tables = local(new DescribeRouteTablesRequest());
        tables.setVRouterId(n.routerId());
        DescribeRouteTablesResponse read = client.getAcsResponse(tables);
        assertThat(read.getTotalCount()).isEqualTo(1);
        DescribeRouteTablesResponse.RouteTable table = read.getRouteTables().get(0);
        assertThat(table.getRouteTableId()).isEqualTo(n.routeTableId());
        assertThat(table.getRouteTableType()).isEqualTo("System");
        assertThat(table.getVRouterId()).isEqualTo(n.routerId());
        assertThat(table.getResourceGroupId()).as("its VPC's, the account's default").startsWith("rg-acfm");
        assertThat(table.getRouteEntrys()).extracting(DescribeRouteTablesResponse.RouteTable.RouteEntry::getType,
                        DescribeRouteTablesResponse.RouteTable.RouteEntry::getDestinationCidrBlock,
                        DescribeRouteTablesResponse.RouteTable.RouteEntry::getNextHopType,
                        DescribeRouteTablesResponse.RouteTable.RouteEntry::getInstanceId)
                .containsExactly(tuple("System", "10.0.1.0/24", "local", ""),
                        tuple("Custom", "192.168.0.0/16", "Instance", n.instanceId()));

        // the same entry, seen through the VPC product
        var modern = local(new DescribeRouteEntryListRequest());
        modern.setRouteTableId(n.routeTableId());
        modern.setRouteEntryType("Custom");
        assertThat(client.getAcsResponse(modern).getRouteEntrys()).singleElement()
                .satisfies(e -> assertThat(e.getDestinationCidrBlock()).isEqualTo("192.168.0.0/16"));

        var malformed = local(new CreateRouteEntryRequest());
        malformed.setRouteTableId(n.routeTableId());
        malformed.setDestinationCidrBlock("999.1.1.1/16");
        malformed.setNextHopId(n.instanceId());
        assertThat(errorOf(malformed)).isEqualTo("InvalidCidrBlock.Malformed");
        var nowhere = local(new CreateRouteEntryRequest());
        nowhere.setRouteTableId("vtb-doesnotexist");
        nowhere.setDestinationCidrBlock("172.31.0.0/16");
        nowhere.setNextHopId(n.instanceId());
        assertThat(errorOf(nowhere)).isEqualTo("InvalidRouteTableId.NotFound");

        var delete = local(new DeleteRouteEntryRequest());
        delete.setRouteTableId(n.routeTableId());
        delete.setDestinationCidrBlock("192.168.0.0/16");
        delete.setNextHopId(n.instanceId());
        client.getAcsResponse(delete);
        assertThat(client.getAcsResponse(tables).getRouteTables().get(0).getRouteEntrys())
                .extracting(DescribeRouteTablesResponse.RouteTable.RouteEntry::getType).containsExactly("System");
        assertThat(errorOf(delete)).isEqualTo("InvalidRouteEntry.NotFound");
    }

    @Test
    void aliyungoForwardsPortsOnANatGatewayThroughEcs() throws Exception {
        Network n = network();
        var gateway = local(new com.aliyuncs.vpc.model.v20160428.CreateNatGatewayRequest());
        gateway.setVpcId(n.vpcId());
        gateway.setVSwitchId(n.vSwitchId());
        gateway.setNatType("Enhanced");
        gateway.setName("ngw-for-ecs");
        String gatewayId = client.getAcsResponse(gateway).getNatGatewayId();
        AllocateEipAddressResponse eip = client.getAcsResponse(local(new AllocateEipAddressRequest()));
        var bind = local(new AssociateEipAddressRequest());
        bind.setAllocationId(eip.getAllocationId());
        bind.setInstanceId(gatewayId);
        bind.setInstanceType("Nat");
        client.getAcsResponse(bind);

        var gateways = local(new DescribeNatGatewaysRequest());
        gateways.setVpcId(n.vpcId());
        DescribeNatGatewaysResponse listed = client.getAcsResponse(gateways);
        assertThat(listed.getNatGateways()).singleElement().satisfies(g -> {
            assertThat(g.getNatGatewayId()).isEqualTo(gatewayId);
            assertThat(g.getName()).isEqualTo("ngw-for-ecs");
            assertThat(g.getStatus()).isEqualTo("Available");
            assertThat(g.getForwardTableIds()).singleElement().asString().startsWith("ftb-");
        });
        String table = listed.getNatGateways().get(0).getForwardTableIds().get(0);

        var forward = local(new CreateForwardEntryRequest());
        forward.setForwardTableId(table);
        forward.setExternalIp(eip.getEipAddress());
        forward.setExternalPort("8080");
        forward.setInternalIp("10.0.1.10");
        forward.setInternalPort("80");
        forward.setIpProtocol("tcp");
        String entryId = client.getAcsResponse(forward).getForwardEntryId();
        assertThat(errorOf(forward)).isNotEmpty();

        var entries = local(new DescribeForwardTableEntriesRequest());
        entries.setForwardTableId(table);
        assertThat(client.getAcsResponse(entries).getForwardTableEntries()).singleElement().satisfies(e -> {
            assertThat(e.getForwardEntryId()).isEqualTo(entryId);
            assertThat(e.getExternalIp()).isEqualTo(eip.getEipAddress());
            assertThat(e.getExternalPort()).isEqualTo("8080");
            assertThat(e.getInternalIp()).isEqualTo("10.0.1.10");
            assertThat(e.getIpProtocol()).isEqualTo("tcp");
        });

        var modify = local(new ModifyForwardEntryRequest());
        modify.setForwardTableId(table);
        modify.setForwardEntryId(entryId);
        modify.setInternalPort("81");
        client.getAcsResponse(modify);
        assertThat(client.getAcsResponse(entries).getForwardTableEntries()).singleElement()
                .satisfies(e -> assertThat(e.getInternalPort()).isEqualTo("81"));

        var deleteTooEarly = local(new DeleteNatGatewayRequest());
        deleteTooEarly.setNatGatewayId(gatewayId);
        assertThat(errorOf(deleteTooEarly)).startsWith("DependencyViolation");

        var unforward = local(new DeleteForwardEntryRequest());
        unforward.setForwardTableId(table);
        unforward.setForwardEntryId(entryId);
        client.getAcsResponse(unforward);
        assertThat(client.getAcsResponse(entries).getForwardTableEntries()).isEmpty();
        var unbind = local(new UnassociateEipAddressRequest());
        unbind.setAllocationId(eip.getAllocationId());
        unbind.setInstanceId(gatewayId);
        client.getAcsResponse(unbind);
        client.getAcsResponse(deleteTooEarly);
        assertThat(client.getAcsResponse(gateways).getNatGateways()).isEmpty();
    }

    /**
     * An alias reads only what its own metadata declares: a VPC-only parameter sent to the ECS CreateVpc (an unknown
     * ResourceGroupId, a Tag.N) is ignored as the real ECS action ignores it, where the VPC product's CreateVpc would
     * refuse the group or tag the VPC.
     */
    @Test
    void anAliasReadsOnlyItsOwnParameters() throws Exception {
        var create = local(new CreateVpcRequest());
        create.setCidrBlock("10.7.0.0/16");
        create.putQueryParameter("ResourceGroupId", "rg-nothere");
        create.putQueryParameter("Tag.1.Key", "only-vpc-knows");
        create.putQueryParameter("Tag.1.Value", "v");
        String vpcId = client.getAcsResponse(create).getVpcId();

        var list = local(new com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest());
        list.setVpcId(vpcId);
        assertThat(client.getAcsResponse(list).getVpcs()).singleElement().satisfies(v -> {
            assertThat(v.getCidrBlock()).isEqualTo("10.7.0.0/16");
            assertThat(v.getResourceGroupId()).isNotEqualTo("rg-nothere");
            assertThat(v.getTags()).isEmpty();
        });
    }

    /** The ECS twins of the VPC product's HaVip actions: the same HaVips, in the ECS metadata's schemas. */
    @Test
    void aHaVipMadeBoundAndRemovedThroughEcs() throws Exception {
        Network n = network();
        var create = local(new CreateHaVipRequest());
        create.setVSwitchId(n.vSwitchId());
        create.setIpAddress("10.0.1.100");
        create.setDescription("made through ECS");
        String id = client.getAcsResponse(create).getHaVipId();
        var bind = local(new AssociateHaVipRequest());
        bind.setHaVipId(id);
        bind.setInstanceId(n.instanceId());
        client.getAcsResponse(bind);
        var modify = local(new ModifyHaVipAttributeRequest());
        modify.setHaVipId(id);
        modify.setDescription("renamed");
        client.getAcsResponse(modify);

        var list = local(new DescribeHaVipsRequest());
        var byId = new DescribeHaVipsRequest.Filter();
        byId.setKey("HaVipId");
        byId.setValues(List.of(id));
        list.setFilters(List.of(byId));
        assertThat(client.getAcsResponse(list).getHaVips()).singleElement().satisfies(h -> {
            assertThat(h.getHaVipId()).isEqualTo(id);
            assertThat(h.getVpcId()).isEqualTo(n.vpcId());
            assertThat(h.getVSwitchId()).isEqualTo(n.vSwitchId());
            assertThat(h.getIpAddress()).isEqualTo("10.0.1.100");
            assertThat(h.getDescription()).isEqualTo("renamed");
            assertThat(h.getAssociatedInstances()).containsExactly(n.instanceId());
            assertThat(h.getStatus()).isEqualTo("InUse");
        });
        var vpcList = local(new com.aliyuncs.vpc.model.v20160428.DescribeHaVipsRequest());
        assertThat(client.getAcsResponse(vpcList).getHaVips()).extracting(h -> h.getHaVipId()).containsExactly(id);

        var delete = local(new DeleteHaVipRequest());
        delete.setHaVipId(id);
        assertThat(errorOf(delete)).isEqualTo("IncorrectStatus");
        var unbind = local(new UnassociateHaVipRequest());
        unbind.setHaVipId(id);
        unbind.setInstanceId(n.instanceId());
        client.getAcsResponse(unbind);
        client.getAcsResponse(delete);
        assertThat(client.getAcsResponse(list).getHaVips()).isEmpty();
    }

    @Test
    void describeResourceByTagsFindsTheResourcesCarryingEveryTag() throws Exception {
        String first = client.getAcsResponse(local(new CreateSecurityGroupRequest())).getSecurityGroupId();
        String second = client.getAcsResponse(local(new CreateSecurityGroupRequest())).getSecurityGroupId();
        for (String group : List.of(first, second)) {
            var add = local(new AddTagsRequest());
            add.setResourceType("securitygroup");
            add.setResourceId(group);
            add.setTags(group.equals(first) ? List.of(tag("env", "prod"), tag("team", "net")) : List.of(tag("env", "dev")));
            client.getAcsResponse(add);
        }

        var both = local(new DescribeResourceByTagsRequest());
        both.setTags(List.of(byTag("env", "prod"), byTag("team", "net")));
        DescribeResourceByTagsResponse found = client.getAcsResponse(both);
        assertThat(found.getTotalCount()).isEqualTo(1);
        assertThat(found.getResources()).extracting(DescribeResourceByTagsResponse.Resource::getResourceType,
                DescribeResourceByTagsResponse.Resource::getResourceId,
                DescribeResourceByTagsResponse.Resource::getRegionId).containsExactly(tuple("securitygroup", first, REGION));

        var anyValue = local(new DescribeResourceByTagsRequest());
        anyValue.setResourceType("securitygroup");
        anyValue.setTags(List.of(byTag("env", "")));
        assertThat(client.getAcsResponse(anyValue).getResources())
                .extracting(DescribeResourceByTagsResponse.Resource::getResourceId).containsExactlyInAnyOrder(first, second);

        var instances = local(new DescribeResourceByTagsRequest());
        instances.setResourceType("instance");
        instances.setTags(List.of(byTag("env", "prod")));
        assertThat(client.getAcsResponse(instances).getResources()).isEmpty();

        var unknown = local(new DescribeResourceByTagsRequest());
        unknown.setResourceType("volcano");
        assertThat(errorOf(unknown)).isEqualTo("InvalidResourceType.NotFound");
    }

    @Test
    void olderClientsReadChangeAndEndACircuitAndARouterThroughEcs() throws Exception {
        // ECS's CreatePhysicalConnection, EnablePhysicalConnection and CreateVirtualBorderRouter require what the
        // VPC product's do not (PeerLocation, ClientToken): they are not aliases, the VPC product makes both here
        var vpc = new AliyunApi(port);
        String circuit = PhysicalConnectionTest.Recipe.enabled(vpc);
        String vbr = vpc.vpc("CreateVirtualBorderRouter", "RegionId", REGION, "PhysicalConnectionId", circuit,
                "VlanId", "30").path("VbrId").asString();
        var modify = local(new ModifyVirtualBorderRouterAttributeRequest());
        modify.setVbrId(vbr);
        modify.setName("through-ecs");
        client.getAcsResponse(modify);
        var describe = local(new DescribeVirtualBorderRoutersRequest());
        var read = client.getAcsResponse(describe).getVirtualBorderRouterSet();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getVbrId()).isEqualTo(vbr);
        assertThat(read.get(0).getVlanId()).isEqualTo(30);
        assertThat(read.get(0).getName()).isEqualTo("through-ecs");
        assertThat(read.get(0).getPhysicalConnectionStatus()).isEqualTo("Enabled");

        var deleteRouter = local(new DeleteVirtualBorderRouterRequest());
        deleteRouter.setVbrId(vbr);
        client.getAcsResponse(deleteRouter);
        var terminate = local(new TerminatePhysicalConnectionRequest());
        terminate.setPhysicalConnectionId(circuit);
        client.getAcsResponse(terminate);
        var circuits = local(new DescribePhysicalConnectionsRequest());
        assertThat(client.getAcsResponse(circuits).getPhysicalConnectionSet()).singleElement()
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo("Terminated"));
        var delete = local(new DeletePhysicalConnectionRequest());
        delete.setPhysicalConnectionId(circuit);
        client.getAcsResponse(delete);
        assertThat(client.getAcsResponse(circuits).getPhysicalConnectionSet()).isEmpty();
    }

    private static DescribeResourceByTagsRequest.Tag byTag(String key, String value) {
        var t = new DescribeResourceByTagsRequest.Tag();
        t.setKey(key);
        t.setValue(value);
        return t;
    }

    private static AddTagsRequest.Tag tag(String key, String value) {
        var t = new AddTagsRequest.Tag();
        t.setKey(key);
        t.setValue(value);
        return t;
    }

    /** Conformance recipes of the deprecated ECS actions: answers held to the ECS metadata, the fuzz thrown at each. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String vpc(AliyunApi api) {
            return api.ecs("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
        }

        private static String vSwitch(AliyunApi api, String vpc) {
            return api.ecs("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "ZoneId", "cn-hangzhou-h",
                    "CidrBlock", "10.0.1.0/24").path("VSwitchId").asString();
        }

        private static String eip(AliyunApi api) {
            return api.ecs("AllocateEipAddress", "RegionId", REGION).path("AllocationId").asString();
        }

        /** {a NAT gateway (made by the VPC product) with a bound EIP, its forward table, the EIP's address}. */
        private static String[] nat(AliyunApi api) {
            String vpc = vpc(api);
            String gateway = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", vpc, "VSwitchId",
                    vSwitch(api, vpc), "NatType", "Enhanced").path("NatGatewayId").asString();
            var eip = api.ecs("AllocateEipAddress", "RegionId", REGION);
            api.ecs("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip.path("AllocationId").asString(),
                    "InstanceId", gateway, "InstanceType", "Nat");
            return new String[] {gateway, "ftb-" + gateway.substring(4), eip.path("EipAddress").asString()};
        }

        /** nat() with a port forwarding: {gateway, forward table, EIP address, entry}. */
        private static String[] forwarded(AliyunApi api) {
            String[] g = nat(api);
            String entry = api.ecs("CreateForwardEntry", "RegionId", REGION, "ForwardTableId", g[1], "ExternalIp", g[2],
                    "ExternalPort", "80", "InternalIp", "10.0.1.5", "InternalPort", "80", "IpProtocol", "tcp")
                    .path("ForwardEntryId").asString();
            return new String[] {g[0], g[1], g[2], entry};
        }

        /** {system route table, an instance in a vSwitch of its VPC}. */
        private static String[] routed(AliyunApi api) {
            var v = api.ecs("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16");
            String vpcId = v.path("VpcId").asString();
            String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpcId)
                    .path("SecurityGroupId").asString();
            String instance = api.ecs("RunInstances", "RegionId", REGION, "ImageId",
                    "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", group,
                    "VSwitchId", vSwitch(api, vpcId)).path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
            return new String[] {v.path("RouteTableId").asString(), instance};
        }

        private static String[] entry(AliyunApi api) {
            String[] n = routed(api);
            api.ecs("CreateRouteEntry", "RegionId", REGION, "RouteTableId", n[0], "DestinationCidrBlock",
                    "192.168.0.0/16", "NextHopId", n[1]);
            return n;
        }

        @Override
        public void register(Recipes r) {
            r.ecs("AllocateEipAddress", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "5",
                            "InternetChargeType", "PayByTraffic"))
                    .fails("InvalidBandwidth.Malformed", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "0"));
            r.ecs("DescribeEipAddresses", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api)));
            r.ecs("AssociateEipAddress", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                            "InstanceId", api.instance(api.group())))
                    .fails("InvalidAllocationId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "AllocationId", "eip-nothere", "InstanceId", api.instance(api.group())));
            r.ecs("UnassociateEipAddress", api -> {
                String eip = eip(api);
                String instance = api.instance(api.group());
                api.ecs("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId", instance);
                return AliyunApi.params("RegionId", REGION, "AllocationId", eip, "InstanceId", instance);
            }).fails("InvalidBindingStatus", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                    "InstanceId", "i-nothere"));
            r.ecs("ReleaseEipAddress", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api)))
                    .fails("IncorrectEipStatus", api -> {
                        String eip = eip(api);
                        api.ecs("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip, "InstanceId",
                                api.instance(api.group()));
                        return AliyunApi.params("RegionId", REGION, "AllocationId", eip);
                    });
            r.ecs("ModifyEipAddressAttribute", api -> AliyunApi.params("RegionId", REGION, "AllocationId", eip(api),
                    "Bandwidth", "10"));
            r.ecs("DescribeRouteTables", api -> AliyunApi.params("RegionId", REGION, "RouteTableId", entry(api)[0]));
            r.ecs("CreateRouteEntry", api -> {
                String[] n = routed(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[0], "DestinationCidrBlock",
                        "192.168.0.0/16", "NextHopType", "Instance", "NextHopId", n[1]);
            }).fails("InvalidCIDRBlock.Duplicate", api -> {
                String[] n = entry(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[0], "DestinationCidrBlock",
                        "192.168.0.0/16", "NextHopId", n[1]);
            }).fails("InvalidRouteTableId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "RouteTableId", "vtb-nothere", "DestinationCidrBlock", "192.168.0.0/16", "NextHopId", "i-nothere"));
            r.ecs("DeleteRouteEntry", api -> AliyunApi.params("RegionId", REGION, "RouteTableId", entry(api)[0],
                            "DestinationCidrBlock", "192.168.0.0/16"))
                    .fails("InvalidRouteEntry.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "RouteTableId", routed(api)[0], "DestinationCidrBlock", "192.168.0.0/16"));
            r.ecs("DescribeNatGateways", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", nat(api)[0]));
            r.ecs("DeleteNatGateway", api -> {
                String vpc = vpc(api);
                String gateway = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", vpc, "VSwitchId",
                        vSwitch(api, vpc), "NatType", "Enhanced").path("NatGatewayId").asString();
                return AliyunApi.params("RegionId", REGION, "NatGatewayId", gateway);
            }).fails("DependencyViolation.EIPS", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", nat(api)[0]));
            r.ecs("CreateForwardEntry", api -> {
                String[] g = nat(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", g[1], "ExternalIp", g[2],
                        "ExternalPort", "443", "InternalIp", "10.0.1.9", "InternalPort", "443", "IpProtocol", "tcp");
            });
            r.ecs("DescribeForwardTableEntries", api -> AliyunApi.params("RegionId", REGION, "ForwardTableId",
                    forwarded(api)[1]));
            r.ecs("DeleteForwardEntry", api -> {
                String[] g = forwarded(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", g[1], "ForwardEntryId", g[3]);
            });
            r.ecs("DescribeResourceByTags", api -> {
                api.ecs("AddTags", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", api.group(),
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
                return AliyunApi.params("RegionId", REGION, "Tag.1.Key", "k", "Tag.1.Value", "v");
            }).fails("InvalidResourceType.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "ResourceType", "volcano"));
            r.ecs("CreateVpc", api -> AliyunApi.params("RegionId", REGION, "CidrBlock", "10.0.0.0/16", "VpcName", "v"));
            r.ecs("DescribeVpcs", api -> {
                vSwitch(api, vpc(api));
                return AliyunApi.params("RegionId", REGION);
            });
            r.ecs("ModifyVpcAttribute", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api), "VpcName", "n"));
            r.ecs("DeleteVpc", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api)))
                    .fails("InvalidVpcId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VpcId", "vpc-nothere"));
            r.ecs("CreateVSwitch", api -> AliyunApi.params("RegionId", REGION, "VpcId", vpc(api), "ZoneId",
                    "cn-hangzhou-h", "CidrBlock", "10.0.2.0/24"));
            r.ecs("DescribeVSwitches", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))));
            r.ecs("ModifyVSwitchAttribute", api -> AliyunApi.params("RegionId", REGION, "VSwitchId",
                    vSwitch(api, vpc(api)), "Description", "d"));
            r.ecs("DeleteVSwitch", api -> AliyunApi.params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))));
            r.ecs("AddTags", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup",
                    "ResourceId", api.group(), "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidResourceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "ResourceType", "securitygroup", "ResourceId", "sg-nothere", "Tag.1.Key", "k"));
            r.ecs("RemoveTags", api -> {
                String group = api.group();
                api.ecs("AddTags", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
                return AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k");
            });
            r.ecs("DescribeTags", api -> {
                String group = api.group();
                api.ecs("AddTags", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group,
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
                return AliyunApi.params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId", group);
            });
        }
    }
}
