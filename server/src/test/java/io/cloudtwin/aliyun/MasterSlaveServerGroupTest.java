package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.AddVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.CreateMasterSlaveServerGroupRequest;
import com.aliyun.slb20140515.models.CreateRulesRequest;
import com.aliyun.slb20140515.models.CreateVServerGroupRequest;
import com.aliyun.slb20140515.models.DeleteLoadBalancerListenerRequest;
import com.aliyun.slb20140515.models.DeleteMasterSlaveServerGroupRequest;
import com.aliyun.slb20140515.models.DeleteVServerGroupRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeMasterSlaveServerGroupAttributeRequest;
import com.aliyun.slb20140515.models.DescribeMasterSlaveServerGroupsRequest;
import com.aliyun.slb20140515.models.DescribeVServerGroupAttributeRequest;
import com.aliyun.slb20140515.models.DescribeVServerGroupsRequest;
import com.aliyun.slb20140515.models.ModifyVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.RemoveVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.SetVServerGroupAttributeRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_slb_master_slave_server_group, in the provider's order, through the SLB tea client:
 * CreateMasterSlaveServerGroup (two servers, one Master and one Slave) -> DescribeMasterSlaveServerGroupAttribute ->
 * a TCP listener forwarding to it (MasterSlaveServerGroupId) -> DeleteMasterSlaveServerGroup refused while it does ->
 * the listener gone, the group deleted -> its read answers InvalidParameter, "gone". And the shape rules, the state
 * round trip, a deletion and a listener racing for one group.
 */
class MasterSlaveServerGroupTest extends ServerTestBase {
    private Client slb;
    private com.aliyun.ecs20140526.Client ecs;

