package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.net.StrictClient;
import io.cloudtwin.ucloud.stack.StackApi.AllocateBackendResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeFirewallResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeVServerResponse;
import io.cloudtwin.ucloud.stack.StackApi.FWIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.SubnetIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.ULBBackendSet;
import io.cloudtwin.ucloud.stack.StackApi.ULBSet;
import io.cloudtwin.ucloud.stack.StackApi.ULBVServerSet;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;

/**
 * ucloud_lb, ucloud_lb_listener and ucloud_lb_attachment as terraform-provider-ucloud (v1.39.2,
 * resource_ucloud_lb*.go, service_ucloud_ulb.go) drives them, replayed in its order with its parameters through the
 * real UCloud Java client, each answer decoded strictly into the SDK models: create, the waits, the reads (with the
 * ULB's firewall read by DescribeFirewall ResourceType ulb), the updates, and the destroy loops that stop on "gone"
 * (an empty DataSet, or 4103 for DescribeVServer of a ULB that is gone). Then the rules two requests can race for.
 */
class UlbScenarioTest extends StackScenario {
    record Network(String vpc, String subnet) {}

    /** A VPC 10.b.0.0/16 with the subnet 10.b.1.0/24. */
    private Network network(int b) throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "tf-vpc", "Network.0", "10." + b + ".0.0/16", "Tag",
                "Default").vpcId;
        String subnet = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".1.0",
                "Netmask", 24,
                "SubnetName", "tf-subnet", "Tag", "Default").subnetId;
        return new Network(vpc, subnet);
    }

    private String host(Network n, String name) throws Exception {
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", name, "CPU", 1,
                "Memory", 1024, "VPCId", n.vpc(), "SubnetId", n.subnet(), "Disks.0.IsBoot", "true",
                "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0);
        for (int i = 0; i < 100; i++) {
            var set = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet;
            if (!set.isEmpty() && set.get(0).state.equals("Running")) return id;
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never ran");
    }

    private List<ULBSet> describeLbById(String id) throws Exception {
        return call(DescribeULBResponse.class, "DescribeULB", "ULBId", id).dataSet;
    }

    private List<ULBVServerSet> describeVServerById(String lb, String vserver) throws Exception {
        return call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", lb, "VServerId", vserver).dataSet;
    }

    private String createLb(Network n, String name, Object... extra) throws Exception {
        List<Object> kv = new ArrayList<>(List.of("ULBName", name, "Tag", "Default", "VPCId", n.vpc(), "SubnetId",
                n.subnet()));
        kv.addAll(List.of(extra));
        return call(CreateULBResponse.class, "CreateULB", kv.toArray()).ulbId;
    }

    private String createListener(String lb, int port) throws Exception {
        return call(CreateVServerResponse.class, "CreateVServer", "ULBId", lb, "ListenType", "RequestProxy",
                "Protocol", "HTTP", "Method", "Roundrobin", "FrontendPort", port, "VServerName", "tf-lb-listener",
                "PersistenceType", "None").vserverId;
    }

    @Test
    void terraformLbListenerAndAttachment() throws Exception {
        Network n = network(10);
        String web1 = host(n, "web-1");
        String web2 = host(n, "web-2");
        String fw = call(FWIdResponse.class, "CreateFirewall", "Name", "tf-lb-fw", "Rule.0",
                "TCP|80|0.0.0.0/0|ACCEPT|HIGH").fwId;

        // ucloud_lb create: CreateULB (OuterMode=Yes as the provider sends when internal is unset), the wait, the read
        String lb = createLb(n, "tf-lb", "OuterMode", "Yes", "FirewallId", fw);
        assertThat(lb).matches("ulb-[a-z0-9]{8}");
        ULBSet read = describeLbById(lb).get(0);
        assertThat(read.name).isEqualTo("tf-lb");
        assertThat(read.ulbType).isEqualTo("OuterMode");
        assertThat(read.listenType).isEqualTo("RequestProxy");
        assertThat(read.vpcId).isEqualTo(n.vpc());
        assertThat(read.subnetId).isEqualTo(n.subnet());
        assertThat(read.privateIp).isEmpty();
        assertThat(read.createTime).isPositive();
        assertThat(read.firewallSet).singleElement().satisfies(f -> {
            assertThat(f.firewallId).isEqualTo(fw);
            assertThat(f.firewallName).isEqualTo("tf-lb-fw");
        });
        assertThat(call(DescribeFirewallResponse.class, "DescribeFirewall", "ResourceId", lb, "ResourceType", "ulb")
                .dataSet).extracting(f -> f.fwId).containsExactly(fw);

        // ucloud_lb_listener create: DescribeULB, CreateVServer with the provider's parameters, the wait, the read
        describeLbById(lb);
        String listener = call(CreateVServerResponse.class, "CreateVServer", "ULBId", lb, "ListenType",
                "RequestProxy", "Protocol", "HTTP", "Method", "Roundrobin", "FrontendPort", 80, "VServerName", "tf-web",
                "ClientTimeout", 60, "PersistenceType", "None", "MonitorType", "Path", "Domain", "www.example.com",
                "Path", "/health").vserverId;
        assertThat(listener).matches("vserver-[a-z0-9]{8}");
        ULBVServerSet vs = describeVServerById(lb, listener).get(0);
        assertThat(vs.vserverName).isEqualTo("tf-web");
        assertThat(vs.protocol).isEqualTo("HTTP");
        assertThat(vs.frontendPort).isEqualTo(80);
        assertThat(vs.method).isEqualTo("Roundrobin");
        assertThat(vs.persistenceType).isEqualTo("None");
        assertThat(vs.monitorType).isEqualTo("Path");
        assertThat(vs.domain).isEqualTo("www.example.com");
        assertThat(vs.path).isEqualTo("/health");
        assertThat(vs.clientTimeout).isEqualTo(60);
        assertThat(vs.status).isZero();
        assertThat(vs.backendSet).isEmpty();

        // ucloud_lb_attachment x2: AllocateBackend (ResourceType UHost, Port 80), then DescribeVServer scanning BackendSet
        String b1 = call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", lb, "VServerId", listener,
                "ResourceType", "UHost", "ResourceId", web1, "Port", 80).backendId;
        String b2 = call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", lb, "VServerId", listener,
                "ResourceType", "UHost", "ResourceId", web2, "Port", 80).backendId;
        assertThat(b1).matches("backend-[a-z0-9]{8}");
        List<ULBBackendSet> backends = describeVServerById(lb, listener).get(0).backendSet;
        assertThat(backends).extracting(b -> b.backendId).containsExactly(b1, b2);
        assertThat(backends.get(0)).satisfies(b -> {
            assertThat(b.resourceId).isEqualTo(web1);
            assertThat(b.resourceType).isEqualTo("UHost");
            assertThat(b.resourceName).isEqualTo("web-1");
            assertThat(b.privateIp).startsWith("10.10.1.");
            assertThat(b.port).isEqualTo(80);
            assertThat(b.status).isZero();
            assertThat(b.enabled).isEqualTo(1);
            assertThat(b.weight).isEqualTo(1);
            assertThat(b.vpcId).isEqualTo(n.vpc());
        });
        // the import path: DescribeULB paged by 100, scanning VServerSet[].BackendSet[]
        List<ULBSet> page = call(DescribeULBResponse.class, "DescribeULB", "Limit", 100, "Offset", 0).dataSet;
        assertThat(page).singleElement().satisfies(l -> assertThat(l.vserverSet.get(0).backendSet).hasSize(2));

        // updates: the listener, the attachment's port, the LB's name and tag (the provider's remark bug: Tag=remark),
        // a stopped backend host shows as exceptional (backend 1, listener 2 "some")
        call(Response.class, "UpdateVServerAttribute", "ULBId", lb, "VServerId", listener, "VServerName", "tf-web-2",
                "Method", "Source", "PersistenceType", "ServerInsert", "ClientTimeout", 120, "MonitorType", "Port");
        call(Response.class, "UpdateBackendAttribute", "ULBId", lb, "BackendId", b2, "Port", 8080);
        call(Response.class, "UpdateULBAttribute", "ULBId", lb, "Name", "tf-lb-2", "Tag", "web");
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", web2);
        vs = describeVServerById(lb, listener).get(0);
        assertThat(vs.vserverName).isEqualTo("tf-web-2");
        assertThat(vs.method).isEqualTo("Source");
        assertThat(vs.persistenceType).isEqualTo("ServerInsert");
        assertThat(vs.clientTimeout).isEqualTo(120);
        assertThat(vs.monitorType).isEqualTo("Port");
        assertThat(vs.backendSet).extracting(b -> b.port).containsExactly(80, 8080);
        assertThat(vs.backendSet).extracting(b -> b.status).containsExactly(0, 1);
        assertThat(vs.status).as("some backends are down").isEqualTo(2);
        assertThat(describeLbById(lb).get(0)).satisfies(l -> {
            assertThat(l.name).isEqualTo("tf-lb-2");
            assertThat(l.tag).isEqualTo("web");
        });

        // security_group change: GrantFirewall ResourceType ulb replaces the ULB's firewall; the old one may go
        String fw2 = call(FWIdResponse.class, "CreateFirewall", "Name", "tf-lb-fw-2", "Rule.0",
                "TCP|443|0.0.0.0/0|ACCEPT|HIGH").fwId;
        refused(4361, "DeleteFirewall", "FWId", fw);
        call(Response.class, "GrantFirewall", "FWId", fw2, "ResourceType", "ulb", "ResourceId", lb);
        assertThat(describeLbById(lb).get(0).firewallSet).extracting(f -> f.firewallId).containsExactly(fw2);
        call(Response.class, "DeleteFirewall", "FWId", fw);

        // a subnet with a ULB in it cannot go
        refused(230, "DeleteSubnet", "SubnetId", n.subnet());

        // destroy, in the provider's loops: attachment (DescribeVServer, ReleaseBackend, DescribeVServer) ...
        describeVServerById(lb, listener);
        call(Response.class, "ReleaseBackend", "ULBId", lb, "BackendId", b1);
        assertThat(describeVServerById(lb, listener).get(0).backendSet).extracting(b -> b.backendId).containsExactly(b2);
        call(Response.class, "ReleaseBackend", "ULBId", lb, "BackendId", b2);
        refused(4093, "ReleaseBackend", "ULBId", lb, "BackendId", b2);
        // ... listener (DeleteVServer, then DescribeVServer: empty = gone) ...
        call(Response.class, "DeleteVServer", "ULBId", lb, "VServerId", listener);
        assertThat(describeVServerById(lb, listener)).isEmpty();
        // ... lb (DeleteULB, then DescribeULB: empty = gone; DescribeVServer of it: 4103)
        call(Response.class, "DeleteULB", "ULBId", lb);
        assertThat(describeLbById(lb)).isEmpty();
        refused(4103, "DescribeVServer", "ULBId", lb, "VServerId", listener);
        refused(4103, "DeleteULB", "ULBId", lb);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM load_balancer").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lb_backend").query(Integer.class).single()).isZero();
    }

    @Test
    void internalLbsListenersAndTheirRules() throws Exception {
        Network n = network(20);
        Network other = network(30);
        String web = host(n, "web");
        String stranger = host(other, "stranger");

        // InnerMode: an address of the subnet, PacketsTransmit by default
        String inner = createLb(n, "inner", "InnerMode", "Yes");
        ULBSet read = describeLbById(inner).get(0);
        assertThat(read.ulbType).isEqualTo("InnerMode");
        assertThat(read.listenType).isEqualTo("PacketsTransmit");
        assertThat(read.privateIp).startsWith("10.20.1.");
        assertThat(read.firewallSet).isEmpty();
        assertThat(call(DescribeFirewallResponse.class, "DescribeFirewall", "ResourceId", inner, "ResourceType", "ulb")
                .dataSet).isEmpty();

        refused(4144, "CreateVServer", "ULBId", inner, "ListenType", "PacketsTransmit", "Protocol", "HTTP");
        refused(230, "CreateVServer", "ULBId", inner, "ListenType", "RequestProxy", "Protocol", "TCP");
        refused(4121, "CreateVServer", "ULBId", inner, "ListenType", "PacketsTransmit", "Protocol", "TCP",
                "ClientTimeout", 30);
        String tcp = call(CreateVServerResponse.class, "CreateVServer", "ULBId", inner, "Protocol", "TCP",
                "FrontendPort", 3306, "Method", "ConsistentHash").vserverId;
        ULBVServerSet vs = describeVServerById(inner, tcp).get(0);
        assertThat(vs.listenType).isEqualTo("PacketsTransmit");
        assertThat(vs.monitorType).isEqualTo("Port");
        // a UDP listener may share the port number; another TCP one may not
        call(CreateVServerResponse.class, "CreateVServer", "ULBId", inner, "Protocol", "UDP", "FrontendPort", 3306);
        refused(4107, "CreateVServer", "ULBId", inner, "Protocol", "TCP", "FrontendPort", 3306);
        assertThat(call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", inner).totalCount).isEqualTo(2);
        assertThat(call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", inner, "Limit", 1, "Offset", 1)
                .dataSet).extracting(v -> v.protocol).containsExactly("UDP");

        // backends: the VServer's own port (4118), hosts of the ULB's VPC only (4120), once per port (4109)
        refused(4118, "AllocateBackend", "ULBId", inner, "VServerId", tcp, "ResourceType", "UHost", "ResourceId",
                web, "Port", 80);
        refused(4120, "AllocateBackend", "ULBId", inner, "VServerId", tcp, "ResourceType", "UHost", "ResourceId",
                stranger, "Port", 3306);
        refused(4120, "AllocateBackend", "ULBId", inner, "VServerId", tcp, "ResourceType", "UHost", "ResourceId",
                "uhost-nothere0", "Port", 3306);
        call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", inner, "VServerId", tcp, "ResourceType",
                "UHost", "ResourceId", web, "Port", 3306);
        refused(4109, "AllocateBackend", "ULBId", inner, "VServerId", tcp, "ResourceType", "UHost", "ResourceId",
                web, "Port", 3306);

        // names, unknowns, bad input: documented RetCodes, never a 500
        refused(4114, "CreateULB", "ULBName", "x".repeat(51), "VPCId", n.vpc(), "SubnetId", n.subnet());
        refused(230, "CreateULB", "InnerMode", "Yes", "OuterMode", "Yes", "VPCId", n.vpc());
        refused(230, "CreateULB", "VPCId", n.vpc(), "SubnetId", other.subnet());
        refused(4600, "CreateULB", "VPCId", n.vpc(), "FirewallId", "firewall-nothere0");
        refused(4103, "CreateVServer", "ULBId", "ulb-nothere0");
        refused(4088, "DeleteVServer", "ULBId", inner, "VServerId", "vserver-nothere0");
        refused(4088, "UpdateVServerAttribute", "ULBId", inner, "VServerId", "vserver-nothere0", "VServerName", "x");
        refused(4093, "UpdateBackendAttribute", "ULBId", inner, "BackendId", "backend-nothere0", "Port", 3306);
        refused(220, "DescribeVServer");
        refused(230, "DescribeULB", "Limit", 0);
        refused(230, "UpdateVServerAttribute", "ULBId", inner, "VServerId", tcp, "Method", "Nonsense");
        assertThat(describeLbById("ulb-nothere0")).as("gone: RetCode 0, empty DataSet").isEmpty();
        assertThat(describeVServerById(inner, "vserver-nothere0")).isEmpty();

        // another project sees none of it
        StrictClient second = new StrictClient(baseUrl(), REGION, "org-second", UCLOUD_PUBLIC, UCLOUD_PRIVATE);
        assertThat(second.call(new SdkCall("DescribeULB", "ULBId", inner), DescribeULBResponse.class).dataSet).isEmpty();

        // terminating a backend host takes it out of every VServer
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", web);
        call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance", "UHostId", web);
        assertThat(describeVServerById(inner, tcp).get(0).backendSet).isEmpty();
    }

    @Test
    void loadBalancersSurviveAStateRoundTrip() throws Exception {
        Network n = network(40);
        String web = host(n, "web");
        String fw = call(FWIdResponse.class, "CreateFirewall", "Name", "lb-fw", "Rule.0",
                "TCP|80|0.0.0.0/0|ACCEPT|HIGH").fwId;
        String outer = createLb(n, "outer", "OuterMode", "Yes", "FirewallId", fw);
        String inner = createLb(n, "inner", "InnerMode", "Yes");
        String listener = createListener(outer, 80);
        String backend = call(AllocateBackendResponse.class, "AllocateBackend", "ULBId", outer, "VServerId", listener,
                "ResourceType", "UHost", "ResourceId", web, "Port", 8080, "Weight", 5, "Enabled", 0).backendId;
        List<ULBSet> before = call(DescribeULBResponse.class, "DescribeULB").dataSet;
        String innerIp = describeLbById(inner).get(0).privateIp;

        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(exported.get("loadBalancers")).hasSize(2);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM load_balancer").query(Integer.class).single()).isZero();
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);

        List<ULBSet> after = call(DescribeULBResponse.class, "DescribeULB").dataSet;
        assertThat(after).extracting(l -> l.ulbId).containsExactlyElementsOf(before.stream().map(l -> l.ulbId).toList());
        assertThat(describeLbById(inner).get(0).privateIp).isEqualTo(innerIp);
        ULBSet o = describeLbById(outer).get(0);
        assertThat(o.firewallSet).extracting(f -> f.firewallId).containsExactly(fw);
        assertThat(o.vserverSet).singleElement().satisfies(v -> {
            assertThat(v.vserverId).isEqualTo(listener);
            assertThat(v.backendSet).singleElement().satisfies(b -> {
                assertThat(b.backendId).isEqualTo(backend);
                assertThat(b.port).isEqualTo(8080);
                assertThat(b.weight).isEqualTo(5);
                assertThat(b.enabled).isZero();
            });
        });
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("loadBalancers"))
                .isEqualTo(exported.get("loadBalancers"));
        // the console draws the section
        assertThat(admin("GET", "/_cloudtwin/state", null).body()).contains("\"loadBalancers\"");
    }

    // ---- races: each rule holds in the database transaction

    @Test
    void oneHostAndPortTwiceOnAListenerRaceAndOneWins() throws Exception {
        Network n = network(50);
        String web = host(n, "web");
        String lb = createLb(n, "race");
        for (int round = 0; round < 8; round++) {
            String listener = createListener(lb, 8000 + round);
            int[] codes = race(
                    () -> retCode("AllocateBackend", "ULBId", lb, "VServerId", listener, "ResourceType", "UHost",
                            "ResourceId", web, "Port", 80),
                    () -> retCode("AllocateBackend", "ULBId", lb, "VServerId", listener, "ResourceType", "UHost",
                            "ResourceId", web, "Port", 80));
            assertThat(codes).containsExactlyInAnyOrder(0, 4109);
            assertThat(describeVServerById(lb, listener).get(0).backendSet).hasSize(1);
        }
    }

    @Test
    void twoListenersOnOnePortRaceAndOneWins() throws Exception {
        Network n = network(60);
        String lb = createLb(n, "race");
        for (int round = 0; round < 8; round++) {
            int port = 9000 + round;
            int[] codes = race(
                    () -> retCode("CreateVServer", "ULBId", lb, "Protocol", "HTTP", "FrontendPort", port),
                    () -> retCode("CreateVServer", "ULBId", lb, "Protocol", "TCP", "FrontendPort", port));
            assertThat(codes).containsExactlyInAnyOrder(0, 4107);
        }
        assertThat(call(DescribeVServerResponse.class, "DescribeVServer", "ULBId", lb, "Limit", 100).totalCount)
                .isEqualTo(8);
    }

    @Test
    void aBackendAddedWhileItsHostIsTerminatedNeverOutlivesIt() throws Exception {
        Network n = network(70);
        String lb = createLb(n, "race");
        String listener = createListener(lb, 80);
        int allocated = 0;
        int refused = 0;
        for (int round = 0; round < 8; round++) {
            String web = host(n, "web-" + round);
            call(UHostIdResponse.class, "StopUHostInstance", "UHostId", web);
            int[] codes = race(
                    () -> retCode("AllocateBackend", "ULBId", lb, "VServerId", listener, "ResourceType", "UHost",
                            "ResourceId", web, "Port", 80),
                    () -> retCode("TerminateUHostInstance", "UHostId", web));
            assertThat(codes[1]).as("the termination always goes through").isZero();
            assertThat(codes[0]).isIn(0, 4120);
            if (codes[0] == 0) allocated++;
            else refused++;
            assertThat(jdbc.sql("SELECT COUNT(*) FROM lb_backend WHERE instance_id = :i").param("i", web)
                    .query(Integer.class).single()).as("no backend of a terminated host").isZero();
        }
        assertThat(describeVServerById(lb, listener).get(0).backendSet).isEmpty();
        assertThat(allocated + refused).isEqualTo(8);
    }

    @Test
    void aFirewallGrantedToALbWhileDeletedEitherStaysOrGoes() throws Exception {
        Network n = network(80);
        String lb = createLb(n, "race");
        for (int round = 0; round < 8; round++) {
            String fw = call(FWIdResponse.class, "CreateFirewall", "Name", "race-" + round, "Rule.0",
                    "TCP|80|0.0.0.0/0|ACCEPT|HIGH").fwId;
            int[] codes = race(
                    () -> retCode("GrantFirewall", "FWId", fw, "ResourceType", "ulb", "ResourceId", lb),
                    () -> retCode("DeleteFirewall", "FWId", fw));
            if (codes[0] == 0) {
                assertThat(codes[1]).isEqualTo(4361);
                assertThat(describeLbById(lb).get(0).firewallSet).extracting(f -> f.firewallId).containsExactly(fw);
            } else {
                assertThat(codes).containsExactly(4600, 0);
            }
        }
    }
}
