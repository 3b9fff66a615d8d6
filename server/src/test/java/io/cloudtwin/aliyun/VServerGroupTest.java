package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.AddVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.CreateVServerGroupRequest;
import com.aliyun.slb20140515.models.DeleteLoadBalancerRequest;
import com.aliyun.slb20140515.models.DeleteVServerGroupRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeVServerGroupAttributeRequest;
import com.aliyun.slb20140515.models.DescribeVServerGroupAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeVServerGroupsRequest;
import com.aliyun.slb20140515.models.ModifyVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.RemoveVServerGroupBackendServersRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.SetVServerGroupAttributeRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * VServer groups as alicloud_slb_server_group, alicloud_slb_server_group_server_attachment and alicloud_slb_listener's
 * server_group_id drive them (CreateVServerGroup, DescribeVServerGroupAttribute, whose InvalidParameter the provider
 * reads as gone, Add/Remove/ModifyVServerGroupBackendServers, SetVServerGroupAttribute, a listener with
 * VServerGroupId, DeleteVServerGroup), through the new SDKs; the rules (servers of the load balancer's VPC, a group a
 * listener forwards to stays), a race of a deletion and a listener, and the state round trip.
 */
class VServerGroupTest extends ServerTestBase {
    private Client slb;
    private com.aliyun.ecs20140526.Client ecs;

