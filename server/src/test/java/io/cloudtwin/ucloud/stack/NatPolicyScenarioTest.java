package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateNATGWPolicyResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNATGWPolicyResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeSnatRuleResponse;
import io.cloudtwin.ucloud.stack.StackApi.GetAvailableResourceForPolicyResponse;
import io.cloudtwin.ucloud.stack.StackApi.GetAvailableResourceForSnatRuleResponse;
import io.cloudtwin.ucloud.stack.StackApi.NATGWPolicyDataSet;
import io.cloudtwin.ucloud.stack.StackApi.NATGWSnatRule;
import io.cloudtwin.ucloud.stack.StackApi.NatGatewayDataSet;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;

/**
 * ucloud_nat_gateway_rule as terraform-provider-ucloud (resource_ucloud_nat_gateway_rule.go) drives it, through the
 * real UCloud Java client with every answer decoded strictly into the SDK models: the create's checks
 * (GetAvailableResourceForPolicy must list the dst_ip, DescribeNATGW's IPSet the src_eip_id), CreateNATGWPolicy with
 * Protocol upper-case, the read (DescribeNATGWPolicy, the element with the PolicyId), UpdateNATGWPolicy with every
 * field and Protocol lower-case, the delete loop and the read that decides gone. Then SNAT rules, the rules (a port
 * forwarded once, hosts of the gateway's subnets, EIPs of the gateway that stay while used), the races for one mapping
 * and one source, UpdateNATGWSnatpool and the state round trip.
 */
class NatPolicyScenarioTest extends StackScenario {
    record Stack(String vpc, String subnet, String other, String eip, String ip, String host, String hostIp,
                 String outsider, String outsiderIp, String nat) {}

    /**
     * A VPC 10.b.0.0/16 with subnets 10.b.1.0/24 (the gateway's, a host in it) and 10.b.2.0/24 (a host outside the
     * gateway), an EIP, and the gateway.
     */
    private Stack stack(int b) throws Exception {
        TwoSubnets net = twoSubnets(b);
        String vpc = net.vpc(), s1 = net.in(), s2 = net.out(), fw = net.firewall();
        String eip = eip("eip-" + b);
        UHostInstanceSet h = runningHostIn(vpc, s1, "web");
        UHostInstanceSet o = runningHostIn(vpc, s2, "db");
        String nat = call(CreateNATGWResponse.class, "CreateNATGW", "EIPIds.0", eip, "VPCId", vpc, "SubnetworkIds.0",
                s1, "FirewallId", fw, "NATGWName", "nat-" + b, "Tag", "Default", "IfOpen", 0).natgwId;
        return new Stack(vpc, s1, s2, eip, eipAddress(eip), h.uhostId, h.ipSet.get(0).ip, o.uhostId, o.ipSet.get(0).ip,
                nat);
    }

