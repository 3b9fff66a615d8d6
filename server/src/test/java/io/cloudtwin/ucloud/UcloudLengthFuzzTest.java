package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.CloudEndpoint;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import io.cloudtwin.spec.ucloud.UcloudApiSpec.Param;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.UcloudWire;

/**
 * The length half of the UCloud fuzz: for every served action, a call made from a small world (a VPC, a subnet, a
 * firewall, a security group, a host, an EIP, a disk, a load balancer with a VServer and a backend, a key pair, a NAT
 * gateway with a port-forwarding policy) with each documented string parameter in turn (a plain one, an item of a
 * string list, a field of an object list) at its documented maxLength, or where none is documented at 128 characters
 * (the longest name the store must hold) and at 1,000. It may succeed or be refused, but always HTTP 200 and UCloud's JSON with the action's name, a
 * Message when refused, never the internal error 5000. The same holds for the call with every documented parameter
 * given (the world's ids, defaults, enum values) and for it with each optional parameter left out in turn.
 */
class UcloudLengthFuzzTest extends ServerTestBase {
    static final int NAME_LENGTH = 128;
    static final int UNDOCUMENTED_LENGTH = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ZONE = "cn-bj2-03";

    @Autowired
    CloudEndpoint endpoint;

    @Autowired
    UcloudApiSpec spec;

    private UcloudWire wire;
    private int accepted;