    @BeforeEach
    void clients() throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION);
        slb = new Client(config);
        ecs = new com.aliyun.ecs20140526.Client(config);
    }

    static String servers(String master, String slave) {
        return "[{\"ServerId\":\"" + master + "\",\"Port\":\"80\",\"Weight\":\"100\",\"Type\":\"ecs\",\"ServerType\":\"Master\"},"
                + "{\"ServerId\":\"" + slave + "\",\"Port\":\"80\",\"Weight\":\"100\",\"Type\":\"ecs\",\"ServerType\":\"Slave\"}]";
    }

    private String group(SlbStack s, String name) throws Exception {
        return slb.createMasterSlaveServerGroup(new CreateMasterSlaveServerGroupRequest().setRegionId(REGION)
                .setLoadBalancerId(s.loadBalancer()).setMasterSlaveServerGroupName(name)
                .setMasterSlaveBackendServers(servers(s.instances().get(0), s.instances().get(1)))).getBody()
                .getMasterSlaveServerGroupId();
    }

    private CreateLoadBalancerTCPListenerRequest tcp(String lb, int port, String group) {
        return new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setBackendServerPort(port).setBandwidth(-1).setMasterSlaveServerGroupId(group);
    }

    private Object delete(String id) throws Exception {
        return slb.deleteMasterSlaveServerGroup(new DeleteMasterSlaveServerGroupRequest().setRegionId(REGION)
                .setMasterSlaveServerGroupId(id));
    }

    private Object read(String id) throws Exception {
        return slb.describeMasterSlaveServerGroupAttribute(new DescribeMasterSlaveServerGroupAttributeRequest()
                .setRegionId(REGION).setMasterSlaveServerGroupId(id));
    }

    @Test
    void aGroupAndAListenerForwardingToItTheProvidersWay() throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, 71, 2);
        String id = group(s, "tf-ms");
        var read = slb.describeMasterSlaveServerGroupAttribute(new DescribeMasterSlaveServerGroupAttributeRequest()
                .setRegionId(REGION).setMasterSlaveServerGroupId(id)).getBody();
        assertThat(read.getMasterSlaveServerGroupName()).isEqualTo("tf-ms");
        assertThat(read.getLoadBalancerId()).isEqualTo(s.loadBalancer());
        assertThat(read.getMasterSlaveBackendServers().getMasterSlaveBackendServer())
                .extracting(b -> b.getServerId() + "/" + b.getServerType() + "/" + b.getPort())
                .containsExactly(s.instances().get(0) + "/Master/80", s.instances().get(1) + "/Slave/80");
        assertThat(slb.describeVServerGroups(new DescribeVServerGroupsRequest().setRegionId(REGION)
                .setLoadBalancerId(s.loadBalancer())).getBody().getVServerGroups().getVServerGroup())
                .as("not a VServer group").isEmpty();

        slb.createLoadBalancerTCPListener(tcp(s.loadBalancer(), 80, id));
        var listener = slb.describeLoadBalancerTCPListenerAttribute(new DescribeLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(s.loadBalancer()).setListenerPort(80)).getBody();
        assertThat(listener.getMasterSlaveServerGroupId()).isEqualTo(id);
        assertThat(listener.getVServerGroupId()).isEmpty();
        assertThat(slb.describeMasterSlaveServerGroups(new DescribeMasterSlaveServerGroupsRequest().setRegionId(REGION)
                .setLoadBalancerId(s.loadBalancer()).setIncludeListener(true)).getBody().getMasterSlaveServerGroups()
                .getMasterSlaveServerGroup()).singleElement().satisfies(g -> {
                    assertThat(g.getMasterSlaveServerGroupId()).isEqualTo(id);
                    assertThat(g.getAssociatedObjects().getListeners().getListener()).extracting(l -> l.getPort())
                            .containsExactly(80);
                });
        assertThat(refused(() -> delete(id)).getCode()).isEqualTo("RspoolVipExist");

        slb.deleteLoadBalancerListener(new DeleteLoadBalancerListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(s.loadBalancer()).setListenerPort(80).setListenerProtocol("tcp"));
        delete(id);
        assertThat(refused(() -> read(id)).getCode()).as("gone, as the provider reads it").isEqualTo("InvalidParameter");
    }

    @Test
    void twoServersOneMasterOneSlave() throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, 72, 2);
        String a = s.instances().get(0), b = s.instances().get(1);
        var create = new CreateMasterSlaveServerGroupRequest().setRegionId(REGION).setLoadBalancerId(s.loadBalancer());
        assertThat(refused(() -> slb.createMasterSlaveServerGroup(create.setMasterSlaveBackendServers(
                "[{\"ServerId\":\"" + a + "\",\"Port\":\"80\",\"ServerType\":\"Master\"}]"))).getCode())
                .isEqualTo("BACKEND_SERVERS_NUM_MUST_BE_TWO");
        assertThat(refused(() -> slb.createMasterSlaveServerGroup(create.setMasterSlaveBackendServers(
                servers(a, b).replace("Slave", "Master")))).getCode())
                .isEqualTo("BACKEND_SERVERS_CAN_ONLY_CONTAIN_ONE_MASTER_AND_ONE_SLAVE");
        assertThat(refused(() -> slb.createMasterSlaveServerGroup(create.setMasterSlaveBackendServers(
                servers(a, b).replace("Slave", "Backup")))).getCode()).isEqualTo("INVALID_SERVER_TYPE");
        assertThat(refused(() -> slb.createMasterSlaveServerGroup(create.setMasterSlaveBackendServers(
                servers(a, b).replace(",\"ServerType\":\"Slave\"", "")))).getCode()).as("no ServerType")
                .isEqualTo("INVALID_SERVER_TYPE");
        assertThat(refused(() -> slb.createMasterSlaveServerGroup(create.setMasterSlaveBackendServers(servers(a, a))))
                .getCode()).isEqualTo("BACKEND_SERVERS_HAVE_SAME_PORT_AND_SERVERID");
        assertThat(slb.describeMasterSlaveServerGroups(new DescribeMasterSlaveServerGroupsRequest().setRegionId(REGION)
                .setLoadBalancerId(s.loadBalancer())).getBody().getMasterSlaveServerGroups().getMasterSlaveServerGroup())
                .as("refusals made nothing").isEmpty();
        assertThat(refused(() -> slb.createLoadBalancerTCPListener(tcp(s.loadBalancer(), 81, "rsp-nothere"))).getCode())
                .isEqualTo("InvalidParameter");
    }

    /**
     * The two kinds share ids ("rsp-") but not actions: a VServer group's actions, a listener's VServerGroupId and a
     * rule's VServerGroupId answer for a master-slave group as for no group at all, and the master-slave actions so
     * for a VServer group; nothing changes.
     */
    @Test
    void eachKindsActionsTakeTheOtherKindForNoGroup() throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, 75, 2);
        String ms = group(s, "ms");
        String lb = s.loadBalancer();
        String a = s.instances().get(0);
        String vs = slb.createVServerGroup(new CreateVServerGroupRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setVServerGroupName("vs").setBackendServers("[{\"ServerId\":\"" + a + "\",\"Port\":\"8080\"}]"))
                .getBody().getVServerGroupId();
        String member = "[{\"ServerId\":\"" + a + "\",\"Port\":\"80\"}]";
        Map<String, Function<String, Callable<?>>> vServerActions = new LinkedHashMap<>();
        vServerActions.put("DescribeVServerGroupAttribute", id -> () -> slb.describeVServerGroupAttribute(
                new DescribeVServerGroupAttributeRequest().setRegionId(REGION).setVServerGroupId(id)));
        vServerActions.put("SetVServerGroupAttribute", id -> () -> slb.setVServerGroupAttribute(
                new SetVServerGroupAttributeRequest().setRegionId(REGION).setVServerGroupId(id).setVServerGroupName("x")));
        vServerActions.put("AddVServerGroupBackendServers", id -> () -> slb.addVServerGroupBackendServers(
                new AddVServerGroupBackendServersRequest().setRegionId(REGION).setVServerGroupId(id)
                        .setBackendServers(member.replace("80", "81"))));
        vServerActions.put("RemoveVServerGroupBackendServers", id -> () -> slb.removeVServerGroupBackendServers(
                new RemoveVServerGroupBackendServersRequest().setRegionId(REGION).setVServerGroupId(id)
                        .setBackendServers(member)));
        vServerActions.put("ModifyVServerGroupBackendServers", id -> () -> slb.modifyVServerGroupBackendServers(
                new ModifyVServerGroupBackendServersRequest().setRegionId(REGION).setVServerGroupId(id)
                        .setOldBackendServers(member).setNewBackendServers(member.replace("80", "82"))));
        vServerActions.put("DeleteVServerGroup", id -> () -> slb.deleteVServerGroup(
                new DeleteVServerGroupRequest().setRegionId(REGION).setVServerGroupId(id)));
        vServerActions.put("a TCP listener's VServerGroupId", id -> () -> slb.createLoadBalancerTCPListener(
                tcp(lb, 90, null).setVServerGroupId(id)));
        vServerActions.put("an HTTP listener's VServerGroupId", id -> () -> slb.createLoadBalancerHTTPListener(
                new CreateLoadBalancerHTTPListenerRequest().setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(91)
                        .setBackendServerPort(91).setBandwidth(-1).setStickySession("off").setHealthCheck("off")
                        .setVServerGroupId(id)));
        vServerActions.put("a rule's VServerGroupId", id -> () -> slb.createRules(new CreateRulesRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(92).setRuleList(
                        "[{\"RuleName\":\"r\",\"Domain\":\"a.example.com\",\"VServerGroupId\":\"" + id + "\"}]")));
        slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(92).setBackendServerPort(92).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("off"));
        vServerActions.forEach((action, call) -> assertThat(refused(call.apply(ms)).getCode())
                .as(action + " on a master-slave group").isEqualTo(refused(call.apply("rsp-nothere")).getCode()));
        assertThat(refused(() -> read(vs)).getCode()).as("the master-slave read of a VServer group")
                .isEqualTo(refused(() -> read("rsp-nothere")).getCode());
        assertThat(refused(() -> delete(vs)).getCode()).as("the master-slave deletion of a VServer group")
                .isEqualTo(refused(() -> delete("rsp-nothere")).getCode());

        var kept = slb.describeMasterSlaveServerGroupAttribute(new DescribeMasterSlaveServerGroupAttributeRequest()
                .setRegionId(REGION).setMasterSlaveServerGroupId(ms)).getBody();
        assertThat(kept.getMasterSlaveServerGroupName()).isEqualTo("ms");
        assertThat(kept.getMasterSlaveBackendServers().getMasterSlaveBackendServer()).hasSize(2);
        assertThat(slb.describeVServerGroupAttribute(new DescribeVServerGroupAttributeRequest().setRegionId(REGION)
                .setVServerGroupId(vs)).getBody().getBackendServers().getBackendServer()).singleElement()
                .satisfies(b -> assertThat(b.getPort()).isEqualTo(8080));
    }

    /** DeleteMasterSlaveServerGroup and a listener forwarding to the group racing: never a listener on a gone group. */
    @Test
    void aDeletionAndAListenerRacingNeverBothWin() throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, 73, 2);
        for (int round = 0; round < 3; round++) {
            String id = group(s, "race-" + round);
            int port = 1000 + round;
            var outcomes = race(racing(), () -> delete(id), () -> slb.createLoadBalancerTCPListener(tcp(s.loadBalancer(),
                    port, id)));
            assertThat(outcomes).as("round " + round).isIn(List.of("ok", "ResourceNotFound.VServerGroup"),
                    List.of("ok", "InvalidParameter"), List.of("RspoolVipExist", "ok"));
        }
    }

    @Test
    void groupsRoundTripTheState() throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, 74, 2);
        String id = group(s, "kept");
        slb.createLoadBalancerTCPListener(tcp(s.loadBalancer(), 80, id));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var read = slb.describeMasterSlaveServerGroupAttribute(new DescribeMasterSlaveServerGroupAttributeRequest()
                .setRegionId(REGION).setMasterSlaveServerGroupId(id)).getBody();
        assertThat(read.getMasterSlaveBackendServers().getMasterSlaveBackendServer())
                .extracting(b -> b.getServerType()).containsExactly("Master", "Slave");
        assertThat(slb.describeLoadBalancerTCPListenerAttribute(new DescribeLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(s.loadBalancer()).setListenerPort(80)).getBody()
                .getMasterSlaveServerGroupId()).isEqualTo(id);
        assertThat(refused(() -> delete(id)).getCode()).isEqualTo("RspoolVipExist");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        /** {load balancer, master-slave group}: two instances of the load balancer's vSwitch. */
        private static String[] setup(AliyunApi api) {
            String[] s = SlbScenarioTest.Recipe.setup(api);
            String second = api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + s[1] + "\"]")
                    .path("Instances").path("Instance").path(0).path("VpcAttributes").path("VSwitchId").asString();
            String group = api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + s[1] + "\"]")
                    .path("Instances").path("Instance").path(0).path("SecurityGroupIds").path("SecurityGroupId").path(0)
                    .asString();
            String other = api.ecs("RunInstances", "RegionId", REGION, "ZoneId", REGION + "-h", "ImageId",
                    "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", group,
                    "VSwitchId", second).path("InstanceIdSets").path("InstanceIdSet").get(0).asString();
            String ms = api.slb("CreateMasterSlaveServerGroup", "RegionId", REGION, "LoadBalancerId", s[0],
                    "MasterSlaveBackendServers", servers(s[1], other)).path("MasterSlaveServerGroupId").asString();
            return new String[] {s[0], ms, s[1], other};
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateMasterSlaveServerGroup", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "MasterSlaveServerGroupName", "n",
                        "MasterSlaveBackendServers", servers(s[2], s[3]).replace("\"80\"", "\"81\""),
                        "Tag.1.Key", "k", "Tag.1.Value", "v");
            });
            r.slb("DescribeMasterSlaveServerGroups", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId",
                    setup(api)[0], "IncludeListener", "true"));
            r.slb("DescribeMasterSlaveServerGroupAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "MasterSlaveServerGroupId", setup(api)[1])).fails("InvalidParameter", api -> AliyunApi.params(
                    "RegionId", REGION, "MasterSlaveServerGroupId", "rsp-missing"));
            r.slb("DeleteMasterSlaveServerGroup", api -> AliyunApi.params("RegionId", REGION,
                    "MasterSlaveServerGroupId", setup(api)[1]));
        }
    }
}
