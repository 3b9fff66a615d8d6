package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateBackendResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreatePolicyResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.ULBPolicySet;

/**
 * ucloud_lb_rule as terraform-provider-ucloud drives it (resource_ucloud_lb_rule.go: CreatePolicy with BackendId.N and
 * Type Domain or Path, describePolicyById scanning DescribeVServer's PolicySet, UpdatePolicy with the whole set of
 * backends, DeletePolicy), decoded strictly into the SDK's models; then the rules and their race.
 */
class UlbPolicyScenarioTest extends StackScenario {
    record Lb(String id, String vpc, String subnet) {}

    private Lb lb(int b) throws Exception {
        TwoSubnets n = twoSubnets(b);
        return new Lb(call(CreateULBResponse.class, "CreateULB", "ULBName", "tf-lb", "VPCId", n.vpc(), "SubnetId",
                n.in()).ulbId, n.vpc(), n.in());
    }

    private String vserver(Lb lb, String protocol, int port) throws Exception {
        return call(CreateVServerResponse.class, "CreateVServer", "ULBId", lb.id(), "ListenType", "RequestProxy",
                "Protocol", protocol, "FrontendPort", port).vserverId;
    }

    private String backend(Lb lb, String vserver, String host) throws Exception {
        return call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", lb.id(), "VServerId", vserver,
                "ResourceType", "UHost", "ResourceId", host, "Port", 80).backendId;
    }

    private List<ULBPolicySet> policies(Lb lb, String vserver) throws Exception {
        return call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", lb.id(), "VServerId", vserver)
                .dataSet.get(0).policySet;
    }

    @Test
    void theProvidersRuleLifecycle() throws Exception {
        Lb lb = lb(70);
        String web = vserver(lb, "HTTP", 80);
        String h1 = runningHostIn(lb.vpc(), lb.subnet(), "web-1").uhostId;
        String h2 = runningHostIn(lb.vpc(), lb.subnet(), "web-2").uhostId;
        String b1 = backend(lb, web, h1);
        String b2 = backend(lb, web, h2);

        String policy = call(CreatePolicyResponse.class, "CreatePolicy", "ULBId", lb.id(), "VServerId", web,
                "BackendId.0", b1, "Type", "Domain", "Match", "www.example.test").policyId;
        ULBPolicySet read = policies(lb, web).get(0);
        assertThat(read.policyId + " " + read.type + " " + read.match + " " + read.policyType)
                .isEqualTo(policy + " Domain www.example.test Custom");
        assertThat(read.backendSet).singleElement().satisfies(b -> assertThat(b.backendId + " " + b.objectId + " "
                + b.resourceName + " " + b.port).isEqualTo(b1 + " " + h1 + " web-1 80"));

        // a backend a policy sends to stays in its VServer
        refused(4110, "ReleaseBackend", "ULBId", lb.id(), "BackendId", b1);

        call(AnyResponse.class, "UpdatePolicy", "ULBId", lb.id(), "VServerId", web, "PolicyId", policy,
                "BackendId.0", b2, "Type", "Path", "Match", "/api");
        read = policies(lb, web).get(0);
        assertThat(read.type + " " + read.match).isEqualTo("Path /api");
        assertThat(read.backendSet).extracting(b -> b.backendId).containsExactly(b2);
        call(AnyResponse.class, "ReleaseBackend", "ULBId", lb.id(), "BackendId", b1);

        call(AnyResponse.class, "DeletePolicy", "PolicyId", policy, "VServerId", web);
        assertThat(policies(lb, web)).isEmpty();
        refused(230, "DeletePolicy", "PolicyId", policy);
    }

    @Test
    void onlyHttpVServersAndTheirOwnBackends() throws Exception {
        Lb lb = lb(71);
        String web = vserver(lb, "HTTPS", 443);
        String tcp = vserver(lb, "TCP", 3306);
        String host = runningHostIn(lb.vpc(), lb.subnet(), "web").uhostId;
        String mine = backend(lb, web, host);
        String other = call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", lb.id(), "VServerId", tcp,
                "ResourceType", "UHost", "ResourceId", host, "Port", 3306).backendId;

        refused(4116, "CreatePolicy", "ULBId", lb.id(), "VServerId", tcp, "BackendId.0", other, "Match", "x.test");
        refused(4093, "CreatePolicy", "ULBId", lb.id(), "VServerId", web, "BackendId.0", other, "Match", "x.test");
        refused(63030, "CreatePolicy", "ULBId", lb.id(), "VServerId", web, "BackendId.0", mine, "Match", " ");
        refused(230, "CreatePolicy", "ULBId", lb.id(), "VServerId", web, "BackendId.0", mine, "Match", "x.test",
                "Type", "Header");
        assertThat(policies(lb, web)).isEmpty();

        // a terminated host leaves its backends, and with them the policies' sets
        String policy = call(CreatePolicyResponse.class, "CreatePolicy", "ULBId", lb.id(), "VServerId", web,
                "BackendId.0", mine, "Match", "x.test").policyId;
        call(AnyResponse.class, "PoweroffUHostInstance", "UHostId", host);
        call(AnyResponse.class, "TerminateUHostInstance", "UHostId", host);
        assertThat(policies(lb, web)).singleElement().satisfies(p -> {
            assertThat(p.policyId).isEqualTo(policy);
            assertThat(p.backendSet).isEmpty();
        });
        // the VServer's deletion takes its policies along
        call(AnyResponse.class, "DeleteVServer", "ULBId", lb.id(), "VServerId", web);
        refused(230, "DeletePolicy", "PolicyId", policy);
    }

    @Test
    void aPolicyRacesTheReleaseOfItsBackend() throws Exception {
        Lb lb = lb(72);
        String web = vserver(lb, "HTTP", 80);
        String host = runningHostIn(lb.vpc(), lb.subnet(), "web").uhostId;
        for (int round = 0; round < 5; round++) {
            String b = call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", lb.id(), "VServerId", web,
                    "ResourceType", "UHost", "ResourceId", host, "Port", 8000 + round).backendId;
            int[] codes = race(() -> retCode("CreatePolicy", "ULBId", lb.id(), "VServerId", web, "BackendId.0", b,
                    "Match", "r" + b + ".test"), () -> retCode("ReleaseBackend", "ULBId", lb.id(), "BackendId", b));
            // the policy first: the release is refused (4110); the release first: the policy finds no backend (4093)
            assertThat(codes).satisfiesAnyOf(c -> assertThat(c).containsExactly(0, 4110),
                    c -> assertThat(c).containsExactly(4093, 0));
        }
    }

    @Test
    void policiesRoundTripTheState() throws Exception {
        Lb lb = lb(73);
        String web = vserver(lb, "HTTP", 80);
        String b = backend(lb, web, runningHostIn(lb.vpc(), lb.subnet(), "web").uhostId);
        String policy = call(CreatePolicyResponse.class, "CreatePolicy", "ULBId", lb.id(), "VServerId", web,
                "BackendId.0", b, "Type", "Path", "Match", "/kept", "PolicyPriority", 5).policyId;

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        ULBPolicySet read = policies(lb, web).get(0);
        assertThat(read.policyId + " " + read.type + " " + read.match + " " + read.policyPriority)
                .isEqualTo(policy + " Path /kept 5");
        assertThat(read.backendSet).extracting(x -> x.backendId).containsExactly(b);
    }
}
