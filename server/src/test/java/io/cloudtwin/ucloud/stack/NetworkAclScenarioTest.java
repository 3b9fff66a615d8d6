package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AclEntryInfo;
import io.cloudtwin.ucloud.stack.StackApi.AclIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.AclInfo;
import io.cloudtwin.ucloud.stack.StackApi.AssociationInfo;
import io.cloudtwin.ucloud.stack.StackApi.CreateNetworkAclAssociationResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNetworkAclAssociationBySubnetResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNetworkAclAssociationResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNetworkAclEntryResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeNetworkAclResponse;
import io.cloudtwin.ucloud.stack.StackApi.EntryIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.GetNetworkAclTargetResourceResponse;

/**
 * UCloud network ACLs as ucloud-sdk-go's ACL regression scenario drives them (tests/scenario_2468: create, describe,
 * rename, bind a subnet, describe the binding both ways, the subnet's UHost as a rule's target, two rules of one priority in the two directions, a rule
 * changed in place, the rules, the binding and the ACL removed), decoded strictly into the SDK's models; then the
 * rules of priorities and quotas, moving a subnet between ACLs, what a binding keeps from being deleted, a race for
 * one priority, and the state round trip.
 */
class NetworkAclScenarioTest extends StackScenario {
    private String acl(String vpc, String name) throws Exception {
        return call(AclIdResponse.class, "CreateNetworkAcl", "VpcId", vpc, "AclName", name).aclId;
    }

    private String rule(String acl, int priority, String direction, Object... more) throws Exception {
        Object[] kv = {"AclId", acl, "Priority", priority, "Direction", direction, "IpProtocol", "TCP",
            "CidrBlock", "1.1.1.1/32", "PortRange", "234", "EntryAction", "Accept"};
        Object[] all = new Object[kv.length + more.length];
        System.arraycopy(kv, 0, all, 0, kv.length);
        System.arraycopy(more, 0, all, kv.length, more.length);
        return call(EntryIdResponse.class, "CreateNetworkAclEntry", all).entryId;
    }

    private AclInfo describe(String vpc, String acl) throws Exception {
        return call(DescribeNetworkAclResponse.class, "DescribeNetworkAcl", "VpcId", vpc).aclList.stream()
                .filter(a -> a.aclId.equals(acl)).findFirst().orElseThrow();
    }

    private List<AclEntryInfo> rules(String acl) throws Exception {
        return call(DescribeNetworkAclEntryResponse.class, "DescribeNetworkAclEntry", "AclId", acl).entryList;
    }

