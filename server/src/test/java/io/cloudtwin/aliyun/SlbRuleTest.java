package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.CreateRulesRequest;
import com.aliyun.slb20140515.models.CreateVServerGroupRequest;
import com.aliyun.slb20140515.models.DeleteLoadBalancerRequest;
import com.aliyun.slb20140515.models.DeleteRulesRequest;
import com.aliyun.slb20140515.models.DeleteVServerGroupRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerHTTPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeRuleAttributeRequest;
import com.aliyun.slb20140515.models.DescribeRuleAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeRulesRequest;
import com.aliyun.slb20140515.models.DescribeVServerGroupsRequest;
import com.aliyun.slb20140515.models.SetRuleRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Forwarding rules as alicloud_slb_rule drives them (CreateRules with a one-rule RuleList, DescribeRuleAttribute,
 * whose InvalidRuleId.NotFound the provider reads as gone, SetRule with ListenerSync off and the rule's own settings,
 * DeleteRules with single-quoted RuleIds), through the SDK; the rules (an HTTP or HTTPS listener, a group of the load
 * balancer, a Domain and Url once per listener, all or none), a group a rule sends to stays, a race of a group's
 * deletion and a rule, and the state round trip.
 */
class SlbRuleTest extends ServerTestBase {
    private Client slb;
    private com.aliyun.ecs20140526.Client ecs;

