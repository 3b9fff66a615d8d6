package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateNATGWResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeSnatDnatRuleResponse;
import io.cloudtwin.ucloud.stack.StackApi.SnatDnatRuleInfo;

/**
 * A NAT gateway's SnatDnat rules through the real UCloud Java client, every answer decoded strictly into the SDK
 * models: CreateSnatDnatRule pairs PrivateIp.N with EIP.N (an EIP's address) in order, all or none; a rule names a host
 * of the gateway's subnets and an EIP bound to the gateway, each in one rule at most; DescribeSnatDnatRule filters by
 * NATGWId.N and EIP.N; DeleteSnatDnatRule takes the pairs as the rules pair them; an EIP a rule maps stays bound
 * (UnBindEIP 4203); the rules go with their gateway. Then the races for one EIP and one host, and the state round trip.
 */
class SnatDnatScenarioTest extends StackScenario {
    record Stack(String nat, String in, String out, String eip, String ip, String second, String secondIp,
                 String web, String db, String outsider) {}

    /**
     * A VPC 10.b.0.0/16 with subnets 10.b.1.0/24 (the gateway's: hosts web and db) and 10.b.2.0/24 (a host outside the
     * gateway), the gateway with one EIP, a second EIP bound to it; the hosts' private addresses.
     */
    private Stack stack(int b) throws Exception {
        TwoSubnets net = twoSubnets(b);
        String vpc = net.vpc(), s1 = net.in(), s2 = net.out(), fw = net.firewall();
        String eip = eip("eip-" + b);
        String second = eip("second-" + b);
        String web = runningHostIn(vpc, s1, "web").ipSet.get(0).ip;
        String db = runningHostIn(vpc, s1, "db").ipSet.get(0).ip;
        String outsider = runningHostIn(vpc, s2, "out").ipSet.get(0).ip;
        String nat = call(CreateNATGWResponse.class, "CreateNATGW", "EIPIds.0", eip, "VPCId", vpc, "SubnetworkIds.0",
                s1, "FirewallId", fw, "NATGWName", "nat-" + b).natgwId;
        call(Response.class, "BindEIP", "EIPId", second, "ResourceId", nat, "ResourceType", "natgw");
        return new Stack(nat, s1, s2, eip, eipAddress(eip), second, eipAddress(second), web, db, outsider);
    }