    private String eip(String name) throws Exception {
        AllocateEIPResponse r = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "ChargeType",
                "Month", "PayMode", "Bandwidth", "Bandwidth", 2, "Quantity", 1, "Name", name, "Tag", "Default");
        return r.eipSet.get(0).eipId;
    }

    /** CreateNATGWPolicy as the provider sends it. */
    private Object[] policy(Stack s, String protocol, String srcPort, String dstIp, String dstPort, String name) {
        return new Object[] {"NATGWId", s.nat(), "Protocol", protocol, "SrcEIPId", s.eip(), "SrcPort", srcPort,
                "DstIP", dstIp, "DstPort", dstPort, "PolicyName", name};
    }

    /** describeNatGatewayRuleById: the element with the PolicyId, or null (gone). */
    private NATGWPolicyDataSet read(String nat, String policy) throws Exception {
        return call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy", "NATGWId", nat).dataSet.stream()
                .filter(p -> p.policyId.equals(policy)).findFirst().orElse(null);
    }

    private List<NATGWSnatRule> snatRules(String nat, Object... filter) throws Exception {
        Object[] kv = new Object[filter.length + 2];
        kv[0] = "NATGWId";
        kv[1] = nat;
        System.arraycopy(filter, 0, kv, 2, filter.length);
        DescribeSnatRuleResponse r = call(DescribeSnatRuleResponse.class, "DescribeSnatRule", kv);
        assertThat(r.totalCount).isEqualTo(r.dataSet.size());
        return r.dataSet;
    }

    @Test
    void terraformNatGatewayRuleCreateReadUpdateDelete() throws Exception {
        Stack s = stack(71);

        // the create's checks: the dst_ip is a listed host, the src_eip_id one of the gateway's EIPs
        GetAvailableResourceForPolicyResponse available = call(GetAvailableResourceForPolicyResponse.class,
                "GetAvailableResourceForPolicy", "NATGWId", s.nat());
        assertThat(available.totalCount).isEqualTo(1);
        assertThat(available.dataSet).singleElement().satisfies(d -> {
            assertThat(d.resourceId).isEqualTo(s.host());
            assertThat(d.privateIp).isEqualTo(s.hostIp()).startsWith("10.71.1.");
            assertThat(d.resourceType).isEqualTo("uhost");
        });
        NatGatewayDataSet g = call(DescribeNATGWResponse.class, "DescribeNATGW", "NATGWIds.0", s.nat()).dataSet.get(0);
        assertThat(g.ipSet).extracting(i -> i.eipId).containsExactly(s.eip());

        // create
        String policy = call(CreateNATGWPolicyResponse.class, "CreateNATGWPolicy",
                policy(s, "TCP", "80", s.hostIp(), "8080", "tf-nat-gateway-rule-1")).policyId;
        assertThat(policy).matches("policy-[a-z0-9]{8}");

        // read
        NATGWPolicyDataSet p = read(s.nat(), policy);
        assertThat(p.natgwId).isEqualTo(s.nat());
        assertThat(p.protocol).isEqualTo("TCP");
        assertThat(p.srcEipId).isEqualTo(s.eip());
        assertThat(p.srcEip).isEqualTo(s.ip());
        assertThat(p.srcPort).isEqualTo("80");
        assertThat(p.dstIp).isEqualTo(s.hostIp());
        assertThat(p.dstPort).isEqualTo("8080");
        assertThat(p.policyName).isEqualTo("tf-nat-gateway-rule-1");
        assertThat(call(DescribeNATGWResponse.class, "DescribeNATGW", "NATGWIds.0", s.nat()).dataSet.get(0).policyId)
                .containsExactly(policy);

        // update: every field, Protocol as configured (lower-case); the policy's own mapping is no conflict
        call(Response.class, "UpdateNATGWPolicy", "NATGWId", s.nat(), "PolicyId", policy, "Protocol", "udp",
                "SrcEIPId", s.eip(), "SrcPort", "1000-1010", "DstIP", s.hostIp(), "DstPort", "2000-2010",
                "PolicyName", "renamed");
        p = read(s.nat(), policy);
        assertThat(p.protocol + " " + p.srcPort + " " + p.dstPort + " " + p.policyName)
                .isEqualTo("UDP 1000-1010 2000-2010 renamed");
        call(Response.class, "UpdateNATGWPolicy", "NATGWId", s.nat(), "PolicyId", policy, "Protocol", "udp",
                "SrcEIPId", s.eip(), "SrcPort", "1000-1010", "DstIP", s.hostIp(), "DstPort", "2000-2010",
                "PolicyName", "renamed");

        // the rules: an EIP's port once per protocol (overlapping ranges too), a host of the gateway's subnets,
        // an EIP of the gateway, ports of one length
        refused(230, "CreateNATGWPolicy", policy(s, "UDP", "1005", s.hostIp(), "22", "again"));
        refused(230, "CreateNATGWPolicy", policy(s, "UDP", "990-1000", s.hostIp(), "22-32", "edge"));
        String tcp = call(CreateNATGWPolicyResponse.class, "CreateNATGWPolicy",
                policy(s, "TCP", "1005", s.hostIp(), "22", "tcp is another protocol")).policyId;
        refused(230, "UpdateNATGWPolicy", "NATGWId", s.nat(), "PolicyId", tcp, "Protocol", "udp", "SrcEIPId", s.eip(),
                "SrcPort", "1010", "DstIP", s.hostIp(), "DstPort", "22");
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "443", s.outsiderIp(), "443", "not in the gateway's"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "443", "10.71.1.250", "443", "no host"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "443", "192.168.0.1", "443", "outside"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "443", "nohost", "443", "not an address"));
        refused(230, "CreateNATGWPolicy", "NATGWId", s.nat(), "Protocol", "TCP", "SrcEIPId", eip("free"), "SrcPort",
                "443", "DstIP", s.hostIp(), "DstPort", "443");
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "0", s.hostIp(), "443", "port 0"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "70000", s.hostIp(), "443", "port 70000"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "500-400", s.hostIp(), "400-500", "backwards"));
        refused(230, "CreateNATGWPolicy", policy(s, "TCP", "500-510", s.hostIp(), "500-520", "lengths differ"));
        refused(230, "CreateNATGWPolicy", policy(s, "ICMP", "500", s.hostIp(), "500", "protocol"));
        refused(54002, "CreateNATGWPolicy", "NATGWId", "natgw-nothere0", "Protocol", "TCP", "SrcEIPId", s.eip(),
                "SrcPort", "443", "DstIP", s.hostIp(), "DstPort", "443");
        refused(230, "UpdateNATGWPolicy", "NATGWId", s.nat(), "PolicyId", "policy-nothere0", "Protocol", "tcp",
                "SrcEIPId", s.eip(), "SrcPort", "443", "DstIP", s.hostIp(), "DstPort", "443");
        assertThat(call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy", "NATGWId", s.nat()).totalCount)
                .as("refusals change nothing").isEqualTo(2);
        p = read(s.nat(), policy);
        assertThat(p.protocol + " " + p.srcPort + " " + p.dstPort).isEqualTo("UDP 1000-1010 2000-2010");
        // the EIP a policy forwards from stays the gateway's
        refused(4203, "UnBindEIP", "EIPId", s.eip(), "ResourceId", s.nat(), "ResourceType", "natgw");
        // paging
        DescribeNATGWPolicyResponse page = call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy", "NATGWId",
                s.nat(), "Offset", 1, "Limit", 1);
        assertThat(page.totalCount).isEqualTo(2);
        assertThat(page.dataSet).extracting(x -> x.policyId).containsExactly(tcp);

        // delete: DeleteNATGWPolicy, then the read that decides gone (no element with the PolicyId)
        call(Response.class, "DeleteNATGWPolicy", "NATGWId", s.nat(), "PolicyId", policy);
        assertThat(read(s.nat(), policy)).isNull();
        refused(230, "DeleteNATGWPolicy", "NATGWId", s.nat(), "PolicyId", policy);
        refused(54002, "DescribeNATGWPolicy", "NATGWId", "natgw-nothere0");
        refused(54002, "GetAvailableResourceForPolicy", "NATGWId", "natgw-nothere0");

        // the gateway goes with its policies (DeleteNATGW documents no refusal); its EIP is free again
        call(Response.class, "DeleteNATGW", "NATGWId", s.nat());
        refused(54002, "DescribeNATGWPolicy", "NATGWId", s.nat());
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", s.eip()).eipSet.get(0).status)
                .isEqualTo("free");
    }

    @Test
    void snatRulesMapAHostToAnEipOfTheGateway() throws Exception {
        Stack s = stack(72);
        String second = eip("second");
        call(Response.class, "BindEIP", "EIPId", second, "ResourceId", s.nat(), "ResourceType", "natgw");
        String secondIp = eipAddress(second);

        assertThat(call(GetAvailableResourceForSnatRuleResponse.class, "GetAvailableResourceForSnatRule", "NATGWId",
                s.nat()).dataSet).singleElement().satisfies(d -> {
                    assertThat(d.resourceId).isEqualTo(s.host());
                    assertThat(d.resourceName).isEqualTo("web");
                    assertThat(d.privateIp).isEqualTo(s.hostIp());
                    assertThat(d.resourceType).isEqualTo("uhost");
                    assertThat(d.subnetworkId).isEqualTo(s.subnet());
                    assertThat(d.vpcId).isEqualTo(s.vpc());
                });

        call(Response.class, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", s.ip());
        assertThat(snatRules(s.nat())).singleElement().satisfies(r -> {
            assertThat(r.sourceIp).isEqualTo(s.hostIp());
            assertThat(r.snatIp).isEqualTo(s.ip());
            assertThat(r.subnetworkId).isEqualTo(s.subnet());
            assertThat(r.name).as("the doc's default name").isEqualTo("出口规则");
        });
        refused(230, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", secondIp);
        refused(230, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.outsiderIp(), "SnatIp", s.ip());
        refused(230, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", "10.72.1.250", "SnatIp", s.ip());
        refused(230, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp() + "/32", "SnatIp", s.ip());
        refused(54002, "AddSnatRule", "NATGWId", "natgw-nothere0", "SourceIp", s.hostIp(), "SnatIp", s.ip());

        // the second subnet joins the gateway: its host may have a rule, through an EIP of the gateway only
        call(Response.class, "UpdateNATGWSubnet", "NATGWId", s.nat(), "SubnetworkIds.0", s.subnet(),
                "SubnetworkIds.1", s.other());
        refused(230, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.outsiderIp(), "SnatIp", "198.51.100.7");
        call(Response.class, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.outsiderIp(), "SnatIp", secondIp,
                "Name", "db-out");
        assertThat(snatRules(s.nat())).extracting(r -> r.sourceIp + " " + r.subnetworkId + " " + r.name)
                .containsExactlyInAnyOrder(s.hostIp() + " " + s.subnet() + " 出口规则",
                        s.outsiderIp() + " " + s.other() + " db-out");
        assertThat(snatRules(s.nat(), "SnatIp", secondIp)).extracting(r -> r.sourceIp).containsExactly(s.outsiderIp());
        assertThat(snatRules(s.nat(), "SourceIp", s.hostIp())).extracting(r -> r.snatIp).containsExactly(s.ip());
        assertThat(call(DescribeSnatRuleResponse.class, "DescribeSnatRule", "NATGWId", s.nat(), "Offset", "1",
                "Limit", "1").dataSet).hasSize(1);
        refused(230, "DescribeSnatRule", "NATGWId", s.nat(), "Limit", "many");

        // update: the host goes out through the second EIP now; the first is free to go, the second is not
        call(Response.class, "UpdateSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", secondIp,
                "Name", "web-out");
        assertThat(snatRules(s.nat(), "SourceIp", s.hostIp())).singleElement()
                .satisfies(r -> assertThat(r.snatIp + " " + r.name).isEqualTo(secondIp + " web-out"));
        refused(230, "UpdateSnatRule", "NATGWId", s.nat(), "SourceIp", "10.72.1.250", "SnatIp", secondIp);
        refused(230, "UpdateSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", "198.51.100.7");
        refused(4203, "UnBindEIP", "EIPId", second, "ResourceId", s.nat(), "ResourceType", "natgw");
        call(Response.class, "UnBindEIP", "EIPId", s.eip(), "ResourceId", s.nat(), "ResourceType", "natgw");

        // delete
        call(Response.class, "DeleteSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp());
        refused(230, "DeleteSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp());
        assertThat(snatRules(s.nat())).extracting(r -> r.sourceIp).containsExactly(s.outsiderIp());
        call(Response.class, "DeleteNATGW", "NATGWId", s.nat());
        refused(54002, "DescribeSnatRule", "NATGWId", s.nat());
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", second).eipSet.get(0).status)
                .as("the gateway's SNAT rules went with it").isEqualTo("free");
    }

    @Test
    void oneMappingCreatedTwiceAtOnceIsMadeOnce() throws Exception {
        Stack s = stack(73);
        for (int round = 0; round < 6; round++) {
            String port = String.valueOf(100 + round);
            int[] codes = race(() -> retCode("CreateNATGWPolicy", policy(s, "TCP", port, s.hostIp(), "80", "a")),
                    () -> retCode("CreateNATGWPolicy", policy(s, "TCP", port, s.hostIp(), "81", "b")));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            // overlapping ranges race the same way
            int base = 2000 + 100 * round;
            String first = base + "-" + (base + 50);
            String second = (base + 40) + "-" + (base + 90);
            int[] ranges = race(
                    () -> retCode("CreateNATGWPolicy", policy(s, "UDP", first, s.hostIp(), "3000-3050", "c")),
                    () -> retCode("CreateNATGWPolicy", policy(s, "UDP", second, s.hostIp(), "4000-4050", "d")));
            assertThat(ranges).containsExactlyInAnyOrder(0, 230);
        }
        List<NATGWPolicyDataSet> all = call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy", "NATGWId",
                s.nat()).dataSet;
        assertThat(all).hasSize(12);
        assertThat(all).extracting(p -> p.protocol + p.srcPort).doesNotHaveDuplicates();
    }

    @Test
    void oneSourceGivenTwoSnatRulesAtOnceGetsOne() throws Exception {
        Stack s = stack(74);
        for (int round = 0; round < 6; round++) {
            int[] codes = race(
                    () -> retCode("AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", s.ip(),
                            "Name", "a"),
                    () -> retCode("AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", s.ip(),
                            "Name", "b"));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            assertThat(snatRules(s.nat())).hasSize(1);
            call(Response.class, "DeleteSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp());
        }
    }

    @Test
    void policiesAndSnatRulesSurviveAStateRoundTrip() throws Exception {
        Stack s = stack(75);
        String policy = call(CreateNATGWPolicyResponse.class, "CreateNATGWPolicy",
                policy(s, "UDP", "5000-5009", s.hostIp(), "6000-6009", "rt")).policyId;
        call(Response.class, "AddSnatRule", "NATGWId", s.nat(), "SourceIp", s.hostIp(), "SnatIp", s.ip(), "Name",
                "rt-out");
        // the snatpool switch (UpdateNATGWSnatpool) is the gateway's, answered by DescribeNATGW
        assertThat(call(DescribeNATGWResponse.class, "DescribeNATGW", "NATGWIds.0", s.nat()).dataSet.get(0)
                .isSnatpoolEnabled).isEqualTo("disable");
        refused(230, "UpdateNATGWSnatpool", "NATGWId", s.nat(), "IsSnatpoolEnabled", "on");
        refused(54002, "UpdateNATGWSnatpool", "NATGWId", "natgw-nothere0", "IsSnatpoolEnabled", "enable");
        call(Response.class, "UpdateNATGWSnatpool", "NATGWId", s.nat(), "IsSnatpoolEnabled", "enable");
        String policies = JSON.writeValueAsString(call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy",
                "NATGWId", s.nat()).dataSet);
        String rules = JSON.writeValueAsString(snatRules(s.nat()));
        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        admin("POST", "/_cloudtwin/reset", null);
        refused(54002, "DescribeNATGWPolicy", "NATGWId", s.nat());
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(JSON.writeValueAsString(call(DescribeNATGWPolicyResponse.class, "DescribeNATGWPolicy", "NATGWId",
                s.nat()).dataSet)).isEqualTo(policies);
        assertThat(read(s.nat(), policy).srcPort).isEqualTo("5000-5009");
        assertThat(JSON.writeValueAsString(snatRules(s.nat()))).isEqualTo(rules);
        assertThat(call(DescribeNATGWResponse.class, "DescribeNATGW", "NATGWIds.0", s.nat()).dataSet.get(0)
                .isSnatpoolEnabled).isEqualTo("enable");
        JsonNode again = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(again.get("natEntries")).isEqualTo(exported.get("natEntries"));
        assertThat(again.get("natGateways")).isEqualTo(exported.get("natGateways"));
        // the imported policy keeps its rules: its mapping is taken, its EIP stays bound
        refused(230, "CreateNATGWPolicy", policy(s, "UDP", "5005", s.hostIp(), "22", "taken"));
        refused(4203, "UnBindEIP", "EIPId", s.eip(), "ResourceId", s.nat(), "ResourceType", "natgw");
    }
}