    @BeforeEach
    void clients() throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION);
        slb = new Client(config);
        ecs = new com.aliyun.ecs20140526.Client(config);
    }

    /** {load balancer, group a, group b}: an intranet load balancer with an HTTP listener on 80, two groups. */
    private String[] stack(int b) throws Exception {
        SlbStack s = SlbStack.intranet(ecs, slb, b, 1);
        String lb = s.loadBalancer();
        slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setBackendServerPort(80).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("off"));
        String instance = s.instances().get(0);
        return new String[] {lb, group(lb, instance, "a"), group(lb, instance, "b")};
    }

    private String group(String lb, String instance, String name) throws Exception {
        return slb.createVServerGroup(new CreateVServerGroupRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setVServerGroupName(name).setBackendServers("[{\"ServerId\":\"" + instance + "\",\"Port\":\"8080\"}]"))
                .getBody().getVServerGroupId();
    }

    private static String rule(String name, String domain, String url, String group) {
        return "{\"RuleName\":\"" + name + "\"" + (domain == null ? "" : ",\"Domain\":\"" + domain + "\"")
                + (url == null ? "" : ",\"Url\":\"" + url + "\"") + ",\"VServerGroupId\":\"" + group + "\"}";
    }

    private List<String> create(String lb, int port, String... rules) throws Exception {
        return slb.createRules(new CreateRulesRequest().setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)
                .setRuleList("[" + String.join(",", rules) + "]")).getBody().getRules().getRule().stream()
                .map(r -> r.getRuleId()).toList();
    }

    private DescribeRuleAttributeResponseBody read(String id) throws Exception {
        return slb.describeRuleAttribute(new DescribeRuleAttributeRequest().setRegionId(REGION).setRuleId(id))
                .getBody();
    }

    private void deleteGroup(String id) throws Exception {
        slb.deleteVServerGroup(new DeleteVServerGroupRequest().setRegionId(REGION).setVServerGroupId(id));
    }

    @Test
    void aRuleTheProvidersWay() throws Exception {
        String[] s = stack(91);
        String lb = s[0];
        String id = create(lb, 80, rule("tf-rule", "www.example.com", "/api", s[1])).get(0);
        assertThat(id).startsWith("rule-");
        var read = read(id);
        assertThat(List.of(read.getRuleName(), read.getDomain(), read.getUrl(), read.getVServerGroupId(),
                read.getLoadBalancerId(), read.getListenerPort(), read.getListenerSync()))
                .containsExactly("tf-rule", "www.example.com", "/api", s[1], lb, "80", "on");

        slb.setRule(new SetRuleRequest().setRegionId(REGION).setRuleId(id).setVServerGroupId(s[2])
                .setRuleName("renamed").setListenerSync("off").setScheduler("rr").setStickySession("on")
                .setStickySessionType("insert").setCookieTimeout(100).setHealthCheck("on")
                .setHealthCheckURI("/health").setHealthyThreshold(4));
        read = read(id);
        assertThat(List.of(read.getRuleName(), read.getVServerGroupId(), read.getListenerSync(), read.getScheduler(),
                read.getStickySession(), read.getStickySessionType(), read.getHealthCheck(), read.getHealthCheckURI()))
                .containsExactly("renamed", s[2], "off", "rr", "on", "insert", "on", "/health");
        assertThat(List.of(read.getCookieTimeout(), read.getHealthyThreshold())).containsExactly(100, 4);
        assertThat(slb.describeRules(new DescribeRulesRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(80)).getBody().getRules().getRule()).singleElement()
                .satisfies(r -> assertThat(r.getRuleId() + " " + r.getDomain() + r.getUrl()).isEqualTo(
                        id + " www.example.com/api"));
        assertThat(slb.describeLoadBalancerHTTPListenerAttribute(new DescribeLoadBalancerHTTPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(80)).getBody().getRules().getRule())
                .singleElement().satisfies(r -> assertThat(r.getRuleId() + " " + r.getVServerGroupId())
                        .isEqualTo(id + " " + s[2]));
        var groups = slb.describeVServerGroups(new DescribeVServerGroupsRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setIncludeRule(true)).getBody().getVServerGroups().getVServerGroup();
        assertThat(groups).filteredOn(g -> g.getVServerGroupId().equals(s[2])).singleElement()
                .satisfies(g -> assertThat(g.getAssociatedObjects().getRules().getRule()).singleElement()
                        .satisfies(r -> assertThat(r.getRuleId()).isEqualTo(id)));

        // a group a rule sends to stays; the other one goes
        assertThat(refused(() -> { deleteGroup(s[2]); return null; }).getCode()).isEqualTo("RspoolVipExist");
        deleteGroup(s[1]);

        slb.deleteRules(new DeleteRulesRequest().setRegionId(REGION).setRuleIds("['" + id + "']"));
        TeaException gone = refused(() -> read(id));
        assertThat(gone.getCode()).isEqualTo("InvalidRuleId.NotFound");
        assertThat(gone.getStatusCode()).isEqualTo(404);
        assertThat(refused(() -> slb.deleteRules(new DeleteRulesRequest().setRegionId(REGION)
                .setRuleIds("[\"" + id + "\"]"))).getCode()).isEqualTo("InvalidRuleId.NotFound");
        deleteGroup(s[2]);
    }

    @Test
    void rulesAreAnHttpListenersEachMatchOnceAllOrNone() throws Exception {
        String[] s = stack(92);
        String lb = s[0];
        String[] other = stack(93);
        create(lb, 80, rule("one", "a.example.com", null, s[1]));
        assertThat(refused(() -> create(lb, 80, rule("two", "a.example.com", null, s[2]))).getCode())
                .isEqualTo("DomainExist");
        assertThat(refused(() -> create(lb, 80, rule("far", "b.example.com", null, other[1]))).getCode())
                .as("another load balancer's group").isEqualTo("InvalidParameter");
        assertThat(refused(() -> create(lb, 80, "{\"Domain\":\"c.example.com\",\"VServerGroupId\":\"" + s[1] + "\"}"))
                .getCode()).isEqualTo("MissingParameter.RuleName");
        assertThat(refused(() -> create(lb, 80, rule("root", null, "/", s[1]))).getCode())
                .isEqualTo("InvalidParameter");
        assertThat(refused(() -> create(lb, 80, rule("none", null, null, s[1]))).getCode())
                .isEqualTo("InvalidParameter");
        String[] eleven = new String[11];
        for (int i = 0; i < 11; i++) eleven[i] = rule("r" + i, "h" + i + ".example.com", null, s[1]);
        assertThat(refused(() -> create(lb, 80, eleven)).getCode()).isEqualTo("InvalidParameter");
        // all or none: the first of a refused pair is not made
        assertThat(refused(() -> create(lb, 80, rule("ok", "d.example.com", null, s[1]),
                rule("dup", "a.example.com", null, s[1]))).getCode()).isEqualTo("DomainExist");
        assertThat(slb.describeRules(new DescribeRulesRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(80)).getBody().getRules().getRule()).extracting(r -> r.getRuleName())
                .containsExactly("one");
        slb.createLoadBalancerTCPListener(new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(81).setBackendServerPort(81).setBandwidth(-1));
        assertThat(refused(() -> create(lb, 81, rule("tcp", "e.example.com", null, s[1]))).getCode())
                .isEqualTo("OperationFailed.ActionNotSupport");

        // a load balancer goes with its rules
        String kept = create(other[0], 80, rule("kept", null, "/x", other[1])).get(0);
        slb.deleteLoadBalancer(new DeleteLoadBalancerRequest().setRegionId(REGION).setLoadBalancerId(other[0]));
        assertThat(refused(() -> read(kept)).getCode()).isEqualTo("InvalidRuleId.NotFound");
    }

    @Test
    void aGroupsDeletionAndARuleThatSendsToItNeverBothWin() throws Exception {
        String[] s = stack(94);
        for (int round = 0; round < 5; round++) {
            String group = slb.createVServerGroup(new CreateVServerGroupRequest().setRegionId(REGION)
                    .setLoadBalancerId(s[0]).setVServerGroupName("race")).getBody().getVServerGroupId();
            String r = rule("race" + round, "race" + round + ".example.com", null, group);
            List<String> codes = race(racing(), () -> create(s[0], 80, r), () -> { deleteGroup(group); return null; });
            assertThat(codes).as("rule, deletion").isIn(List.of("ok", "RspoolVipExist"),
                    List.of("InvalidParameter", "ok"));
        }
    }

    @Test
    void rulesRoundTripTheState() throws Exception {
        String[] s = stack(95);
        String id = create(s[0], 80, rule("kept", "www.example.com", "/k", s[1])).get(0);
        slb.setRule(new SetRuleRequest().setRegionId(REGION).setRuleId(id).setListenerSync("off").setScheduler("rr"));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var read = read(id);
        assertThat(List.of(read.getRuleName(), read.getDomain(), read.getUrl(), read.getVServerGroupId(),
                read.getListenerSync(), read.getScheduler()))
                .containsExactly("kept", "www.example.com", "/k", s[1], "off", "rr");
        assertThat(refused(() -> { deleteGroup(s[1]); return null; }).getCode()).isEqualTo("RspoolVipExist");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        /** {load balancer, group, rule} with an HTTP listener on 80. */
        private static String[] setup(AliyunApi api) {
            String[] s = SlbScenarioTest.Recipe.setup(api);
            api.slb("CreateLoadBalancerHTTPListener", "RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "80",
                    "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off");
            String group = api.slb("CreateVServerGroup", "RegionId", REGION, "LoadBalancerId", s[0],
                    "VServerGroupName", "g", "BackendServers", "[{\"ServerId\":\"" + s[1] + "\",\"Port\":\"80\"}]")
                    .path("VServerGroupId").asString();
            String rule = api.slb("CreateRules", "RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "80",
                    "RuleList", "[" + rule("r", "www.example.com", null, group) + "]").path("Rules").path("Rule")
                    .get(0).path("RuleId").asString();
            return new String[] {s[0], group, rule};
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateRules", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "80", "RuleList",
                        "[" + rule("n", null, "/n", s[1]) + "]");
            }).fails("DomainExist", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "LoadBalancerId", s[0], "ListenerPort", "80", "RuleList",
                        "[" + rule("d", "www.example.com", null, s[1]) + "]");
            });
            r.slb("DescribeRules", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId", setup(api)[0],
                    "ListenerPort", "80"));
            r.slb("DescribeRuleAttribute", api -> AliyunApi.params("RegionId", REGION, "RuleId", setup(api)[2]))
                    .fails("InvalidRuleId.NotFound", api -> AliyunApi.params("RegionId", REGION, "RuleId",
                            "rule-missing"));
            r.slb("SetRule", api -> AliyunApi.params("RegionId", REGION, "RuleId", setup(api)[2], "RuleName", "m",
                    "ListenerSync", "off", "Scheduler", "rr"));
            r.slb("DeleteRules", api -> AliyunApi.params("RegionId", REGION, "RuleIds",
                    "[\"" + setup(api)[2] + "\"]")).fails("InvalidRuleId.NotFound", api -> AliyunApi.params(
                    "RegionId", REGION, "RuleIds", "[\"rule-missing\"]"));
        }
    }
}