    private String eip(String name) throws Exception {
        AllocateEIPResponse r = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "Bandwidth", 2,
                "Name", name);
        return r.eipSet.get(0).eipId;
    }

    private String status(String eip) throws Exception {
        return call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", eip).eipSet.get(0).status;
    }

    private List<SnatDnatRuleInfo> rules(Object... filter) throws Exception {
        return call(DescribeSnatDnatRuleResponse.class, "DescribeSnatDnatRule", filter).dataSet;
    }

    private static String line(SnatDnatRuleInfo r) {
        return r.natgwId + " " + r.privateIp + " " + r.eip;
    }

    @Test
    void rulesMapHostsToEipsOfTheGatewayOneToOne() throws Exception {
        Stack s = stack(81);

        call(Response.class, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0", s.ip());
        assertThat(rules("NATGWId.0", s.nat())).extracting(SnatDnatScenarioTest::line)
                .containsExactly(s.nat() + " " + s.web() + " " + s.ip());

        // one rule per EIP and per host; a host of the gateway's subnets, an EIP bound to the gateway
        assertThat(refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.ip())
                .getMessage()).contains("[EIP]");
        assertThat(refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0",
                s.secondIp()).getMessage()).contains("[PrivateIp]");
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.outsider(), "EIP.0", s.secondIp());
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", "10.81.1.250", "EIP.0", s.secondIp());
        String free = eip("free");
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", eipAddress(free));
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", free);
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db() + "/32", "EIP.0", s.secondIp());
        refused(54002, "CreateSnatDnatRule", "NATGWId", "natgw-nothere0", "PrivateIp.0", s.db(), "EIP.0",
                s.secondIp());
        // the pairs come in order: as many of each
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "EIP.1", s.ip());
        // all or none: the second pair is refused, the first is not made
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "PrivateIp.1", s.outsider(), "EIP.1", s.ip());
        // one EIP for two hosts in one call
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "PrivateIp.1", s.web(), "EIP.1", s.secondIp());
        assertThat(rules("NATGWId.0", s.nat())).as("refusals change nothing").hasSize(1);

        // the second subnet joins the gateway: two pairs in one call
        String third = eip("third");
        call(Response.class, "BindEIP", "EIPId", third, "ResourceId", s.nat(), "ResourceType", "natgw");
        call(Response.class, "UpdateNATGWSubnet", "NATGWId", s.nat(), "SubnetworkIds.0", s.in(), "SubnetworkIds.1",
                s.out());
        call(Response.class, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "PrivateIp.1", s.outsider(), "EIP.1", eipAddress(third));
        assertThat(rules("NATGWId.0", s.nat())).extracting(SnatDnatScenarioTest::line).containsExactlyInAnyOrder(
                s.nat() + " " + s.web() + " " + s.ip(), s.nat() + " " + s.db() + " " + s.secondIp(),
                s.nat() + " " + s.outsider() + " " + eipAddress(third));
        // filters: EIP.N, NATGWId.N, both; none: every rule of the project
        assertThat(rules("EIP.0", s.secondIp(), "EIP.1", s.ip())).extracting(r -> r.privateIp)
                .containsExactlyInAnyOrder(s.db(), s.web());
        assertThat(rules("NATGWId.0", s.nat(), "EIP.0", eipAddress(third))).extracting(r -> r.privateIp)
                .containsExactly(s.outsider());
        assertThat(rules("EIP.0", eipAddress(free))).isEmpty();
        assertThat(rules()).as("the reset left only these").hasSize(3);
        refused(54002, "DescribeSnatDnatRule", "NATGWId.0", "natgw-nothere0");
        refused(230, "DescribeSnatDnatRule", "EIP.0", "not-an-address");

        // an EIP a rule maps stays the gateway's
        refused(4203, "UnBindEIP", "EIPId", s.second(), "ResourceId", s.nat(), "ResourceType", "natgw");

        // delete: the pairs as the rules pair them, all or none
        refused(230, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.ip());
        refused(230, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "PrivateIp.1", s.outsider(), "EIP.1", s.ip());
        refused(230, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp(),
                "EIP.1", s.ip());
        refused(54002, "DeleteSnatDnatRule", "NATGWId", "natgw-nothere0", "PrivateIp.0", s.db(), "EIP.0",
                s.secondIp());
        assertThat(rules("NATGWId.0", s.nat())).hasSize(3);
        call(Response.class, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp());
        refused(230, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.secondIp());
        assertThat(rules("NATGWId.0", s.nat())).extracting(r -> r.privateIp)
                .containsExactlyInAnyOrder(s.web(), s.outsider());
        call(Response.class, "UnBindEIP", "EIPId", s.second(), "ResourceId", s.nat(), "ResourceType", "natgw");
        assertThat(status(s.second())).isEqualTo("free");

        // the gateway goes with its rules (DeleteNATGW documents no refusal); its EIPs are free again
        call(Response.class, "DeleteNATGW", "NATGWId", s.nat());
        refused(54002, "DescribeSnatDnatRule", "NATGWId.0", s.nat());
        assertThat(rules("EIP.0", s.ip(), "EIP.1", eipAddress(third))).isEmpty();
        assertThat(status(s.eip())).isEqualTo("free");
        assertThat(status(third)).isEqualTo("free");
    }

    @Test
    void oneEipGivenToTwoRulesAtOnceIsMappedOnce() throws Exception {
        Stack s = stack(82);
        for (int round = 0; round < 6; round++) {
            // one EIP, two hosts
            int[] codes = race(
                    () -> retCode("CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0", s.ip()),
                    () -> retCode("CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.ip()));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            List<SnatDnatRuleInfo> made = rules("NATGWId.0", s.nat());
            assertThat(made).singleElement().satisfies(r -> assertThat(r.eip).isEqualTo(s.ip()));
            call(Response.class, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", made.get(0).privateIp,
                    "EIP.0", s.ip());
            // one host, two EIPs
            codes = race(
                    () -> retCode("CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0", s.ip()),
                    () -> retCode("CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0",
                            s.secondIp()));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            made = rules("NATGWId.0", s.nat());
            assertThat(made).singleElement().satisfies(r -> assertThat(r.privateIp).isEqualTo(s.web()));
            call(Response.class, "DeleteSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0",
                    made.get(0).eip);
        }
    }

    @Test
    void rulesSurviveAStateRoundTrip() throws Exception {
        Stack s = stack(83);
        call(Response.class, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.web(), "EIP.0", s.ip(),
                "PrivateIp.1", s.db(), "EIP.1", s.secondIp());
        String before = JSON.writeValueAsString(rules("NATGWId.0", s.nat()));
        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(exported.get("snatDnatRules")).hasSizeGreaterThanOrEqualTo(2);
        admin("POST", "/_cloudtwin/reset", null);
        refused(54002, "DescribeSnatDnatRule", "NATGWId.0", s.nat());
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(JSON.writeValueAsString(rules("NATGWId.0", s.nat()))).isEqualTo(before);
        JsonNode again = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(again.get("snatDnatRules")).isEqualTo(exported.get("snatDnatRules"));
        // the imported rules keep their rules: the EIP and the host are mapped, the EIP stays bound
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.outsider(), "EIP.0", s.ip());
        refused(230, "CreateSnatDnatRule", "NATGWId", s.nat(), "PrivateIp.0", s.db(), "EIP.0", s.ip());
        refused(4203, "UnBindEIP", "EIPId", s.second(), "ResourceId", s.nat(), "ResourceType", "natgw");
        // a fixture meets the rules a request meets: a rule of a host outside the gateway's subnets is refused
        ObjectNode outside = (ObjectNode) exported.get("snatDnatRules").get(0).deepCopy();
        outside.put("id", "snatdnat-fixture0").put("privateIp", s.outsider()).put("eip", eipAddress(eip("fixture")));
        String fixture = JSON.writeValueAsString(JSON.createObjectNode().set("snatDnatRules",
                JSON.createArrayNode().add(outside)));
        assertThat(admin("POST", "/_cloudtwin/state", fixture).statusCode()).isNotEqualTo(200);
        assertThat(rules("NATGWId.0", s.nat())).hasSize(2);
    }
}