    @BeforeEach
    void clients() throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION);
        slb = new Client(config);
        ecs = new com.aliyun.ecs20140526.Client(config);
    }

    /** {vSwitch, two instances in it, an intranet load balancer there} in a new VPC 10.b.0.0/16. */
    private String[] stack(int b) throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, b, 2);
        return new String[] {s.vSwitch(), s.instances().get(0), s.instances().get(1), s.loadBalancer()};
    }

    private static String servers(String... idPortWeight) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < idPortWeight.length; i += 3) {
            if (i > 0) out.append(',');
            out.append("{\"ServerId\":\"").append(idPortWeight[i]).append("\",\"Port\":\"").append(idPortWeight[i + 1])
                    .append("\",\"Weight\":\"").append(idPortWeight[i + 2]).append("\",\"Type\":\"ecs\"}");
        }
        return out.append(']').toString();
    }

    private String group(String lb, String name, String backendServers) throws Exception {
        return slb.createVServerGroup(new CreateVServerGroupRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setVServerGroupName(name).setBackendServers(backendServers)).getBody().getVServerGroupId();
    }

    private DescribeVServerGroupAttributeResponseBody read(String id) throws Exception {
        return slb.describeVServerGroupAttribute(new DescribeVServerGroupAttributeRequest().setRegionId(REGION)
                .setVServerGroupId(id)).getBody();
    }

    /** The group's servers as "id:port:weight", in the order they joined. */
    private List<String> members(String id) throws Exception {
        return read(id).getBackendServers().getBackendServer().stream()
                .map(s -> s.getServerId() + ":" + s.getPort() + ":" + s.getWeight()).toList();
    }

    private CreateLoadBalancerTCPListenerRequest tcp(String lb, int port, String group) {
        return new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setBandwidth(-1).setVServerGroupId(group);
    }

    private void delete(String id) throws Exception {
        slb.deleteVServerGroup(new DeleteVServerGroupRequest().setRegionId(REGION).setVServerGroupId(id));
    }

    @Test
    void aGroupAndAListenerTheProvidersWay() throws Exception {
        String[] s = stack(71);
        String a = s[1];
        String b = s[2];
        String lb = s[3];
        String id = group(lb, "tf-group", servers(a, "80", "100"));
        assertThat(id).startsWith("rsp-");
        var read = read(id);
        assertThat(List.of(read.getVServerGroupName(), read.getLoadBalancerId())).containsExactly("tf-group", lb);
        assertThat(members(id)).containsExactly(a + ":80:100");

        slb.addVServerGroupBackendServers(new AddVServerGroupBackendServersRequest().setRegionId(REGION)
                .setVServerGroupId(id).setBackendServers(servers(b, "8080", "50")));
        slb.setVServerGroupAttribute(new SetVServerGroupAttributeRequest().setRegionId(REGION).setVServerGroupId(id)
                .setVServerGroupName("renamed").setBackendServers(servers(a, "80", "20")));
        assertThat(read(id).getVServerGroupName()).isEqualTo("renamed");
        assertThat(members(id)).containsExactly(a + ":80:20", b + ":8080:50");
        slb.modifyVServerGroupBackendServers(new ModifyVServerGroupBackendServersRequest().setRegionId(REGION)
                .setVServerGroupId(id).setOldBackendServers(servers(a, "80", "20"))
                .setNewBackendServers(servers(a, "81", "30")));
        assertThat(members(id)).containsExactly(b + ":8080:50", a + ":81:30");
        assertThat(refused(() -> slb.setVServerGroupAttribute(new SetVServerGroupAttributeRequest()
                .setRegionId(REGION).setVServerGroupId(id).setBackendServers(servers(a, "99", "1")))).getCode())
                .isEqualTo("InvalidServerId.NotFound");

        // a listener forwards to it; the group stays while it does
        slb.createLoadBalancerTCPListener(tcp(lb, 80, id));
        assertThat(slb.describeLoadBalancerTCPListenerAttribute(new DescribeLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(80)).getBody().getVServerGroupId())
                .isEqualTo(id);
        var listed = slb.describeVServerGroups(new DescribeVServerGroupsRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setIncludeListener(true)).getBody().getVServerGroups().getVServerGroup();
        assertThat(listed).singleElement().satisfies(g -> {
            assertThat(g.getServerCount()).isEqualTo(2L);
            assertThat(g.getAssociatedObjects().getListeners().getListener()).singleElement()
                    .satisfies(l -> assertThat(l.getPort() + "/" + l.getProtocol()).isEqualTo("80/tcp"));
        });
        assertThat(refused(() -> { delete(id); return null; }).getCode()).isEqualTo("RspoolVipExist");
        slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setVServerGroup("off"));

        slb.removeVServerGroupBackendServers(new RemoveVServerGroupBackendServersRequest().setRegionId(REGION)
                .setVServerGroupId(id).setBackendServers(servers(b, "8080", "50")));
        assertThat(members(id)).containsExactly(a + ":81:30");
        delete(id);
        TeaException gone = refused(() -> read(id));
        assertThat(gone.getCode()).isEqualTo("InvalidParameter");
        assertThat(gone.getMessage()).contains("The specified VServerGroupId does not exist");
    }

    @Test
    void theServersAndGroupsMustBeTheLoadBalancers() throws Exception {
        String[] s = stack(72);
        String[] other = stack(73);
        String id = group(s[3], "g", servers(s[1], "80", "100"));
        assertThat(refused(() -> group(s[3], "far", servers(other[1], "80", "100"))).getCode())
                .isEqualTo("NetworkConflict");
        assertThat(refused(() -> group(s[3], "none", servers("i-nothere", "80", "100"))).getCode())
                .isEqualTo("InvalidServerId.NotExist");
        assertThat(refused(() -> slb.createLoadBalancerTCPListener(tcp(other[3], 80, id))).getCode())
                .as("another load balancer's group").isEqualTo("ResourceNotFound.VServerGroup");
        assertThat(refused(() -> group("lb-nothere", "x", null)).getCode()).isEqualTo("InvalidLoadBalancerId.NotFound");
        assertThat(refused(() -> group(s[3], "noport", "[{\"ServerId\":\"" + s[1] + "\"}]")).getCode())
                .isEqualTo("InvalidParameter");
        // an instance that goes leaves the group
        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(s[1]).setForce(true));
        assertThat(members(id)).isEmpty();
    }

    @Test
    void aLoadBalancerGoesWithItsGroupsAndTheListenersThatForwardToThem() throws Exception {
        String[] s = stack(76);
        String id = group(s[3], "g", servers(s[1], "80", "100"));
        slb.createLoadBalancerTCPListener(tcp(s[3], 80, id));
        slb.deleteLoadBalancer(new DeleteLoadBalancerRequest().setRegionId(REGION).setLoadBalancerId(s[3]));
        assertThat(refused(() -> read(id)).getCode()).isEqualTo("InvalidParameter");
    }

    @Test
    void aDeletionAndAListenerThatNamesTheGroupNeverBothWin() throws Exception {
        String[] s = stack(74);
        for (int round = 0; round < 5; round++) {
            String id = group(s[3], "race", servers(s[1], "80", "100"));
            int port = 1000 + round;
            List<String> codes = race(racing(), () -> slb.createLoadBalancerTCPListener(tcp(s[3], port, id)),
                    () -> { delete(id); return null; });
            assertThat(codes).as("listener, deletion").isIn(List.of("ok", "RspoolVipExist"),
                    List.of("ResourceNotFound.VServerGroup", "ok"));
        }
    }

    @Test
    void groupsRoundTripTheState() throws Exception {
        String[] s = stack(75);
        String id = group(s[3], "kept", servers(s[1], "80", "40", s[2], "81", "60"));
        slb.createLoadBalancerTCPListener(tcp(s[3], 80, id));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(id).getVServerGroupName()).isEqualTo("kept");
        assertThat(members(id)).containsExactly(s[1] + ":80:40", s[2] + ":81:60");
        assertThat(refused(() -> { delete(id); return null; }).getCode()).isEqualTo("RspoolVipExist");
    }

    /**
     * alicloud_slb_server_group changes its tags with TagResources and ResourceType vservergroup; DescribeVServerGroups
     * then finds the group by them.
     */
    @Test
    void aGroupsTagsChangeThroughTagResources() throws Exception {
        var api = new AliyunApi(port);
        String group = Recipe.setup(api)[2];
        api.slb("TagResources", "RegionId", REGION, "ResourceType", "vservergroup", "ResourceId.1", group,
                "Tag.1.Key", "tier", "Tag.1.Value", "web");
        var listed = api.slb("ListTagResources", "RegionId", REGION, "ResourceType", "vservergroup",
                "ResourceId.1", group).path("TagResources").path("TagResource");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.path(0).path("TagKey").asString()).isEqualTo("tier");
        api.slb("UntagResources", "RegionId", REGION, "ResourceType", "vservergroup", "ResourceId.1", group,
                "TagKey.1", "tier");
        assertThat(api.slb("ListTagResources", "RegionId", REGION, "ResourceType", "vservergroup",
                "ResourceId.1", group).path("TagResources").path("TagResource").size()).isZero();
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        /** {load balancer, instance, group with the instance on port 80}. */
        private static String[] setup(AliyunApi api) {
            String[] s = SlbScenarioTest.Recipe.setup(api);
            String lb = s[0];
            String instance = s[1];
            String group = api.slb("CreateVServerGroup", "RegionId", REGION, "LoadBalancerId", lb,
                    "VServerGroupName", "g", "BackendServers", servers(instance, "80", "100"))
                    .path("VServerGroupId").asString();
            return new String[] {lb, instance, group};
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateVServerGroup", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "VServerGroupName", "n",
                        "BackendServers", servers(s[1], "81", "10"), "Tag.1.Key", "k", "Tag.1.Value", "v");
            }).fails("InvalidLoadBalancerId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "LoadBalancerId", "lb-missing"));
            r.slb("DescribeVServerGroups", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId",
                    setup(api)[0], "IncludeListener", "true", "IncludeRule", "true"));
            r.slb("DescribeVServerGroupAttribute", api -> AliyunApi.params("RegionId", REGION, "VServerGroupId",
                    setup(api)[2])).fails("InvalidParameter", api -> AliyunApi.params("RegionId", REGION,
                    "VServerGroupId", "rsp-missing"));
            r.slb("SetVServerGroupAttribute", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "VServerGroupId", s[2], "VServerGroupName", "m",
                        "BackendServers", servers(s[1], "80", "5"));
            }).fails("MissingParameter", api -> AliyunApi.params("RegionId", REGION, "VServerGroupId",
                    setup(api)[2]));
            r.slb("AddVServerGroupBackendServers", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "VServerGroupId", s[2], "BackendServers",
                        servers(s[1], "82", "5"));
            });
            r.slb("RemoveVServerGroupBackendServers", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "VServerGroupId", s[2], "BackendServers",
                        servers(s[1], "80", "100"));
            });
            r.slb("ModifyVServerGroupBackendServers", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "VServerGroupId", s[2], "OldBackendServers",
                        servers(s[1], "80", "100"), "NewBackendServers", servers(s[1], "90", "1"));
            });
            r.slb("DeleteVServerGroup", api -> AliyunApi.params("RegionId", REGION, "VServerGroupId", setup(api)[2]))
                    .fails("RspoolVipExist", api -> {
                        String[] s = setup(api);
                        api.slb("CreateLoadBalancerTCPListener", "RegionId", REGION, "LoadBalancerId", s[0],
                                "ListenerPort", "80", "Bandwidth", "-1", "VServerGroupId", s[2]);
                        return AliyunApi.params("RegionId", REGION, "VServerGroupId", s[2]);
                    });
        }
    }
}
