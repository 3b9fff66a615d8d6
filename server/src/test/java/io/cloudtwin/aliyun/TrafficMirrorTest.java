package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.vpc.model.v20160428.ListTrafficMirrorFiltersRequest;
import com.aliyuncs.vpc.model.v20160428.ListTrafficMirrorFiltersResponse;
import com.aliyuncs.vpc.model.v20160428.ListTrafficMirrorSessionsRequest;
import com.aliyuncs.vpc.model.v20160428.ListTrafficMirrorSessionsResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's traffic mirroring in the provider's order, as its documented example builds it: two instances with a
 * network interface attached to each, a filter (its inline rules sent with every key, empty ones too, and Priority=0
 * where none is set), an egress and an ingress rule added to it (read back from ListTrafficMirrorFilters, each naming
 * its filter), a session from one interface to the other, followed at once by the provider's unchanged update, its
 * sources replaced (all removed, then all added), and the deletes; the service data source. And the rules: priorities
 * once per filter and direction and once per region for sessions, a filter a session uses is not deleted, sources
 * attached interfaces other than the target.
 */
class TrafficMirrorTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi api;

    @BeforeEach
    void clients() {
        vpc = new ClassicSdk(endpoint());
        api = new AliyunApi(port);
    }

    /** "ok", or the code the call is refused with. */
    private String outcome(String action, String... kv) {
        return api.outcome("Vpc", action, kv);
    }

    /** Network interfaces each attached to an instance, in one VPC: [eni...]. */
    static List<String> attachedInterfaces(AliyunApi api, String block, int count) {
        String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", block).path("VpcId").asString();
        String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock",
                block.replace(".0.0/16", ".0.0/24"), "ZoneId", REGION + "-h").path("VSwitchId").asString();
        String g = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", v).path("SecurityGroupId").asString();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String eni = api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", vsw, "SecurityGroupId", g)
                    .path("NetworkInterfaceId").asString();
            String instance = api.ecs("RunInstances", "RegionId", REGION, "ImageId",
                    "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", g,
                    "VSwitchId", vsw).path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
            api.ecs("AttachNetworkInterface", "RegionId", REGION, "NetworkInterfaceId", eni, "InstanceId", instance);
            out.add(eni);
        }
        return out;
    }

    private ListTrafficMirrorFiltersResponse.TrafficMirrorFilter filter(String id) throws Exception {
        ListTrafficMirrorFiltersRequest l = new ListTrafficMirrorFiltersRequest();
        l.setTrafficMirrorFilterIdss(List.of(id));
        List<ListTrafficMirrorFiltersResponse.TrafficMirrorFilter> found = vpc.call(l).getTrafficMirrorFilters();
        return found.isEmpty() ? null : found.get(0);
    }

    private ListTrafficMirrorSessionsResponse.TrafficMirrorSession session(String id) throws Exception {
        ListTrafficMirrorSessionsRequest l = new ListTrafficMirrorSessionsRequest();
        l.setTrafficMirrorSessionIdss(List.of(id));
        List<ListTrafficMirrorSessionsResponse.TrafficMirrorSession> found = vpc.call(l).getTrafficMirrorSessions();
        return found.isEmpty() ? null : found.get(0);
    }

    @Test
    void theProvidersExampleFromFilterToSession() throws Exception {
        List<String> enis = attachedInterfaces(api, "10.4.0.0/16", 3);
        assertThat(api.vpc("GetTrafficMirrorServiceStatus").path("Enabled").asBoolean()).isFalse();
        api.vpc("OpenTrafficMirrorService");
        assertThat(api.vpc("GetTrafficMirrorServiceStatus").path("Enabled").asBoolean()).isTrue();

        String filterId = api.vpc("CreateTrafficMirrorFilter", "RegionId", REGION, "TrafficMirrorFilterName", "tf",
                "TrafficMirrorFilterDescription", "tf", "IngressRules.1.Action", "accept", "IngressRules.1.Protocol",
                "TCP", "IngressRules.1.Priority", "0", "IngressRules.1.SourceCidrBlock", "10.0.0.0/8",
                "IngressRules.1.DestinationCidrBlock", "10.4.0.0/24", "IngressRules.1.SourcePortRange", "",
                "IngressRules.1.DestinationPortRange", "80/80").path("TrafficMirrorFilterId").asString();
        assertThat(filterId).startsWith("tmf-");
        var created = filter(filterId);
        assertThat(created.getTrafficMirrorFilterStatus()).as("the provider waits for this").isEqualTo("Created");
        assertThat(created.getIngressRules()).singleElement().satisfies(r -> {
            assertThat(r.getPriority()).as("none set: the lowest free").isEqualTo(1);
            assertThat(r.getSourcePortRange()).isEqualTo("-1/-1");
            assertThat(r.getDestinationPortRange()).isEqualTo("80/80");
            assertThat(r.getTrafficMirrorFilterId()).isEqualTo(filterId);
        });
        assertThat(created.getEgressRules()).isEmpty();

        var egress = api.vpc("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "EgressRules.1.Action", "drop", "EgressRules.1.Protocol", "ICMP", "EgressRules.1.Priority", "1",
                "EgressRules.1.SourceCidrBlock", "10.4.0.0/24", "EgressRules.1.DestinationCidrBlock", "0.0.0.0/0");
        assertThat(egress.path("IngressRules").isArray()).as("both arrays, the provider reads them unchecked").isTrue();
        String egressRule = egress.path("EgressRules").path(0).path("InstanceId").asString();
        assertThat(egressRule).startsWith("tmr-");
        String ingressRule = api.vpc("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId",
                filterId, "IngressRules.1.Action", "accept", "IngressRules.1.Protocol", "UDP", "IngressRules.1.Priority",
                "2", "IngressRules.1.SourceCidrBlock", "0.0.0.0/0", "IngressRules.1.DestinationCidrBlock",
                "10.4.0.0/24", "IngressRules.1.SourcePortRange", "1/120", "IngressRules.1.DestinationPortRange",
                "53/53").path("IngressRules").path(0).path("InstanceId").asString();
        assertThat(outcome("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "IngressRules.1.Action", "accept", "IngressRules.1.Protocol", "ALL", "IngressRules.1.Priority", "2"))
                .as("a priority once per direction").isEqualTo("DuplicatedParam.Priority");
        var withRules = filter(filterId);
        assertThat(withRules.getEgressRules()).singleElement().satisfies(r -> {
            assertThat(r.getTrafficMirrorFilterRuleId()).isEqualTo(egressRule);
            assertThat(r.getSourcePortRange()).as("ICMP has no ports").isEqualTo("-1/-1");
            assertThat(r.getTrafficDirection()).isEqualTo("egress");
        });
        assertThat(withRules.getIngressRules()).extracting(r -> r.getTrafficMirrorFilterRuleId()).endsWith(ingressRule);

        // the rule's update, by its id alone, with RuleAction; its priority changes to one free in its direction
        api.vpc("UpdateTrafficMirrorFilterRuleAttribute", "RegionId", REGION, "TrafficMirrorFilterRuleId", egressRule,
                "Priority", "2", "Protocol", "TCP", "DestinationCidrBlock", "0.0.0.0/0", "SourceCidrBlock",
                "10.4.0.0/24", "RuleAction", "accept", "DestinationPortRange", "443/443");
        assertThat(filter(filterId).getEgressRules()).singleElement().satisfies(r -> {
            assertThat(r.getPriority()).isEqualTo(2);
            assertThat(r.getAction()).isEqualTo("accept");
            assertThat(r.getDestinationPortRange()).isEqualTo("443/443");
            assertThat(r.getSourcePortRange()).isEqualTo("-1/-1");
        });
        assertThat(outcome("UpdateTrafficMirrorFilterRuleAttribute", "RegionId", REGION, "TrafficMirrorFilterRuleId",
                ingressRule, "Priority", "1")).as("the first ingress rule's").isEqualTo("DuplicatedParam.Priority");

        String sessionId = api.vpc("CreateTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorSessionName", "tf",
                "Priority", "1", "VirtualNetworkId", "10", "TrafficMirrorTargetId", enis.get(0),
                "TrafficMirrorTargetType", "NetworkInterface", "TrafficMirrorFilterId", filterId,
                "TrafficMirrorSourceIds.1", enis.get(1)).path("TrafficMirrorSessionId").asString();
        // the provider's update right after every creation, nothing changed
        api.vpc("UpdateTrafficMirrorSessionAttribute", "RegionId", REGION, "TrafficMirrorSessionId", sessionId,
                "TrafficMirrorTargetId", enis.get(0), "TrafficMirrorTargetType", "NetworkInterface",
                "TrafficMirrorFilterId", filterId, "Priority", "1");
        var s = session(sessionId);
        assertThat(s.getTrafficMirrorSessionStatus()).isEqualTo("Created");
        assertThat(s.getEnabled()).as("not given: false, or the plan would differ").isFalse();
        assertThat(s.getPacketLength()).isEqualTo(1500);
        assertThat(s.getVirtualNetworkId()).isEqualTo(10);
        assertThat(s.getTrafficMirrorSessionBusinessStatus()).isEqualTo("Normal");
        assertThat(s.getTrafficMirrorSourceIds()).containsExactly(enis.get(1));

        // the sources replaced the provider's way: every old one removed, then every new one added
        api.vpc("RemoveSourcesFromTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorSessionId", sessionId,
                "TrafficMirrorSourceIds.1", enis.get(1));
        assertThat(session(sessionId).getTrafficMirrorSourceIds()).isEmpty();
        api.vpc("AddSourcesToTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorSessionId", sessionId,
                "TrafficMirrorSourceIds.1", enis.get(1), "TrafficMirrorSourceIds.2", enis.get(2));
        assertThat(session(sessionId).getTrafficMirrorSourceIds()).containsExactly(enis.get(1), enis.get(2));
        assertThat(outcome("AddSourcesToTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorSessionId", sessionId,
                "TrafficMirrorSourceIds.1", enis.get(2))).isEqualTo("ResourceAlreadyAssociated.TrafficMirrorSource");
        ListTrafficMirrorSessionsRequest bySource = new ListTrafficMirrorSessionsRequest();
        bySource.setTrafficMirrorSourceId(enis.get(2));
        assertThat(vpc.call(bySource).getTrafficMirrorSessions()).extracting(x -> x.getTrafficMirrorSessionId())
                .containsExactly(sessionId);
        bySource.setTrafficMirrorSourceId(enis.get(0));
        assertThat(vpc.call(bySource).getTrafficMirrorSessions()).as("the target is no source").isEmpty();

        api.vpc("UpdateTrafficMirrorSessionAttribute", "RegionId", REGION, "TrafficMirrorSessionId", sessionId,
                "TrafficMirrorTargetId", enis.get(0), "TrafficMirrorTargetType", "NetworkInterface",
                "TrafficMirrorFilterId", filterId, "Priority", "1", "Enabled", "true", "TrafficMirrorSessionName", "on");
        assertThat(session(sessionId).getEnabled()).isTrue();
        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "TrafficMirrorSession", "ResourceId.1", sessionId,
                "Tag.1.Key", "team", "Tag.1.Value", "net");
        api.vpc("MoveResourceGroup", "RegionId", REGION, "ResourceType", "TRAFFICMIRRORFILTER", "ResourceId", filterId,
                "NewResourceGroupId", "rg-net");
        var listed = api.vpc("ListTrafficMirrorSessions", "RegionId", REGION, "TrafficMirrorSessionIds.1", sessionId)
                .path("TrafficMirrorSessions").path(0);
        assertThat(listed.path("Tags").path(0).path("Key").asString()).isEqualTo("team");
        assertThat(listed.path("TrafficMirrorSourceIds").isArray()).as("a plain array of ids").isTrue();
        assertThat(api.vpc("ListTrafficMirrorFilters", "RegionId", REGION, "TrafficMirrorFilterIds.1", filterId)
                .path("TrafficMirrorFilters").path(0).path("ResourceGroupId").asString()).isEqualTo("rg-net");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(session(sessionId).getTrafficMirrorSourceIds()).as("kept through the state document")
                .containsExactly(enis.get(1), enis.get(2));
        assertThat(filter(filterId).getEgressRules()).extracting(r -> r.getTrafficMirrorFilterRuleId())
                .containsExactly(egressRule);
        assertThat(api.vpc("GetTrafficMirrorServiceStatus").path("Enabled").asBoolean()).isTrue();

        assertThat(outcome("DeleteTrafficMirrorFilter", "RegionId", REGION, "TrafficMirrorFilterId", filterId))
                .isEqualTo("DependencyViolation.TrafficMirrorSession");
        api.vpc("DeleteTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "TrafficMirrorFilterRuleIds.1", egressRule);
        assertThat(filter(filterId).getEgressRules()).isEmpty();
        assertThat(outcome("DeleteTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "TrafficMirrorFilterRuleIds.1", egressRule)).isEqualTo("ResourceNotFound.TrafficMirrorRule");
        api.vpc("DeleteTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorSessionId", sessionId);
        assertThat(session(sessionId)).as("what the provider reads as gone").isNull();
        api.vpc("DeleteTrafficMirrorFilter", "RegionId", REGION, "TrafficMirrorFilterId", filterId);
        assertThat(filter(filterId)).isNull();
        assertThat(outcome("DeleteTrafficMirrorFilter", "RegionId", REGION, "TrafficMirrorFilterId", filterId))
                .isEqualTo("ResourceNotFound.TrafficMirrorFilter");
    }

    @Test
    void sessionsTakeAttachedInterfacesAndAPriorityOnceARegion() throws Exception {
        List<String> enis = attachedInterfaces(api, "10.5.0.0/16", 2);
        String free = api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", api.ecs(
                "DescribeNetworkInterfaceAttribute", "RegionId", REGION, "NetworkInterfaceId", enis.get(0))
                .path("VSwitchId").asString(), "SecurityGroupId", api.ecs("DescribeNetworkInterfaceAttribute",
                "RegionId", REGION, "NetworkInterfaceId", enis.get(0)).path("SecurityGroupIds").path("SecurityGroupId")
                .path(0).asString()).path("NetworkInterfaceId").asString();
        String filterId = api.vpc("CreateTrafficMirrorFilter", "RegionId", REGION).path("TrafficMirrorFilterId")
                .asString();
        String[] base = {"RegionId", REGION, "TrafficMirrorFilterId", filterId, "TrafficMirrorTargetType",
                "NetworkInterface", "TrafficMirrorTargetId", enis.get(0)};
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1", free)))
                .isEqualTo("OperationDenied.FreeNetworkInterface");
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1",
                enis.get(0)))).isEqualTo("OperationDenied.DuplicateRole");
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1",
                enis.get(1), "TrafficMirrorSourceIds.2", enis.get(1)))).isEqualTo("DuplicatedParam.SourceInstanceIds");
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1",
                "eni-none"))).isEqualTo("ResourceNotFound.NetworkInterface");
        assertThat(outcome("CreateTrafficMirrorSession", with(new String[] {"RegionId", REGION, "TrafficMirrorFilterId",
                filterId, "TrafficMirrorTargetType", "SLB", "TrafficMirrorTargetId", "lb-none"}, "Priority", "5",
                "TrafficMirrorSourceIds.1", enis.get(1)))).isEqualTo("InvalidLoadBalancerId.NotFound");
        String vsw = api.ecs("DescribeNetworkInterfaceAttribute", "RegionId", REGION, "NetworkInterfaceId", enis.get(0))
                .path("VSwitchId").asString();
        String internet = api.slb("CreateLoadBalancer", "RegionId", REGION, "AddressType", "internet")
                .path("LoadBalancerId").asString();
        String intranet = api.slb("CreateLoadBalancer", "RegionId", REGION, "AddressType", "intranet", "VSwitchId", vsw)
                .path("LoadBalancerId").asString();
        assertThat(outcome("CreateTrafficMirrorSession", with(new String[] {"RegionId", REGION, "TrafficMirrorFilterId",
                filterId, "TrafficMirrorTargetType", "SLB", "TrafficMirrorTargetId", internet}, "Priority", "5",
                "TrafficMirrorSourceIds.1", enis.get(1)))).as("an internet SLB").isEqualTo("OperationDenied.SlbNotInVpc");
        assertThat(outcome("CreateTrafficMirrorSession", with(new String[] {"RegionId", REGION, "TrafficMirrorFilterId",
                filterId, "TrafficMirrorTargetType", "SLB", "TrafficMirrorTargetId", intranet}, "Priority", "6",
                "TrafficMirrorSourceIds.1", enis.get(1)))).as("an intranet SLB of the VPC").isEqualTo("ok");
        assertThat(outcome("CreateTrafficMirrorSession", with(new String[] {"RegionId", REGION, "TrafficMirrorFilterId",
                filterId, "TrafficMirrorTargetType", "Instance", "TrafficMirrorTargetId", "i-x"}, "Priority", "5",
                "TrafficMirrorSourceIds.1", enis.get(1)))).isEqualTo("OperationDenied.UnsupportedTargetType");
        assertThat(api.vpc("ListTrafficMirrorSessions", "RegionId", REGION).path("TrafficMirrorSessions").size())
                .as("refusals make nothing: the intranet SLB's session only").isEqualTo(1);
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1",
                enis.get(1)))).isEqualTo("ok");
        assertThat(outcome("CreateTrafficMirrorSession", with(base, "Priority", "5", "TrafficMirrorSourceIds.1",
                enis.get(1)))).as("a priority once a region").isEqualTo("IllegalParam.Priority");
        assertThat(outcome("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", "tmf-none",
                "EgressRules.1.Action", "accept", "EgressRules.1.Protocol", "ALL"))
                .isEqualTo("ResourceNotFound.TrafficMirrorFilter");
    }

    @Test
    void aFilterHasAtMostTenRulesADirection() {
        String filterId = api.vpc("CreateTrafficMirrorFilter", "RegionId", REGION).path("TrafficMirrorFilterId")
                .asString();
        List<String> kv = new ArrayList<>(List.of("RegionId", REGION, "TrafficMirrorFilterId", filterId));
        for (int i = 1; i <= 10; i++) kv.addAll(List.of("IngressRules." + i + ".Action", "accept",
                "IngressRules." + i + ".Protocol", "ALL"));
        assertThat(api.vpc("CreateTrafficMirrorFilterRules", kv.toArray(String[]::new)).path("IngressRules").size())
                .isEqualTo(10);
        assertThat(outcome("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "IngressRules.1.Action", "accept", "IngressRules.1.Protocol", "ALL"))
                .isEqualTo("QuotaExceeded.TrafficMirrorRulesPerFilter");
        assertThat(outcome("CreateTrafficMirrorFilterRules", "RegionId", REGION, "TrafficMirrorFilterId", filterId,
                "EgressRules.1.Action", "accept", "EgressRules.1.Protocol", "ALL", "EgressRules.1.SourceCidrBlock",
                "10.0.0.300/8")).isEqualTo("IllegalParam.CidrBlock");
        assertThat(outcome("CreateTrafficMirrorFilter", "RegionId", REGION, "EgressRules.1.Action", "accept",
                "EgressRules.1.Protocol", "ALL", "EgressRules.1.DestinationCidrBlock", "nonsense"))
                .isEqualTo("IllegalParamFormat.DstCidrBlock");
    }

    /**
     * A filter's deletion and a session's creation through it racing: the filter's row lock orders them, so either the
     * session is made and the filter stays, or the filter is gone and the session refused.
     */
    @Test
    void aFiltersDeletionAndASessionThroughItRacingLeaveNoSessionWithoutItsFilter() throws Exception {
        List<String> enis = attachedInterfaces(api, "10.6.0.0/16", 2);
        for (int round = 0; round < 4; round++) {
            String filterId = api.vpc("CreateTrafficMirrorFilter", "RegionId", REGION).path("TrafficMirrorFilterId")
                    .asString();
            String priority = String.valueOf(100 + round);
            Future<String> deleted = racing().submit(() -> outcome("DeleteTrafficMirrorFilter", "RegionId", REGION,
                    "TrafficMirrorFilterId", filterId));
            Future<String> made = racing().submit(() -> outcome("CreateTrafficMirrorSession", "RegionId", REGION,
                    "TrafficMirrorFilterId", filterId, "TrafficMirrorTargetType", "NetworkInterface",
                    "TrafficMirrorTargetId", enis.get(0), "TrafficMirrorSourceIds.1", enis.get(1), "Priority",
                    priority));
            List<String> outcomes = List.of(deleted.get(), made.get());
            assertThat(outcomes).as("one wins: %s", outcomes).containsOnlyOnce("ok");
            if (outcomes.get(0).equals("ok")) {
                assertThat(outcomes.get(1)).isEqualTo("ResourceNotFound.TrafficMirrorFilter");
            } else {
                assertThat(outcomes.get(0)).isEqualTo("DependencyViolation.TrafficMirrorSession");
                assertThat(filter(filterId)).isNotNull();
            }
        }
    }

    private static String[] with(String[] base, String... more) {
        List<String> kv = new ArrayList<>(List.of(base));
        kv.addAll(List.of(more));
        return kv.toArray(String[]::new);
    }

    /** Conformance calls: each traffic mirroring action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static int block = 100;

        private static String filter(AliyunApi api) {
            return api.vpc("CreateTrafficMirrorFilter", "RegionId", REGION, "EgressRules.1.Action", "accept",
                    "EgressRules.1.Protocol", "TCP", "EgressRules.1.Priority", "1", "EgressRules.1.DestinationPortRange",
                    "80/80").path("TrafficMirrorFilterId").asString();
        }

        private static String ruleOf(AliyunApi api, String filterId) {
            return api.vpc("ListTrafficMirrorFilters", "RegionId", REGION, "TrafficMirrorFilterIds.1", filterId)
                    .path("TrafficMirrorFilters").path(0).path("EgressRules").path(0).path("TrafficMirrorFilterRuleId")
                    .asString();
        }

        /** [session, a third attached interface]. */
        private static String[] session(AliyunApi api) {
            List<String> enis = attachedInterfaces(api, "10." + (block++ % 100 + 150) + ".0.0/16", 3);
            String id = api.vpc("CreateTrafficMirrorSession", "RegionId", REGION, "TrafficMirrorFilterId", filter(api),
                    "TrafficMirrorTargetType", "NetworkInterface", "TrafficMirrorTargetId", enis.get(0),
                    "TrafficMirrorSourceIds.1", enis.get(1), "Priority", "1").path("TrafficMirrorSessionId").asString();
            return new String[] {id, enis.get(2), enis.get(1)};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateTrafficMirrorFilter", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterName",
                    "tf", "IngressRules.1.Action", "accept", "IngressRules.1.Protocol", "ALL", "Tag.1.Key", "k",
                    "Tag.1.Value", "v"));
            r.vpc("ListTrafficMirrorFilters", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterIds.1",
                    filter(api)));
            r.vpc("UpdateTrafficMirrorFilterAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "TrafficMirrorFilterId", filter(api), "TrafficMirrorFilterName", "renamed"));
            r.vpc("DeleteTrafficMirrorFilter", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterId",
                    filter(api)));
            r.vpc("CreateTrafficMirrorFilterRules", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterId",
                    filter(api), "IngressRules.1.Action", "drop", "IngressRules.1.Protocol", "UDP",
                    "IngressRules.1.Priority", "3")).fails("DuplicatedParam.Priority", api -> AliyunApi.params(
                    "RegionId", REGION, "TrafficMirrorFilterId", filter(api), "EgressRules.1.Action", "drop",
                    "EgressRules.1.Protocol", "UDP", "EgressRules.1.Priority", "1"));
            r.vpc("UpdateTrafficMirrorFilterRuleAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "TrafficMirrorFilterRuleId", ruleOf(api, filter(api)), "Priority", "4"));
            r.vpc("DeleteTrafficMirrorFilterRules", api -> {
                String f = filter(api);
                return AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterId", f, "TrafficMirrorFilterRuleIds.1",
                        ruleOf(api, f));
            });
            r.vpc("CreateTrafficMirrorSession", api -> {
                List<String> enis = attachedInterfaces(api, "10." + (block++ % 100 + 150) + ".0.0/16", 2);
                return AliyunApi.params("RegionId", REGION, "TrafficMirrorFilterId", filter(api),
                        "TrafficMirrorTargetType", "NetworkInterface", "TrafficMirrorTargetId", enis.get(0),
                        "TrafficMirrorSourceIds.1", enis.get(1), "Priority", "2", "Tag.1.Key", "k", "Tag.1.Value", "v");
            });
            r.vpc("ListTrafficMirrorSessions", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorSessionIds.1",
                    session(api)[0]));
            r.vpc("UpdateTrafficMirrorSessionAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "TrafficMirrorSessionId", session(api)[0], "Enabled", "true"));
            r.vpc("DeleteTrafficMirrorSession", api -> AliyunApi.params("RegionId", REGION, "TrafficMirrorSessionId",
                    session(api)[0]));
            r.vpc("AddSourcesToTrafficMirrorSession", api -> {
                String[] s = session(api);
                return AliyunApi.params("RegionId", REGION, "TrafficMirrorSessionId", s[0], "TrafficMirrorSourceIds.1",
                        s[1]);
            });
            r.vpc("RemoveSourcesFromTrafficMirrorSession", api -> {
                String[] s = session(api);
                return AliyunApi.params("RegionId", REGION, "TrafficMirrorSessionId", s[0], "TrafficMirrorSourceIds.1",
                        s[2]);
            });
            r.vpc("OpenTrafficMirrorService", api -> AliyunApi.params())
                    .fails("OperationFailed.ExceedPurchaseLimit", api -> {
                        api.vpc("OpenTrafficMirrorService");
                        return AliyunApi.params();
                    });
            r.vpc("GetTrafficMirrorServiceStatus", api -> AliyunApi.params());
        }
    }
}