    @Test
    void theSdkScenario() throws Exception {
        TwoSubnets n = twoSubnets(91);
        StackApi.UHostInstanceSet host = runningHostIn(n.vpc(), n.in(), "acl-test-uhost");
        String acl = acl(n.vpc(), "acl_auto_test1");
        AclInfo made = describe(n.vpc(), acl);
        assertThat(List.of(made.aclName, made.description, made.vpcId)).containsExactly("acl_auto_test1", "", n.vpc());
        assertThat(made.entries).isEmpty();
        assertThat(made.associations).isEmpty();

        call(AnyResponse.class, "UpdateNetworkAcl", "AclId", acl, "AclName", "acl_auto_test2", "Description", "acltest");
        AclInfo renamed = describe(n.vpc(), acl);
        assertThat(renamed.aclName + " " + renamed.description).isEqualTo("acl_auto_test2 acltest");
        assertThat(renamed.updateTime).isGreaterThanOrEqualTo(renamed.createTime);
        // the longest description kept, and one longer
        call(AnyResponse.class, "UpdateNetworkAcl", "AclId", acl, "AclName", "acl_auto_test2", "Description",
                "d".repeat(256));
        refused(230, "UpdateNetworkAcl", "AclId", acl, "AclName", "acl_auto_test2", "Description", "d".repeat(257));
        refused(230, "CreateNetworkAcl", "VpcId", n.vpc(), "AclName", "x", "Description", "d".repeat(257));
        call(AnyResponse.class, "UpdateNetworkAcl", "AclId", acl, "AclName", "acl_auto_test2", "Description", "acltest");

        CreateNetworkAclAssociationResponse bound = call(CreateNetworkAclAssociationResponse.class,
                "CreateNetworkAclAssociation", "AclId", acl, "SubnetworkId", n.in());
        assertThat(bound.associationId).startsWith("aclassoc-");
        assertThat(bound.prevAssociation).isNull();
        assertThat(call(DescribeNetworkAclAssociationResponse.class, "DescribeNetworkAclAssociation", "AclId", acl)
                .associationList).singleElement().satisfies(a -> assertThat(List.of(a.associationId, a.aclId,
                        a.subnetworkId)).containsExactly(bound.associationId, acl, n.in()));
        assertThat(call(DescribeNetworkAclAssociationBySubnetResponse.class, "DescribeNetworkAclAssociationBySubnet",
                "SubnetworkId", n.in()).association.aclId).isEqualTo(acl);

        GetNetworkAclTargetResourceResponse targets = call(GetNetworkAclTargetResourceResponse.class,
                "GetNetworkAclTargetResource", "SubnetworkId.0", n.in(), "SubnetworkId.1", n.out());
        assertThat(targets.totalCount).isEqualTo(1);
        assertThat(targets.targetResourceList).singleElement().satisfies(t -> assertThat(List.of(t.subnetworkId,
                t.resourceId, t.resourceName, t.privateIp)).containsExactly(n.in(), host.uhostId, "UHost",
                host.ipSet.get(0).ip));
        refused(230, "GetNetworkAclTargetResource", "SubnetworkId.0", "subnet-missing");

        String in = rule(acl, 1, "Ingress");
        String out = rule(acl, 1, "Egress");
        assertThat(rules(acl)).extracting(e -> e.entryId + " " + e.direction + " " + e.priority + " " + e.ipProtocol
                + " " + e.portRange + " " + e.cidrBlock + " " + e.entryAction + " " + e.targetType)
                .containsExactlyInAnyOrder(in + " Ingress 1 TCP 234 1.1.1.1/32 Accept 0",
                        out + " Egress 1 TCP 234 1.1.1.1/32 Accept 0");

        call(AnyResponse.class, "UpdateNetworkAclEntry", "AclId", acl, "EntryId", in, "Priority", 100, "PortRange",
                2323, "IpProtocol", "UDP", "EntryAction", "Reject", "Direction", "Ingress", "CidrBlock", "2.2.2.2/32");
        AclEntryInfo changed = rules(acl).stream().filter(e -> e.entryId.equals(in)).findFirst().orElseThrow();
        assertThat(List.of(changed.priority, changed.ipProtocol, changed.portRange, changed.entryAction,
                changed.cidrBlock)).containsExactly("100", "UDP", "2323", "Reject", "2.2.2.2/32");
        assertThat(describe(n.vpc(), acl).entries).hasSize(2);

        call(AnyResponse.class, "DeleteNetworkAclEntry", "AclId", acl, "EntryId", in);
        call(AnyResponse.class, "DeleteNetworkAclEntry", "AclId", acl, "EntryId", out);
        assertThat(rules(acl)).isEmpty();
        refused(230, "DeleteNetworkAclEntry", "AclId", acl, "EntryId", out);

        call(AnyResponse.class, "DeleteNetworkAclAssociation", "AclId", acl, "SubnetworkId", n.in());
        refused(230, "DeleteNetworkAclAssociation", "AclId", acl, "SubnetworkId", n.in());
        AssociationInfo none = call(DescribeNetworkAclAssociationBySubnetResponse.class,
                "DescribeNetworkAclAssociationBySubnet", "SubnetworkId", n.in()).association;
        assertThat(none.aclId + none.associationId).isEmpty();
        call(AnyResponse.class, "DeleteNetworkAcl", "AclId", acl);
        refused(230, "DescribeNetworkAclEntry", "AclId", acl);
        refused(230, "DeleteNetworkAcl", "AclId", acl);
    }

