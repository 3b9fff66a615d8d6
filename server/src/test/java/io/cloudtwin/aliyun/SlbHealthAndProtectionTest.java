package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.AddBackendServersRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerUDPListenerRequest;
import com.aliyun.slb20140515.models.CreateVServerGroupRequest;
import com.aliyun.slb20140515.models.DescribeAvailableResourceRequest;
import com.aliyun.slb20140515.models.DescribeHealthStatusRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeLoadBalancersRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerModificationProtectionRequest;
import com.aliyun.slb20140515.models.StartLoadBalancerListenerRequest;
import com.aliyun.slb20140515.models.StopLoadBalancerListenerRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * What alicloud_slb_load_balancer's modification_protection_status and reason, the alicloud_slb_zones data source and
 * `aliyun slb DescribeHealthStatus` call, through the new SDK: SetLoadBalancerModificationProtection (and the same
 * settings at creation, answered by both describes and kept by the state document), DescribeAvailableResource, and
 * the health of each listener's servers as their instances and the listener change.
 */
class SlbHealthAndProtectionTest extends ServerTestBase {
    private Client slb;
    private com.aliyun.ecs20140526.Client ecs;

    @BeforeEach
    void clients() throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION);
        slb = new Client(config);
        ecs = new com.aliyun.ecs20140526.Client(config);
    }

    private DescribeLoadBalancerAttributeResponseBody read(String lb) throws Exception {
        return slb.describeLoadBalancerAttribute(new DescribeLoadBalancerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb)).getBody();
    }

    private String internet(String protection, String reason) throws Exception {
        return slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setLoadBalancerSpec("slb.s1.small").setModificationProtectionStatus(protection)
                .setModificationProtectionReason(reason)).getBody().getLoadBalancerId();
    }

    @Test
    void modificationProtectionIsKeptAnsweredAndRoundTripsTheState() throws Exception {
        String lb = internet("ConsoleProtection", "managed by terraform");
        var read = read(lb);
        assertThat(List.of(read.getModificationProtectionStatus(), read.getModificationProtectionReason()))
                .containsExactly("ConsoleProtection", "managed by terraform");
        var listed = slb.describeLoadBalancers(new DescribeLoadBalancersRequest().setRegionId(REGION)
                .setLoadBalancerId(lb)).getBody().getLoadBalancers().getLoadBalancer().get(0);
        assertThat(listed.getModificationProtectionStatus()).isEqualTo("ConsoleProtection");
        assertThat(listed.getModificationProtectionReason()).isEqualTo("managed by terraform");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(read(lb).getModificationProtectionReason()).isEqualTo("managed by terraform");

        slb.setLoadBalancerModificationProtection(new SetLoadBalancerModificationProtectionRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setModificationProtectionStatus("NonProtection"));
        read = read(lb);
        assertThat(List.of(read.getModificationProtectionStatus(), read.getModificationProtectionReason()))
                .containsExactly("NonProtection", "");
        assertThat(read(internet(null, null)).getModificationProtectionStatus()).isEqualTo("NonProtection");
    }

    @Test
    void modificationProtectionRefusesWhatTheApiDoesNotKnow() throws Exception {
        String lb = internet(null, null);
        assertThat(refused(() -> slb.setLoadBalancerModificationProtection(
                new SetLoadBalancerModificationProtectionRequest().setRegionId(REGION).setLoadBalancerId(lb)
                        .setModificationProtectionStatus("Locked"))).getCode())
                .isEqualTo("InvalidParam.ModificationProtectionStatus");
        assertThat(refused(() -> slb.setLoadBalancerModificationProtection(
                new SetLoadBalancerModificationProtectionRequest().setRegionId(REGION).setLoadBalancerId(lb)
                        .setModificationProtectionStatus("ConsoleProtection")
                        .setModificationProtectionReason("x".repeat(81)))).getCode())
                .isEqualTo("InvalidParam.ModificationProtectionReason");
        assertThat(refused(() -> internet("Locked", null)).getCode())
                .isEqualTo("InvalidParam.ModificationProtectionStatus");
        assertThat(refused(() -> slb.setLoadBalancerModificationProtection(
                new SetLoadBalancerModificationProtectionRequest().setRegionId(REGION).setLoadBalancerId("lb-none")
                        .setModificationProtectionStatus("NonProtection"))).getCode())
                .isEqualTo("InvalidLoadBalancerId.NotFound");
        assertThat(read(lb).getModificationProtectionStatus()).isEqualTo("NonProtection");
    }

    @Test
    void availableResourcesPairEveryZoneWithTheOthers() throws Exception {
        var all = slb.describeAvailableResource(new DescribeAvailableResourceRequest().setRegionId(REGION)).getBody()
                .getAvailableResources().getAvailableResource();
        assertThat(all).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getMasterZoneId()).startsWith(REGION + "-").isNotEqualTo(r.getSlaveZoneId());
            assertThat(r.getSupportResources().getSupportResource())
                    .extracting(s -> s.getAddressType() + "/" + s.getAddressIPVersion())
                    .containsExactly("internet/ipv4", "intranet/ipv4");
        });
        assertThat(all).anySatisfy(r -> assertThat(r.getMasterZoneId()).isEqualTo(REGION + "-h"));
        var intranet = slb.describeAvailableResource(new DescribeAvailableResourceRequest().setRegionId(REGION)
                .setAddressType("intranet")).getBody().getAvailableResources().getAvailableResource();
        assertThat(intranet).hasSameSizeAs(all).allSatisfy(r -> assertThat(r.getSupportResources()
                .getSupportResource()).extracting(s -> s.getAddressType()).containsExactly("intranet"));
        assertThat(slb.describeAvailableResource(new DescribeAvailableResourceRequest().setRegionId(REGION)
                .setAddressIPVersion("ipv6")).getBody().getAvailableResources().getAvailableResource()).isEmpty();
    }

    /** {load balancer, instance a, instance b}: an intranet load balancer and two instances of a new vSwitch. */
    private String[] stack(int b) throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, b, 2);
        return new String[] {s.loadBalancer(), s.instances().get(0), s.instances().get(1)};
    }

    /** Each server's health as "listenerPort/protocol server:port status", in the answer's order. */
    private List<String> health(String lb, Integer port, String protocol) throws Exception {
        return slb.describeHealthStatus(new DescribeHealthStatusRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setListenerProtocol(protocol)).getBody().getBackendServers().getBackendServer()
                .stream().map(s -> s.getListenerPort() + "/" + s.getProtocol() + " " + s.getServerId() + ":"
                        + s.getPort() + " " + s.getServerHealthStatus()).toList();
    }

    @Test
    void healthFollowsTheInstancesAndTheListener() throws Exception {
        String[] s = stack(81);
        String lb = s[0];
        String a = s[1];
        String b = s[2];
        slb.addBackendServers(new AddBackendServersRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setBackendServers("[{\"ServerId\":\"" + a + "\",\"Weight\":\"100\"}]"));
        String group = slb.createVServerGroup(new CreateVServerGroupRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setBackendServers("[{\"ServerId\":\"" + b + "\",\"Port\":\"8080\"}]"))
                .getBody().getVServerGroupId();
        slb.createLoadBalancerTCPListener(new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setBackendServerPort(80).setBandwidth(-1));
        slb.createLoadBalancerUDPListener(new CreateLoadBalancerUDPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setBandwidth(-1).setVServerGroupId(group));
        // listeners are made stopped: nothing is checked yet
        assertThat(health(lb, null, null)).containsExactlyInAnyOrder("80/tcp " + a + ":80 unavailable",
                "80/udp " + b + ":8080 unavailable");
        for (String protocol : List.of("tcp", "udp")) {
            slb.startLoadBalancerListener(new StartLoadBalancerListenerRequest().setRegionId(REGION)
                    .setLoadBalancerId(lb).setListenerPort(80).setListenerProtocol(protocol));
        }
        assertThat(health(lb, 80, "udp")).containsExactly("80/udp " + b + ":8080 normal");
        assertThat(health(lb, 80, "tcp")).containsExactly("80/tcp " + a + ":80 normal");
        assertThat(refused(() -> health(lb, 80, null)).getCode()).as("two listeners on port 80")
                .isEqualTo("TooManyListeners");
        assertThat(health(lb, 443, null)).isEmpty();

        ecs.stopInstance(new StopInstanceRequest().setInstanceId(a));
        assertThat(health(lb, null, null)).containsExactlyInAnyOrder("80/tcp " + a + ":80 abnormal",
                "80/udp " + b + ":8080 normal");
        slb.stopLoadBalancerListener(new StopLoadBalancerListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(80).setListenerProtocol("udp"));
        assertThat(health(lb, 80, "udp")).containsExactly("80/udp " + b + ":8080 unavailable");
        assertThat(refused(() -> health("lb-none", null, null)).getCode()).isEqualTo("InvalidLoadBalancerId.NotFound");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.slb("SetLoadBalancerModificationProtection", api -> AliyunApi.params("RegionId", REGION,
                    "LoadBalancerId", SlbScenarioTest.Recipe.setup(api)[0], "ModificationProtectionStatus",
                    "ConsoleProtection", "ModificationProtectionReason", "r"))
                    .fails("InvalidParam.ModificationProtectionStatus", api -> AliyunApi.params("RegionId", REGION,
                            "LoadBalancerId", SlbScenarioTest.Recipe.setup(api)[0], "ModificationProtectionStatus",
                            "Locked"));
            r.slb("DescribeAvailableResource", api -> AliyunApi.params("RegionId", REGION, "AddressType",
                    "internet"));
            r.slb("DescribeHealthStatus", api -> {
                String[] s = SlbScenarioTest.Recipe.setup(api);
                api.slb("AddBackendServers", "RegionId", REGION, "LoadBalancerId", s[0], "BackendServers",
                        "[{\"ServerId\":\"" + s[1] + "\",\"Weight\":\"100\"}]");
                api.slb("CreateLoadBalancerTCPListener", "RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort",
                        "80", "BackendServerPort", "80", "Bandwidth", "-1");
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0]);
            }).fails("InvalidLoadBalancerId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "LoadBalancerId", "lb-missing"));
        }
    }
}
