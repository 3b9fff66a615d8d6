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
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AssociateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcResponse;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteRouteTableRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteEntryListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTableListResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeRouteTablesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyRouteTableAttributesRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnTagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateRouteTableRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_route_table, alicloud_route_table_attachment and alicloud_route_entry, in the provider's order
 * and with its parameters (research/alicloud-terraform.md section 7): create -> wait Available (DescribeRouteTableList)
 * -> TagResources ROUTETABLE -> read -> modify -> delete -> wait for an empty list; associate -> wait until the table
 * lists the vSwitch -> unassociate; DescribeRouteTables -> every entry Available -> CreateRouteEntry -> read the entry
 * through DescribeRouteTables -> DeleteRouteEntry (table, destination, next hop) -> gone. And the rules: one entry per
 * destination, one custom table per vSwitch (each raced), the next hop in the table's VPC, what keeps a table or a VPC.
 */
class RouteScenarioTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private IAcsClient vpc;
    private Client ecs;

    @BeforeEach
    void clients() throws Exception {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint(endpoint()).setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private <T extends AcsRequest<?>> T regional(T request) {
        local(request).setSysRegionId(REGION);
        return request;
    }

    private CreateVpcResponse createVpc() throws ClientException {
        CreateVpcRequest c = regional(new CreateVpcRequest());
        c.setCidrBlock("172.16.0.0/16");
        return vpc.getAcsResponse(c);
    }

    private String vSwitch(String vpcId, String cidr) throws ClientException {
        CreateVSwitchRequest c = regional(new CreateVSwitchRequest());
        c.setVpcId(vpcId);
        c.setCidrBlock(cidr);
        c.setZoneId(REGION + "-h");
        return vpc.getAcsResponse(c).getVSwitchId();
    }

    private String instance(String vpcId, String vSwitchId) throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpcId))
                .getBody().getSecurityGroupId();
        return ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setVSwitchId(vSwitchId)
                        .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                        .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private String createTable(String vpcId, String name, String token) throws ClientException {
        CreateRouteTableRequest c = regional(new CreateRouteTableRequest());
        c.setVpcId(vpcId);
        c.setRouteTableName(name);
        c.setDescription("made by terraform");
        c.setAssociateType("VSwitch");
        c.setClientToken(token);
        return vpc.getAcsResponse(c).getRouteTableId();
    }

    private List<DescribeRouteTableListResponse.RouterTableListType> tableList(String routeTableId, String vpcId)
            throws ClientException {
        DescribeRouteTableListRequest d = regional(new DescribeRouteTableListRequest());
        d.setRouteTableId(routeTableId);
        d.setVpcId(vpcId);
        return vpc.getAcsResponse(d).getRouterTableList();
    }

    private List<DescribeRouteTablesResponse.RouteTable> routeTables(String routeTableId) throws ClientException {
        DescribeRouteTablesRequest d = regional(new DescribeRouteTablesRequest());
        d.setRouteTableId(routeTableId);
        return vpc.getAcsResponse(d).getRouteTables();
    }

    private void associate(String routeTableId, String vSwitchId) throws ClientException {
        AssociateRouteTableRequest a = regional(new AssociateRouteTableRequest());
        a.setRouteTableId(routeTableId);
        a.setVSwitchId(vSwitchId);
        vpc.getAcsResponse(a);
    }

    private void unassociate(String routeTableId, String vSwitchId) throws ClientException {
        UnassociateRouteTableRequest u = regional(new UnassociateRouteTableRequest());
        u.setRouteTableId(routeTableId);
        u.setVSwitchId(vSwitchId);
        vpc.getAcsResponse(u);
    }

    private void deleteTable(String routeTableId) throws ClientException {
        DeleteRouteTableRequest d = regional(new DeleteRouteTableRequest());
        d.setRouteTableId(routeTableId);
        vpc.getAcsResponse(d);
    }

    private String createEntry(String routeTableId, String destination, String type, String nextHopId)
            throws ClientException {
        CreateRouteEntryRequest c = regional(new CreateRouteEntryRequest());
        c.setRouteTableId(routeTableId);
        c.setDestinationCidrBlock(destination);
        c.setNextHopType(type);
        c.setNextHopId(nextHopId);
        c.setRouteEntryName("tf-route");
        c.setDescription("to the appliance");
        return vpc.getAcsResponse(c).getRouteEntryId();
    }

    private void deleteEntry(String routeTableId, String destination, String nextHopId) throws ClientException {
        DeleteRouteEntryRequest d = regional(new DeleteRouteEntryRequest());
        d.setRouteTableId(routeTableId);
        d.setDestinationCidrBlock(destination);
        d.setNextHopId(nextHopId);
        vpc.getAcsResponse(d);
    }

    /** The provider's read of an entry: in DescribeRouteTables, by destination, next hop type and InstanceId. */
    private List<DescribeRouteTablesResponse.RouteTable.RouteEntry> entry(String routeTableId, String destination,
                                                                       String nextHopId) throws ClientException {
        return routeTables(routeTableId).stream().flatMap(t -> t.getRouteEntrys().stream())
                .filter(e -> e.getDestinationCidrBlock().equals(destination) && e.getNextHopType().equals("Instance")
                        && e.getInstanceId().equals(nextHopId)).toList();
    }

    private TagResourcesRequest tag(String routeTableId, String key, String value) {
        TagResourcesRequest tag = regional(new TagResourcesRequest());
        tag.setResourceType("ROUTETABLE");
        tag.setResourceIds(List.of(routeTableId));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey(key);
        t.setValue(value);
        tag.setTags(List.of(t));
        return tag;
    }

    @Test
    void everyVpcListsItsSystemTableWithTheIdsCreateVpcAnswered() throws Exception {
        CreateVpcResponse created = createVpc();
        String vsw = vSwitch(created.getVpcId(), "172.16.1.0/24");
        assertThat(tableList(null, created.getVpcId())).singleElement().satisfies(t -> {
            assertThat(t.getRouteTableId()).isEqualTo(created.getRouteTableId());
            assertThat(t.getRouterId()).isEqualTo(created.getVRouterId());
            assertThat(t.getRouteTableType()).isEqualTo("System");
            assertThat(t.getStatus()).isEqualTo("Available");
            assertThat(t.getVSwitchIds()).containsExactly(vsw);
        });
        assertThat(routeTables(created.getRouteTableId())).singleElement().satisfies(t -> {
            assertThat(t.getVRouterId()).isEqualTo(created.getVRouterId());
            assertThat(t.getRouteTableType()).isEqualTo("System");
            assertThat(t.getRouteEntrys()).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("System");
                assertThat(e.getDestinationCidrBlock()).isEqualTo("172.16.1.0/24");
                assertThat(e.getStatus()).isEqualTo("Available");
            });
        });
        DescribeRouteTablesRequest byRouter = regional(new DescribeRouteTablesRequest());
        byRouter.setVRouterId(created.getVRouterId());
        assertThat(vpc.getAcsResponse(byRouter).getRouteTables()).extracting(t -> t.getRouteTableId())
                .containsExactly(created.getRouteTableId());

        DeleteVSwitchRequest dv = regional(new DeleteVSwitchRequest());
        dv.setVSwitchId(vsw);
        vpc.getAcsResponse(dv);
        DeleteVpcRequest d = regional(new DeleteVpcRequest());
        d.setVpcId(created.getVpcId());
        vpc.getAcsResponse(d);
        assertThat(tableList(created.getRouteTableId(), null)).as("its system table went with the VPC").isEmpty();
    }

    @Test
    void routeTableAndAttachmentTheProvidersWay() throws Exception {
        CreateVpcResponse v = createVpc();
        String vsw = vSwitch(v.getVpcId(), "172.16.1.0/24");
        String id = createTable(v.getVpcId(), "tf-table", "token-1");
        assertThat(id).startsWith("vtb-").isNotEqualTo(v.getRouteTableId());
        assertThat(createTable(v.getVpcId(), "tf-table", "token-1")).as("the same ClientToken: the same table").isEqualTo(id);

        // wait Available, then the update-on-create: TagResources again, read
        assertThat(tableList(id, null)).singleElement().satisfies(t -> assertThat(t.getStatus()).isEqualTo("Available"));
        vpc.getAcsResponse(tag(id, "env", "dev"));
        assertThat(tableList(id, null)).singleElement().satisfies(t -> {
            assertThat(t.getRouteTableType()).isEqualTo("Custom");
            assertThat(t.getVpcId()).isEqualTo(v.getVpcId());
            assertThat(t.getRouteTableName()).isEqualTo("tf-table");
            assertThat(t.getDescription()).isEqualTo("made by terraform");
            assertThat(t.getAssociateType()).isEqualTo("VSwitch");
            assertThat(t.getTags()).singleElement().satisfies(x -> {
                assertThat(x.getKey()).isEqualTo("env");
                assertThat(x.getValue()).isEqualTo("dev");
            });
            assertThat(t.getVSwitchIds()).isEmpty();
        });
        DescribeRouteTableListRequest byTag = regional(new DescribeRouteTableListRequest());
        byTag.putQueryParameter("Tag.1.Key", "env"); // 3.2.4 has no Tag.N for this action; the provider sends it
        byTag.putQueryParameter("Tag.1.Value", "dev");
        assertThat(vpc.getAcsResponse(byTag).getRouterTableList()).extracting(x -> x.getRouteTableId()).containsExactly(id);

        // update
        ModifyRouteTableAttributesRequest m = regional(new ModifyRouteTableAttributesRequest());
        m.setRouteTableId(id);
        m.setRouteTableName("tf-table-2");
        m.setDescription("renamed");
        vpc.getAcsResponse(m);
        UnTagResourcesRequest untag = regional(new UnTagResourcesRequest());
        untag.setResourceType("ROUTETABLE");
        untag.setResourceIds(List.of(id));
        untag.setTagKeys(List.of("env"));
        vpc.getAcsResponse(untag);
        assertThat(tableList(id, null)).singleElement().satisfies(x -> {
            assertThat(x.getRouteTableName()).isEqualTo("tf-table-2");
            assertThat(x.getDescription()).isEqualTo("renamed");
            assertThat(x.getTags()).isEmpty();
        });

        // alicloud_route_table_attachment: associate, wait until the table lists the vSwitch, read, unassociate
        associate(id, vsw);
        associate(id, vsw);
        assertThat(tableList(id, null)).singleElement().satisfies(x -> {
            assertThat(x.getVSwitchIds()).containsExactly(vsw);
            assertThat(x.getStatus()).isEqualTo("Available");
        });
        assertThat(tableList(v.getRouteTableId(), null)).singleElement()
                .satisfies(x -> assertThat(x.getVSwitchIds()).as("no longer the system table's").isEmpty());
        DescribeVSwitchesRequest dv = regional(new DescribeVSwitchesRequest());
        dv.setVSwitchId(vsw);
        assertThat(vpc.getAcsResponse(dv).getVSwitches()).singleElement().satisfies(s -> {
            assertThat(s.getRouteTable().getRouteTableId()).isEqualTo(id);
            assertThat(s.getRouteTable().getRouteTableType()).isEqualTo("Custom");
        });
        String other = createTable(v.getVpcId(), "other", null);
        assertThat(code(() -> { associate(other, vsw); return null; })).as("one custom table per vSwitch")
                .isEqualTo("Forbidden.VSwitchAlreadyAssociatedRouteTable");
        assertThat(code(() -> { associate(v.getRouteTableId(), vsw); return null; }))
                .isEqualTo("OperationDenied.SwitchToSystemRouteTable");
        assertThat(code(() -> { deleteTable(id); return null; })).as("associated: not deleted")
                .isEqualTo("IncorrectRouteTableStatus");
        DeleteVSwitchRequest deleteVsw = regional(new DeleteVSwitchRequest());
        deleteVsw.setVSwitchId(vsw);
        assertThat(code(() -> vpc.getAcsResponse(deleteVsw))).as("associated: the vSwitch stays")
                .isEqualTo("DependencyViolation");
        CreateVpcResponse elsewhere = createVpc();
        String foreign = vSwitch(elsewhere.getVpcId(), "172.16.1.0/24");
        assertThat(code(() -> { associate(other, foreign); return null; })).isEqualTo("Forbidden.NotInSameVpc");

        unassociate(id, vsw);
        assertThat(tableList(id, null)).singleElement().satisfies(x -> assertThat(x.getVSwitchIds()).isEmpty());
        assertThat(tableList(v.getRouteTableId(), null)).singleElement()
                .satisfies(x -> assertThat(x.getVSwitchIds()).containsExactly(vsw));
        assertThat(code(() -> { unassociate(id, vsw); return null; })).isEqualTo("InvalidBindingStatus.RouteTable");

        DeleteVpcRequest deleteVpc = regional(new DeleteVpcRequest());
        deleteVpc.setVpcId(elsewhere.getVpcId());
        DeleteVSwitchRequest deleteForeign = regional(new DeleteVSwitchRequest());
        deleteForeign.setVSwitchId(foreign);
        vpc.getAcsResponse(deleteForeign);
        String kept = createTable(elsewhere.getVpcId(), "keeps", null);
        assertThat(code(() -> vpc.getAcsResponse(deleteVpc))).as("a custom table keeps its VPC")
                .isEqualTo("DependencyViolation.RouteTable");
        deleteTable(kept);
        vpc.getAcsResponse(deleteVpc);

        // delete, then wait for an empty list: gone
        deleteTable(id);
        assertThat(tableList(id, null)).isEmpty();
        assertThat(code(() -> { deleteTable(v.getRouteTableId()); return null; })).isEqualTo("IncorrectRouteTableType");
    }

    @Test
    void routeEntriesOnTheSystemTableAndOnACustomTableTheProvidersWay() throws Exception {
        CreateVpcResponse v = createVpc();
        String vsw = vSwitch(v.getVpcId(), "172.16.1.0/24");
        String appliance = instance(v.getVpcId(), vsw);
        String custom = createTable(v.getVpcId(), "tf-table", null);
        for (String table : List.of(v.getRouteTableId(), custom)) {
            assertThat(routeTables(table)).singleElement().satisfies(t -> {
                assertThat(t.getRouteTableId()).isEqualTo(table);
                assertThat(t.getVRouterId()).isEqualTo(v.getVRouterId());
                assertThat(t.getRouteEntrys()).allSatisfy(e -> assertThat(e.getStatus()).isEqualTo("Available"));
            });
            String entryId = createEntry(table, "10.20.0.0/16", "Instance", appliance);
            assertThat(entryId).startsWith("rte-");
            assertThat(entry(table, "10.20.0.0/16", appliance)).singleElement().satisfies(e -> {
                assertThat(e.getStatus()).isEqualTo("Available");
                assertThat(e.getType()).isEqualTo("Custom");
                assertThat(e.getRouteEntryName()).isEqualTo("tf-route");
                assertThat(e.getDescription()).isEqualTo("to the appliance");
                assertThat(e.getRouteTableId()).isEqualTo(table);
                assertThat(e.getRouteEntryId()).isEqualTo(entryId);
            });
            DescribeRouteEntryListRequest list = regional(new DescribeRouteEntryListRequest());
            list.setRouteTableId(table);
            list.setRouteEntryType("Custom");
            assertThat(vpc.getAcsResponse(list).getRouteEntrys()).singleElement().satisfies(e -> {
                assertThat(e.getRouteEntryId()).isEqualTo(entryId);
                assertThat(e.getNextHops()).singleElement().satisfies(h -> {
                    assertThat(h.getNextHopId()).isEqualTo(appliance);
                    assertThat(h.getNextHopType()).isEqualTo("Instance");
                });
            });

            assertThat(code(() -> createEntry(table, "10.20.0.0/16", "Instance", appliance)))
                    .as("one entry per destination").isEqualTo("InvalidCIDRBlock.Duplicate");
            assertThat(code(() -> createEntry(table, "10.20.0.1/16", "Instance", appliance)))
                    .isEqualTo("InvalidCidrBlock.Malformed");
            assertThat(code(() -> createEntry(table, "10.30.0.0/16", "RouterInterface", "ri-x")))
                    .isEqualTo("InvalidNextHopType");
            assertThat(code(() -> createEntry(table, "10.30.0.0/16", "HaVip", "havip-nothere")))
                    .isEqualTo("InvalidNextHopId.NotFound");
            assertThat(code(() -> createEntry(table, "10.30.0.0/16", "NatGateway", "ngw-nothere")))
                    .isEqualTo("InvalidNextHopId.NotFound");
            assertThat(code(() -> createEntry(table, "10.30.0.0/16", "Instance", "i-nothere")))
                    .isEqualTo("InvalidNextHopId.NotFound");
            if (table.equals(custom)) {
                assertThat(code(() -> { deleteTable(custom); return null; })).as("entries keep the table")
                        .isEqualTo("DependencyViolation.RouteEntry");
            }

            deleteEntry(table, "10.20.0.0/16", appliance);
            assertThat(entry(table, "10.20.0.0/16", appliance)).as("gone").isEmpty();
            assertThat(code(() -> { deleteEntry(table, "10.20.0.0/16", appliance); return null; }))
                    .as("the provider takes this for done").isEqualTo("InvalidRouteEntry.NotFound");
        }
        // a NAT gateway of the VPC (core.nat registers it as a next hop), the provider's default route through it
        String nat = new AliyunApi(port).vpc("CreateNatGateway", "RegionId", REGION, "VpcId", v.getVpcId(),
                "VSwitchId", vsw, "NatType", "Enhanced").path("NatGatewayId").asString();
        createEntry(v.getRouteTableId(), "0.0.0.0/0", "NatGateway", nat);
        assertThat(routeTables(v.getRouteTableId()).get(0).getRouteEntrys())
                .filteredOn(e -> e.getDestinationCidrBlock().equals("0.0.0.0/0")).singleElement().satisfies(e -> {
                    assertThat(e.getNextHopType()).isEqualTo("NatGateway");
                    assertThat(e.getInstanceId()).isEqualTo(nat);
                });
        deleteEntry(v.getRouteTableId(), "0.0.0.0/0", nat);

        CreateVpcResponse elsewhere = createVpc();
        String stranger = instance(elsewhere.getVpcId(), vSwitch(elsewhere.getVpcId(), "172.16.2.0/24"));
        assertThat(code(() -> createEntry(custom, "10.40.0.0/16", "Instance", stranger)))
                .as("the next hop must be in the table's VPC").isEqualTo("OperationFailed.InstanceDismatchCurrentVpc");
        deleteTable(custom);
    }

    /**
     * alicloud_vpc_route_entry's read asks ListVpcPublishedRouteEntries (TargetType ECR) where the entry is published,
     * and fails unless the answer has RouteEntries: nothing can be published here, so every entry has no target.
     */
    @Test
    void theRouteEntryReadFindsItsEntryPublishedNowhere() {
        AliyunApi api = new AliyunApi(port);
        String[] n = Recipe.network(api);
        Recipe.entry(api, n, n[1]);
        var listed = api.vpc("ListVpcPublishedRouteEntries", "RegionId", REGION, "RouteTableId", n[1],
                "DestinationCidrBlock", "10.9.0.0/16", "TargetType", "ECR").path("RouteEntries");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.path(0).path("RouteTableId").asString()).isEqualTo(n[1]);
        assertThat(listed.path(0).path("DestinationCidrBlock").asString()).isEqualTo("10.9.0.0/16");
        assertThat(listed.path(0).path("RoutePublishTargets").isArray()).isTrue();
        assertThat(listed.path(0).path("RoutePublishTargets").size()).isZero();
        var none = api.vpc("ListVpcPublishedRouteEntries", "RegionId", REGION, "RouteTableId", n[1],
                "DestinationCidrBlock", "10.8.0.0/16", "TargetType", "ECR").path("RouteEntries");
        assertThat(none.isArray()).as("an empty list, which the provider reads as not found").isTrue();
        assertThat(none.size()).isZero();
        var unknown = api.send("Vpc", "ListVpcPublishedRouteEntries", "JSON", AliyunApi.params("RegionId", REGION,
                "RouteTableId", "vtb-nothere", "TargetType", "ECR"));
        assertThat(unknown.status()).isBetween(400, 404);
    }

    @Test
    void twoEntriesForOneDestinationOrTwoTablesForOneVSwitchNeverBothWin() throws Exception {
        CreateVpcResponse v = createVpc();
        String vsw = vSwitch(v.getVpcId(), "172.16.1.0/24");
        String x = instance(v.getVpcId(), vsw);
        String y = instance(v.getVpcId(), vsw);
        for (int round = 0; round < 10; round++) {
            String destination = "10." + round + ".0.0/16";
            String table = round % 2 == 0 ? v.getRouteTableId() : createTable(v.getVpcId(), "race", null);
            assertThat(winners("InvalidCIDRBlock.Duplicate", () -> createEntry(table, destination, "Instance", x),
                    () -> createEntry(table, destination, "Instance", y))).as("one destination, two entries").hasSize(1);
            assertThat(routeTables(table).get(0).getRouteEntrys()).filteredOn(e -> e.getDestinationCidrBlock()
                    .equals(destination)).hasSize(1);

            String switched = vSwitch(v.getVpcId(), "172.16." + (10 + round) + ".0/24");
            String one = createTable(v.getVpcId(), "one", null);
            String two = createTable(v.getVpcId(), "two", null);
            assertThat(winners("Forbidden.VSwitchAlreadyAssociatedRouteTable",
                    () -> { associate(one, switched); return one; }, () -> { associate(two, switched); return two; }))
                    .as("one vSwitch, two tables").hasSize(1);
            int listed = tableList(one, null).get(0).getVSwitchIds().size() + tableList(two, null).get(0).getVSwitchIds().size();
            assertThat(listed).isEqualTo(1);
        }
    }

    private List<String> winners(String loserCode, Callable<String> one, Callable<String> two) throws Exception {
        List<Future<String>> results = new ArrayList<>(List.of(racing().submit(one), racing().submit(two)));
        List<String> won = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                won.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClientException.class);
                assertThat(((ClientException) e.getCause()).getErrCode()).isEqualTo(loserCode);
            }
        }
        return won;
    }

    @Test
    void theStateDocumentCarriesTablesAssociationsAndEntries() throws Exception {
        CreateVpcResponse v = createVpc();
        String vsw = vSwitch(v.getVpcId(), "172.16.1.0/24");
        String appliance = instance(v.getVpcId(), vsw);
        String custom = createTable(v.getVpcId(), "kept", null);
        vpc.getAcsResponse(tag(custom, "env", "prod"));
        associate(custom, vsw);
        String onSystem = createEntry(v.getRouteTableId(), "10.1.0.0/16", "Instance", appliance);
        String onCustom = createEntry(custom, "0.0.0.0/0", "Instance", appliance);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(JSON.readTree(exported).get("routeTables")).hasSize(1);
        assertThat(JSON.readTree(exported).get("routeEntries")).hasSize(2);

        admin("POST", "/_cloudtwin/reset", null);
        assertThat(tableList(custom, null)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        assertThat(tableList(custom, null)).singleElement().satisfies(t -> {
            assertThat(t.getRouteTableName()).isEqualTo("kept");
            assertThat(t.getVSwitchIds()).containsExactly(vsw);
            assertThat(t.getTags()).singleElement().satisfies(x -> assertThat(x.getValue()).isEqualTo("prod"));
        });
        assertThat(entry(v.getRouteTableId(), "10.1.0.0/16", appliance)).singleElement()
                .satisfies(e -> assertThat(e.getRouteEntryId()).isEqualTo(onSystem));
        assertThat(entry(custom, "0.0.0.0/0", appliance)).singleElement()
                .satisfies(e -> assertThat(e.getRouteEntryId()).isEqualTo(onCustom));
    }

    /** Conformance recipes: each action's answers held to the VPC metadata, the fuzz thrown at each. */
    public static class Recipe implements Recipes.RecipeBook {
        /** {VPC, its system table, a vSwitch, an instance in it}. */
        private static String[] network(AliyunApi api) {
            var v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16");
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v.path("VpcId").asString(),
                    "CidrBlock", "10.0.1.0/24", "ZoneId", REGION + "-h").path("VSwitchId").asString();
            String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", v.path("VpcId").asString())
                    .path("SecurityGroupId").asString();
            String instance = api.ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType",
                    "ecs.g6.large", "SecurityGroupId", group, "VSwitchId", vsw).path("InstanceIdSets")
                    .path("InstanceIdSet").path(0).asString();
            return new String[] {v.path("VpcId").asString(), v.path("RouteTableId").asString(), vsw, instance};
        }

        private static String table(AliyunApi api, String vpcId) {
            return api.vpc("CreateRouteTable", "RegionId", REGION, "VpcId", vpcId, "RouteTableName", "t")
                    .path("RouteTableId").asString();
        }

        private static String entry(AliyunApi api, String[] n, String table) {
            return api.vpc("CreateRouteEntry", "RegionId", REGION, "RouteTableId", table, "DestinationCidrBlock",
                    "10.9.0.0/16", "NextHopType", "Instance", "NextHopId", n[3]).path("RouteEntryId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateRouteTable", api -> AliyunApi.params("RegionId", REGION, "VpcId", network(api)[0],
                            "RouteTableName", "t", "AssociateType", "VSwitch", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidVpcId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VpcId", "vpc-nothere"));
            r.vpc("DescribeRouteTableList", api -> {
                String[] n = network(api);
                table(api, n[0]);
                return AliyunApi.params("RegionId", REGION, "VpcId", n[0]);
            });
            r.vpc("ModifyRouteTableAttributes", api -> AliyunApi.params("RegionId", REGION,
                            "RouteTableId", table(api, network(api)[0]), "RouteTableName", "n", "Description", "d"))
                    .fails("Abs.InvalidRouteTableId.NotExist", api -> AliyunApi.params("RegionId", REGION,
                            "RouteTableId", "vtb-nothere"));
            r.vpc("AssociateRouteTable", api -> {
                String[] n = network(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", table(api, n[0]), "VSwitchId", n[2]);
            }).fails("InvalidRouteTableId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "RouteTableId", "vtb-nothere", "VSwitchId", network(api)[2]))
                    .fails("Forbidden.VSwitchAlreadyAssociatedRouteTable", api -> {
                        String[] n = network(api);
                        api.vpc("AssociateRouteTable", "RegionId", REGION, "RouteTableId", table(api, n[0]),
                                "VSwitchId", n[2]);
                        return AliyunApi.params("RegionId", REGION, "RouteTableId", table(api, n[0]), "VSwitchId", n[2]);
                    });
            r.vpc("UnassociateRouteTable", api -> {
                String[] n = network(api);
                String t = table(api, n[0]);
                api.vpc("AssociateRouteTable", "RegionId", REGION, "RouteTableId", t, "VSwitchId", n[2]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", t, "VSwitchId", n[2]);
            }).fails("InvalidBindingStatus.RouteTable", api -> {
                String[] n = network(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", table(api, n[0]), "VSwitchId", n[2]);
            }).fails("OperationUnsupported.SystemRouteTable", api -> {
                String[] n = network(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1], "VSwitchId", n[2]);
            });
            r.vpc("DeleteRouteTable", api -> AliyunApi.params("RegionId", REGION, "RouteTableId", table(api, network(api)[0])))
                    .fails("IncorrectRouteTableType", api -> AliyunApi.params("RegionId", REGION,
                            "RouteTableId", network(api)[1]))
                    .fails("DependencyViolation.RouteEntry", api -> {
                        String[] n = network(api);
                        String t = table(api, n[0]);
                        entry(api, n, t);
                        return AliyunApi.params("RegionId", REGION, "RouteTableId", t);
                    });
            r.vpc("CreateRouteEntry", api -> {
                String[] n = network(api);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "10.9.0.0/16",
                        "NextHopType", "Instance", "NextHopId", n[3], "RouteEntryName", "e");
            }).fails("InvalidCIDRBlock.Duplicate", api -> {
                String[] n = network(api);
                entry(api, n, n[1]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "10.9.0.0/16",
                        "NextHopType", "Instance", "NextHopId", n[3]);
            }).fails("InvalidRouteTableId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "RouteTableId", "vtb-nothere", "DestinationCidrBlock", "10.9.0.0/16", "NextHopType", "Instance",
                    "NextHopId", network(api)[3]));
            r.vpc("DeleteRouteEntry", api -> {
                String[] n = network(api);
                entry(api, n, n[1]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1], "DestinationCidrBlock", "10.9.0.0/16",
                        "NextHopId", n[3]);
            }).fails("InvalidRouteEntry.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "RouteTableId", network(api)[1], "DestinationCidrBlock", "10.9.0.0/16"));
            r.vpc("DescribeRouteEntryList", api -> {
                String[] n = network(api);
                entry(api, n, n[1]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1]);
            }).fails("InvalidRouteTable.NotFound", api -> AliyunApi.params("RegionId", REGION, "RouteTableId", "vtb-nothere"));
            r.vpc("ModifyRouteEntry", api -> {
                String[] n = network(api);
                return AliyunApi.params("RegionId", REGION, "RouteEntryId", entry(api, n, n[1]), "RouteEntryName", "m",
                        "Description", "d");
            }).fails("InvalidRouteEntryId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "RouteEntryId", "rte-nothere", "RouteEntryName", "m"));
            r.vpc("ListVpcPublishedRouteEntries", api -> {
                String[] n = network(api);
                entry(api, n, n[1]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1], "TargetType", "ECR");
            });
            r.vpc("DescribeRouteTables", api -> {
                String[] n = network(api);
                entry(api, n, n[1]);
                return AliyunApi.params("RegionId", REGION, "RouteTableId", n[1]);
            });
        }
    }
}