    @Test
    void aPriorityIsTakenOnceADirectionAndRulesAreChecked() throws Exception {
        TwoSubnets n = twoSubnets(92);
        String acl = acl(n.vpc(), "rules");
        String first = rule(acl, 10, "Ingress");
        refused(230, "CreateNetworkAclEntry", "AclId", acl, "Priority", 10, "Direction", "Ingress", "IpProtocol", "ALL",
                "CidrBlock", "0.0.0.0/0", "PortRange", "1-65535", "EntryAction", "Reject");
        String second = rule(acl, 20, "Ingress", "IpProtocol", "ICMP", "PortRange", "any", "Description", "ping");
        // moving a rule onto a priority its direction has is refused; onto its own is not
        refused(230, "UpdateNetworkAclEntry", "AclId", acl, "EntryId", second, "Priority", 10, "Direction", "Ingress",
                "IpProtocol", "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "22", "EntryAction", "Accept");
        call(AnyResponse.class, "UpdateNetworkAclEntry", "AclId", acl, "EntryId", second, "Priority", 20, "Direction",
                "Egress", "IpProtocol", "TCP", "CidrBlock", "1.1.1.0/24", "PortRange", "1-1024", "EntryAction",
                "Accept");
        assertThat(rules(acl)).extracting(e -> e.entryId + " " + e.direction).containsExactlyInAnyOrder(
                first + " Ingress", second + " Egress");
        for (Object[] bad : List.of(
                new Object[] {"Priority", 0}, new Object[] {"Priority", 30001},
                new Object[] {"PortRange", "0"}, new Object[] {"PortRange", "80-70"}, new Object[] {"PortRange", "x"},
                new Object[] {"PortRange", "1-65536"}, new Object[] {"IpProtocol", "SCTP"},
                new Object[] {"CidrBlock", "10.0.0.0/33"}, new Object[] {"CidrBlock", "10.0.0"},
                new Object[] {"Direction", "Inbound"}, new Object[] {"EntryAction", "Drop"},
                new Object[] {"TargetType", 2}, new Object[] {"Description", "x".repeat(33)})) {
            Object[] kv = {"AclId", acl, "Priority", 500, "Direction", "Ingress", "IpProtocol", "TCP", "CidrBlock",
                "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept"};
            for (int i = 0; i < kv.length; i += 2) if (kv[i].equals(bad[0])) kv[i + 1] = bad[1];
            Object[] all = kv;
            if (bad[0].equals("TargetType") || bad[0].equals("Description")) {
                all = new Object[kv.length + 2];
                System.arraycopy(kv, 0, all, 0, kv.length);
                all[kv.length] = bad[0];
                all[kv.length + 1] = bad[1];
            }
            refused(230, "CreateNetworkAclEntry", all);
        }
        assertThat(rules(acl)).hasSize(2);
        refused(230, "CreateNetworkAclEntry", "AclId", "acl-missing", "Priority", 1, "Direction", "Ingress",
                "IpProtocol", "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept");
        // at most 50 rules a direction
        for (int p = 100; p < 149; p++) rule(acl, p, "Ingress");
        refused(230, "CreateNetworkAclEntry", "AclId", acl, "Priority", 999, "Direction", "Ingress", "IpProtocol",
                "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept");
        rule(acl, 999, "Egress");
        assertThat(rules(acl)).hasSize(52);
    }

    @Test
    void aSubnetMovesBetweenAclsAndBindingsKeepWhatTheyBind() throws Exception {
        TwoSubnets n = twoSubnets(93);
        String a = acl(n.vpc(), "a");
        String b = acl(n.vpc(), "b");
        String first = call(CreateNetworkAclAssociationResponse.class, "CreateNetworkAclAssociation", "AclId", a,
                "SubnetworkId", n.in()).associationId;
        CreateNetworkAclAssociationResponse moved = call(CreateNetworkAclAssociationResponse.class,
                "CreateNetworkAclAssociation", "AclId", b, "SubnetworkId", n.in());
        assertThat(List.of(moved.prevAssociation.associationId, moved.prevAssociation.aclId,
                moved.prevAssociation.subnetworkId)).containsExactly(first, a, n.in());
        assertThat(describe(n.vpc(), a).associations).isEmpty();
        assertThat(describe(n.vpc(), b).associations).extracting(x -> x.subnetworkId).containsExactly(n.in());

        refused(230, "DeleteNetworkAcl", "AclId", b);
        refused(230, "DeleteSubnet", "SubnetId", n.in());
        refused(230, "DeleteVPC", "VPCId", n.vpc());
        TwoSubnets other = twoSubnets(94);
        refused(230, "CreateNetworkAclAssociation", "AclId", a, "SubnetworkId", other.in());
        refused(230, "CreateNetworkAclAssociation", "AclId", a, "SubnetworkId", "subnet-missing");
        refused(230, "DescribeNetworkAclAssociationBySubnet", "SubnetworkId", "subnet-missing");
        refused(230, "CreateNetworkAcl", "VpcId", "uvnet-missing", "AclName", "x");

        call(AnyResponse.class, "DeleteNetworkAclAssociation", "AclId", b, "SubnetworkId", n.in());
        call(AnyResponse.class, "DeleteNetworkAcl", "AclId", b);
        call(AnyResponse.class, "DeleteSubnet", "SubnetId", n.in());
        assertThat(call(DescribeNetworkAclAssociationResponse.class, "DescribeNetworkAclAssociation", "AclId", a,
                "Limit", "5").associationList).isEmpty();
        refused(230, "DescribeNetworkAcl", "Limit", "many");
    }

    @Test
    void aRuleMayNameTheHostsItAppliesTo() throws Exception {
        TwoSubnets n = twoSubnets(97);
        StackApi.UHostInstanceSet host = runningHostIn(n.vpc(), n.in(), "target");
        String acl = acl(n.vpc(), "targets");
        String chosen = rule(acl, 5, "Ingress", "TargetType", 1, "TargetResourceIds.0", host.uhostId,
                "TargetResourceIds.1", host.uhostId);
        String all = rule(acl, 6, "Ingress", "TargetType", 0, "TargetResourceIds.0", "uhost-unread");
        AclEntryInfo named = rules(acl).stream().filter(e -> e.entryId.equals(chosen)).findFirst().orElseThrow();
        assertThat(named.targetType).isEqualTo(1);
        assertThat(named.targetResourceCount).isEqualTo(1);
        assertThat(named.targetResourceList).singleElement().satisfies(t -> assertThat(List.of(t.resourceId,
                t.subnetworkId, t.privateIp, t.resourceName)).containsExactly(host.uhostId, n.in(),
                host.ipSet.get(0).ip, "UHost"));
        AclEntryInfo everything = rules(acl).stream().filter(e -> e.entryId.equals(all)).findFirst().orElseThrow();
        assertThat(everything.targetType).isZero();
        assertThat(everything.targetResourceList).isNull();

        refused(220, "CreateNetworkAclEntry", "AclId", acl, "Priority", 7, "Direction", "Ingress", "IpProtocol",
                "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept", "TargetType", 1);
        refused(230, "CreateNetworkAclEntry", "AclId", acl, "Priority", 7, "Direction", "Ingress", "IpProtocol",
                "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept", "TargetType", 1,
                "TargetResourceIds.0", "uhost-missing");
        TwoSubnets other = twoSubnets(98);
        String elsewhere = runningHostIn(other.vpc(), other.in(), "elsewhere").uhostId;
        refused(230, "CreateNetworkAclEntry", "AclId", acl, "Priority", 7, "Direction", "Ingress", "IpProtocol",
                "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept", "TargetType", 1,
                "TargetResourceIds.0", elsewhere);
        assertThat(rules(acl)).hasSize(2);

        // the state keeps what a rule names; an update to TargetType 0 names nothing again
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(rules(acl).stream().filter(e -> e.entryId.equals(chosen)).findFirst().orElseThrow()
                .targetResourceList).extracting(t -> t.resourceId).containsExactly(host.uhostId);
        call(AnyResponse.class, "UpdateNetworkAclEntry", "AclId", acl, "EntryId", chosen, "Priority", 5, "Direction",
                "Ingress", "IpProtocol", "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept");
        assertThat(rules(acl).stream().filter(e -> e.entryId.equals(chosen)).findFirst().orElseThrow().targetType)
                .isZero();
    }

    @Test
    void twoRulesRaceForOnePriority() throws Exception {
        TwoSubnets n = twoSubnets(95);
        String acl = acl(n.vpc(), "race");
        for (int round = 1; round <= 5; round++) {
            int p = round;
            int[] codes = race(() -> retCode("CreateNetworkAclEntry", "AclId", acl, "Priority", p, "Direction",
                            "Ingress", "IpProtocol", "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80",
                            "EntryAction", "Accept"),
                    () -> retCode("CreateNetworkAclEntry", "AclId", acl, "Priority", p, "Direction", "Ingress",
                            "IpProtocol", "UDP", "CidrBlock", "2.2.2.2/32", "PortRange", "53", "EntryAction",
                            "Reject"));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
        }
        assertThat(rules(acl)).extracting(e -> e.priority).containsExactlyInAnyOrder("1", "2", "3", "4", "5");
    }

    @Test
    void aclsRoundTripTheState() throws Exception {
        TwoSubnets n = twoSubnets(96);
        String acl = acl(n.vpc(), "kept");
        rule(acl, 300, "Ingress");
        rule(acl, 7, "Egress", "IpProtocol", "ALL", "PortRange", "1-65535");
        call(AnyResponse.class, "CreateNetworkAclAssociation", "AclId", acl, "SubnetworkId", n.out());
        AclInfo before = describe(n.vpc(), acl);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        AclInfo after = describe(n.vpc(), acl);
        assertThat(after.aclName).isEqualTo(before.aclName);
        assertThat(after.entries).extracting(e -> e.entryId + " " + e.direction + " " + e.priority + " "
                + e.ipProtocol).containsExactlyElementsOf(before.entries.stream().map(e -> e.entryId + " "
                        + e.direction + " " + e.priority + " " + e.ipProtocol).toList());
        assertThat(after.associations).extracting(a -> a.subnetworkId).containsExactly(n.out());
        refused(230, "DeleteSubnet", "SubnetId", n.out());
        refused(230, "CreateNetworkAclEntry", "AclId", acl, "Priority", 300, "Direction", "Ingress", "IpProtocol",
                "TCP", "CidrBlock", "1.1.1.1/32", "PortRange", "80", "EntryAction", "Accept");
    }
}