    @TestFactory
    Stream<DynamicTest> longStringsNeverFailTheServer() {
        Set<String> served = new TreeSet<>();
        spec.products().keySet().forEach(p -> served.addAll(endpoint.served(Cloud.UCLOUD).actions(p)));
        Stream<DynamicTest> each = served.stream().map(a -> DynamicTest.dynamicTest(a, () -> vary(a)));
        return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("the long values reached the store",
                () -> assertThat(accepted).as("variations answered RetCode 0").isGreaterThan(40))));
    }

    @Test
    void variationsComeFromTheSpec() {
        wire = new UcloudWire(port);
        Map<String, String> world = world();
        var whats = variations(spec.action("CreateSubnet").orElseThrow(), base("CreateSubnet", world, false)).stream()
                .map(Variation::what).toList();
        assertThat(whats).contains("SubnetName of 128 characters", "SubnetName of 1000 characters",
                "Remark of 1000 characters").doesNotContain("Netmask of 128 characters");
        var left = omissions(spec.action("CreateSubnet").orElseThrow(), base("CreateSubnet", world, true)).stream()
                .map(Variation::what).toList();
        assertThat(left).contains("every documented parameter given", "Netmask left out", "SubnetName left out")
                .doesNotContain("VPCId left out");
    }

    record Variation(String what, Map<String, String> params) {}

    private void vary(String action) throws Exception {
        admin("POST", "/_cloudtwin/reset", null);
        wire = new UcloudWire(port);
        UcloudApiSpec.Action a = spec.action(action).orElseThrow();
        Map<String, String> world = world();
        Map<String, String> base = base(action, world, false);
        List<Variation> all = new ArrayList<>(variations(a, base));
        all.addAll(omissions(a, base(action, world, true)));
        List<String> problems = new ArrayList<>();
        for (Variation v : all) {
            List<Object> kv = new ArrayList<>();
            v.params().forEach((k, value) -> {
                kv.add(k);
                kv.add(value);
            });
            String body = wire.raw(kv.toArray()).asString();
            JsonNode answer = JSON.readTree(body);
            int retCode = answer.path("RetCode").asInt(-1);
            if (retCode == 0) accepted++;
            if (retCode == -1 || retCode == 5000 || !(action + "Response").equals(answer.path("Action").asString(""))
                    || (retCode != 0 && answer.path("Message").asString("").isBlank())) {
                problems.add(v.what() + ": " + body);
            }
        }
        assertThat(problems).as(action + " answers long values in UCloud's format").isEmpty();
    }

    /** The documented string parameters of the action, each in turn at its long values, on top of a base call. */
    static List<Variation> variations(UcloudApiSpec.Action a, Map<String, String> base) {
        List<Variation> out = new ArrayList<>();
        for (Param p : a.parameters().values()) {
            if (p.name().equals("Region") || p.name().equals("ProjectId") || p.name().equals("Action")) continue;
            switch (p.type()) {
                case STRING -> longValues(p).forEach((what, v) -> out.add(new Variation(p.name() + what, with(base, p.name(), v))));
                case STRING_ARRAY -> longValues(p).forEach((what, v) ->
                        out.add(new Variation(p.name() + ".0" + what, with(base, p.name() + ".0", v))));
                case OBJECT_ARRAY -> p.fields().stream().filter(f -> f.type() == UcloudApiSpec.Type.STRING).forEach(f ->
                        longValues(f).forEach((what, v) -> {
                            String key = p.name() + ".0." + f.name();
                            out.add(new Variation(key + what, with(base, key, v)));
                        }));
                default -> { }
            }
        }
        return out;
    }

    /** A call with every documented parameter, then each optional one left out in turn (never a 5000 either). */
    static List<Variation> omissions(UcloudApiSpec.Action a, Map<String, String> full) {
        List<Variation> out = new ArrayList<>();
        out.add(new Variation("every documented parameter given", full));
        for (Param p : a.parameters().values()) {
            if (p.required() || p.name().equals("Region") || p.name().equals("ProjectId")) continue;
            Map<String, String> m = new LinkedHashMap<>(full);
            if (m.keySet().removeIf(k -> k.equals(p.name()) || k.startsWith(p.name() + "."))) {
                out.add(new Variation(p.name() + " left out", m));
            }
        }
        return out;
    }

    private static Map<String, String> longValues(Param p) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!p.enumValues().isEmpty()) return out;
        if (p.maxLength() != null) {
            out.put(" at maxLength", "a".repeat(p.maxLength()));
        } else {
            out.put(" of " + NAME_LENGTH + " characters", "a".repeat(NAME_LENGTH));
            out.put(" of " + UNDOCUMENTED_LENGTH + " characters", "a".repeat(UNDOCUMENTED_LENGTH));
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    /** The resources the calls refer to, by the parameter names that refer to them. */
    private Map<String, String> world() {
        Map<String, String> w = new HashMap<>();
        String vpc = id("VPCId", "Action", "CreateVPC", "Name", "fuzz", "Network.0", "10.90.0.0/16");
        String other = id("VPCId", "Action", "CreateVPC", "Name", "peer", "Network.0", "10.91.0.0/16");
        String subnet = id("SubnetId", "Action", "CreateSubnet", "VPCId", vpc, "Subnet", "10.90.1.0");
        String fw = id("FWId", "Action", "CreateFirewall", "Name", "fuzz", "Rule.0", "TCP|22|0.0.0.0/0|ACCEPT|HIGH");
        String sg = id("SecGroupId", "Action", "CreateSecGroup", "VPCId", vpc, "Name", "fuzz");
        String host = JSON.readTree(wire.raw("Action", "CreateUHostInstance", "Zone", ZONE, "ImageId", "uimage-c79x64",
                "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "VPCId", vpc, "SubnetId", subnet, "Disks.0.IsBoot",
                "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20").asString()).path("UHostIds").path(0).asString();
        String eip = JSON.readTree(wire.raw("Action", "AllocateEIP", "OperatorName", "BGP", "Bandwidth", "2")
                .asString()).path("EIPSet").path(0).path("EIPId").asString();
        String disk = JSON.readTree(wire.raw("Action", "CreateUDisk", "Zone", ZONE, "Size", "20", "Name", "fuzz")
                .asString()).path("UDiskId").path(0).asString();
        String snapshot = JSON.readTree(wire.raw("Action", "CreateUDiskSnapshot", "Zone", ZONE, "UDiskId", disk, "Name",
                "fuzz").asString()).path("SnapshotId").path(0).asString();
        String lb = id("ULBId", "Action", "CreateULB", "VPCId", vpc, "SubnetId", subnet, "InnerMode", "Yes");
        String vs = id("VServerId", "Action", "CreateVServer", "ULBId", lb, "Protocol", "TCP", "FrontendPort", "80");
        String backend = id("BackendId", "Action", "AllocateBackend", "ULBId", lb, "VServerId", vs, "ResourceType",
                "UHost", "ResourceId", host, "Port", "80");
        String key = JSON.readTree(wire.raw("Action", "CreateUHostKeyPair", "KeyPairName", "fuzz").asString())
                .path("KeyPair").path("KeyPairId").asString();
        // a NAT gateway of the subnet with its own EIP, a policy to the host (TCP 22); other policies forward 80
        String natEip = JSON.readTree(wire.raw("Action", "AllocateEIP", "OperatorName", "BGP", "Bandwidth", "2")
                .asString()).path("EIPSet").path(0).path("EIPId").asString();
        String natIp = JSON.readTree(wire.raw("Action", "DescribeEIP", "EIPIds.0", natEip).asString())
                .path("EIPSet").path(0).path("EIPAddr").path(0).path("IP").asString();
        String hostIp = JSON.readTree(wire.raw("Action", "DescribeUHostInstance", "UHostIds.0", host).asString())
                .path("UHostSet").path(0).path("IPSet").path(0).path("IP").asString();
        String nat = id("NATGWId", "Action", "CreateNATGW", "VPCId", vpc, "SubnetworkIds.0", subnet, "EIPIds.0", natEip,
                "FirewallId", fw, "NATGWName", "fuzz");
        String policy = id("PolicyId", "Action", "CreateNATGWPolicy", "NATGWId", nat, "Protocol", "TCP", "SrcEIPId",
                natEip, "SrcPort", "22", "DstIP", hostIp, "DstPort", "22");
        for (String n : List.of("NATGWId", "NATGWIds")) w.put(n, nat);
        w.put("PolicyId", policy);
        w.put("SrcEIPId", natEip);
        for (String n : List.of("SnatIp", "EIP")) w.put(n, natIp);
        w.put("PrivateIp", hostIp);
        for (String n : List.of("DstIP", "SourceIp")) w.put(n, hostIp);
        for (String n : List.of("SrcPort", "DstPort")) w.put(n, "80");
        for (String n : List.of("VPCId", "VPCID", "VPCIds")) w.put(n, vpc);
        w.put("DstVPCId", other);
        for (String n : List.of("SubnetId", "SubnetIds", "SubnetworkId", "SubnetworkIds")) w.put(n, subnet);
        for (String n : List.of("FWId", "FirewallId")) w.put(n, fw);
        for (String n : List.of("SecGroupId", "SecGroupIds")) w.put(n, sg);
        for (String n : List.of("UHostId", "UHostIds", "HostId", "ResourceId", "ResourceIds")) w.put(n, host);
        for (String n : List.of("EIPId", "EIPIds")) w.put(n, eip);
        for (String n : List.of("UDiskId", "UDiskIds", "DiskId")) w.put(n, disk);
        for (String n : List.of("SnapshotId", "SourceId")) w.put(n, snapshot);
        for (String n : List.of("ULBId", "ULBIds")) w.put(n, lb);
        w.put("VServerId", vs);
        w.put("BackendId", backend);
        for (String n : List.of("KeyPairId", "KeyPairIds")) w.put(n, key);
        w.put("Zone", ZONE);
        w.put("ImageId", "uimage-c79x64");
        return w;
    }

    private String id(String field, Object... kv) {
        JsonNode answer = JSON.readTree(wire.raw(kv).asString());
        assertThat(answer.path("RetCode").asInt()).as("world: %s", answer).isZero();
        return answer.path(field).asString();
    }

    /**
     * A call of the action that its checks let through to the handler: the world's ids where a parameter names one,
     * the documented default or first enum value, else a value of the parameter's type; and the few values a create
     * needs that no default gives (a CIDR, a rule, a disk).
     */
    private Map<String, String> base(String action, Map<String, String> world, boolean everyParameter) {
        UcloudApiSpec.Action a = spec.action(action).orElseThrow();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Action", action);
        for (Param p : a.parameters().values()) {
            if ((!p.required() && !everyParameter) || p.name().equals("Region") || p.name().equals("ProjectId")) continue;
            String v = world.getOrDefault(p.name(), p.defaultValue() != null ? p.defaultValue()
                    : !p.enumValues().isEmpty() ? p.enumValues().get(0)
                    : switch (p.type()) {
                        case INT -> String.valueOf(p.min() == null ? 1 : Math.max(1, p.min()));
                        case BOOLEAN -> "false";
                        default -> "fuzz";
                    });
            switch (p.type()) {
                case STRING_ARRAY -> m.put(p.name() + ".0", v);
                case OBJECT_ARRAY -> { }
                default -> m.put(p.name(), v);
            }
        }
        m.putAll(NEEDS.getOrDefault(action, Map.of()));
        return m;
    }

    private static final Map<String, Map<String, String>> NEEDS = Map.of(
            "CreateVPC", Map.of("Network.0", "10.92.0.0/16"),
            "CreateSubnet", Map.of("Subnet", "10.90.2.0"),
            "CreateFirewall", Map.of("Rule.0", "TCP|80|0.0.0.0/0|ACCEPT|HIGH"),
            "CreateUHostInstance", Map.of("LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "True",
                    "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", "20"),
            "CreateSecGroupRule", Map.of("Rule.0.Direction", "Ingress", "Rule.0.IPRange", "0.0.0.0/0",
                    "Rule.0.Priority", "1", "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "22", "Rule.0.RuleAction",
                    "Accept"),
            "ImportUHostKeyPairs", Map.of("PublicKeyBody",
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHCzIhBSEUL8mJSXYnpQJmqgzlxJ/IuCAwWdRT1d9e6s"),
            "CreateVPCIntercom", Map.of("DstRegion", "cn-bj2"),
            "UpdateSubnetAttribute", Map.of("Name", "fuzz"));
}
