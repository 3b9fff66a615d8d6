package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.UcloudSigner;

/**
 * A write load of both clouds for kill -9 tests. Each writer works on resources of its own (named with its prefix):
 * VPCs and subnets, groups with rules, tags and renames, instances joining and leaving groups, interfaces attached
 * and detached, UCloud firewalls granted to hosts; and deletes them again. It keeps every fact the server
 * acknowledged ({@link StoreFacts}: what the state export must show) and, while a request is in flight, which facts
 * that request may change: after a kill, those go either way, every other fact must be as acknowledged, and nothing
 * else of the writer's may have appeared but the one resource its request in flight was creating.
 */
final class KillNineLoad {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final List<Writer> writers = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Random seeds;

    /** Four writers per cloud; seed makes each writer's choices repeatable (the timing of the kill is not). */
    KillNineLoad(long seed) {
        seeds = new Random(seed);
        for (int w = 0; w < 4; w++) writers.add(new AliyunWriter(w));
        for (int w = 4; w < 8; w++) writers.add(new UcloudWriter(w));
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Runs every writer against the server until acks more changes were acknowledged, then kills it with SIGKILL. */
    void runThenKill(ServerProcess server, int acks) throws Exception {
        int target = acknowledged.get() + acks;
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> running = new ArrayList<>();
        try {
            for (Writer w : writers) {
                w.begin(server.baseUrl(), new Random(seeds.nextLong()));
                running.add(pool.submit(() -> {
                    w.run();
                    return null;
                }));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (acknowledged.get() < target && System.nanoTime() < deadline) {
                for (Future<?> f : running) if (f.isDone()) f.get(); // a writer that failed fails the test now
                Thread.sleep(5);
            }
            assertThat(acknowledged.get()).as("acknowledged changes before the kill").isGreaterThanOrEqualTo(target);
            server.kill9();
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks the restarted server's state against what every writer was told, then lets each writer take the state
     * as it is for what its request in flight may have changed. Returns how many facts were checked.
     */
    int verifyAndAdopt(ServerProcess server) throws Exception {
        StoreFacts facts = StoreFacts.of(JSON.readTree(Clients.HTTP.send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/_cloudtwin/state")).build(), HttpResponse.BodyHandlers.ofString()).body()));
        assertThat(facts.dangling()).as("facts about resources that are gone").isEmpty();
        int checked = 0;
        List<String> lost = new ArrayList<>();
        for (Writer w : writers) checked += w.verifyAndAdopt(facts.named(w.prefix), lost);
        assertThat(lost).as("acknowledged changes missing or changed after the restart").isEmpty();
        return checked;
    }

    /** Every writer's acknowledged facts, for a summary. */
    int expectedFacts() {
        return writers.stream().mapToInt(w -> w.expected.size()).sum();
    }

    /** The server answered with its cloud's error: not acknowledged, so nothing may have changed. */
    private static final class Refused extends Exception {
        Refused(String what) {
            super(what, null, false, false);
        }
    }

    /** The server is gone (killed): the writer stops, its request in flight undecided. */
    private static final class Gone extends Exception {
        Gone(Throwable cause) {
            super(cause);
        }
    }

    private abstract class Writer {
        final String prefix;
        final int index;
        /** Every acknowledged fact of this writer's resources, as the state export must show it. */
        TreeMap<String, String> expected = new TreeMap<>();
        /** Keys (exact) and owners (with everything that hangs on them) the request in flight may change. */
        final Set<String> maybeKeys = new HashSet<>();
        final Set<String> maybeOwners = new HashSet<>();
        /** The request in flight creates a resource whose id the writer does not know yet. */
        boolean maybeCreates;
        final List<String> refusals = new ArrayList<>();
        String baseUrl;
        Random rnd;
        int counter;

        Writer(int index) {
            this.index = index;
            this.prefix = "w" + index + "-";
        }

        void begin(String baseUrl, Random rnd) {
            this.baseUrl = baseUrl;
            this.rnd = rnd;
        }

        void run() throws Exception {
            try {
                while (true) {
                    if (!step()) continue;
                    if (Thread.currentThread().isInterrupted()) return;
                }
            } catch (Gone killed) {
                // the in-flight request stays undecided until the restart is checked
            }
        }

        /** One change chosen among those that apply now; false when the chosen one did not apply. */
        abstract boolean step() throws Gone;

        /** Sends one change; the facts it may touch are undecided until the answer. Null when refused. */
        <T> T change(Set<String> keys, Set<String> owners, boolean creates, Call<T> call) throws Gone {
            maybeKeys.addAll(keys);
            maybeOwners.addAll(owners);
            maybeCreates = creates;
            try {
                T answer = call.send();
                acknowledged.incrementAndGet();
                return answer;
            } catch (Refused r) {
                refusals.add(r.getMessage());
                assertThat(refusals).as(prefix + " refusals: the load asks only what should succeed").hasSizeLessThan(20);
                return null;
            } catch (IOException | InterruptedException e) {
                throw new Gone(e);
            }
        }

        /** After the answer was applied to expected: nothing is undecided any more. */
        void settled() {
            maybeKeys.clear();
            maybeOwners.clear();
            maybeCreates = false;
        }

        int verifyAndAdopt(Map<String, String> actual, List<String> lost) {
            Set<String> keys = new HashSet<>(expected.keySet());
            keys.addAll(actual.keySet());
            Set<String> known = expected.keySet().stream().map(StoreFacts::owner).collect(Collectors.toSet());
            Set<String> appeared = new HashSet<>();
            int checked = 0;
            for (String k : keys) {
                String owner = StoreFacts.owner(k);
                if (maybeKeys.contains(k) || maybeOwners.contains(owner)) continue;
                if (maybeCreates && !known.contains(owner)) {
                    appeared.add(owner);
                    continue;
                }
                checked++;
                if (!Objects.equals(expected.get(k), actual.get(k))) {
                    lost.add(prefix + ": " + k + " acknowledged as " + expected.get(k) + ", found " + actual.get(k));
                }
            }
            if (appeared.size() > 1) lost.add(prefix + ": more than the one resource in flight appeared: " + appeared);
            expected = new TreeMap<>(actual);
            settled();
            return checked;
        }

        // ---- what the writer has, from its facts

        List<String> ids(String kind) {
            return ids(kind, v -> true);
        }

        List<String> ids(String kind, Predicate<String> value) {
            List<String> out = new ArrayList<>();
            expected.forEach((k, v) -> {
                if (k.indexOf('/') < 0 && v.startsWith(kind + "|") && value.test(v)) out.add(k);
            });
            return out;
        }

        List<String> under(String owner, String what) {
            String p = owner + "/" + what + "/";
            List<String> out = new ArrayList<>();
            for (String k : expected.subMap(p, p + Character.MAX_VALUE).keySet()) out.add(k.substring(p.length()));
            return out;
        }

        /** The n-th field of a resource fact: "subnet|name|vpc|cidr" has vpc at 2. */
        String field(String id, int n) {
            return expected.get(id).split("\\|", -1)[n];
        }

        List<String> groupsIn(String vpc) {
            return ids("group", v -> v.endsWith("|" + vpc));
        }

        List<String> subnetsIn(String vpc) {
            return ids("subnet", v -> v.split("\\|")[2].equals(vpc));
        }

        /** The VPC of a host ("host|name|status|subnet"): its subnet's. */
        String vpcOfHost(String host) {
            return field(field(host, 3), 2);
        }

        /** Stops a running host or starts a stopped one. */
        boolean power(String stop, String start, String idParam) throws Gone {
            String h = pick(ids("host"));
            if (h == null) return false;
            boolean running = field(h, 2).equals("Running");
            String[] f = expected.get(h).split("\\|", -1);
            if (change(Set.of(h), Set.of(), false, () -> call("Action", running ? stop : start, idParam, h)) != null) {
                expected.put(h, f[0] + "|" + f[1] + "|" + (running ? "Stopped" : "Running") + "|" + f[3]);
            }
            settled();
            return true;
        }

        /** Sends a call in this writer's cloud; its answer when the server acknowledged it. */
        abstract Object call(String... kv) throws IOException, InterruptedException, Refused;

        /** Instances (or interfaces) bound to a group. */
        boolean used(String group) {
            for (String k : expected.keySet()) if (k.endsWith("/member/" + group)) return true;
            return false;
        }

        <T> T pick(List<T> from) {
            return from.isEmpty() ? null : from.get(rnd.nextInt(from.size()));
        }

        String name(String kind) {
            return prefix + kind + "-" + (++counter);
        }

        /** Removes a resource and every fact that hangs on it. */
        void forget(String owner) {
            expected.remove(owner);
            expected.keySet().removeIf(k -> k.startsWith(owner + "/"));
        }

        /** A free /24 of the VPC's 10.x.0.0/16. */
        String freeBlock(String vpc) {
            String base = field(vpc, 2).substring(0, field(vpc, 2).indexOf(".0.0/16"));
            Set<String> taken = new HashSet<>();
            for (String s : subnetsIn(vpc)) taken.add(field(s, 3));
            for (int tries = 0; tries < 50; tries++) {
                String block = base + "." + rnd.nextInt(256) + ".0/24";
                if (!taken.contains(block)) return block;
            }
            return null;
        }

        /** A 10.x.0.0/16 no VPC of this writer has (each writer has x among its own 16). */
        String vpcBlock() {
            Set<String> taken = new HashSet<>();
            for (String v : ids("vpc")) taken.add(field(v, 2));
            for (int x = 0; ; x++) {
                String block = "10." + (index * 16 + x) + ".0.0/16";
                if (!taken.contains(block)) return block;
            }
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T send() throws IOException, InterruptedException, Refused;
    }

    /** ECS and VPC through signed RPC calls (XML answers). */
    private final class AliyunWriter extends Writer {
        private static final String REGION = "cn-hangzhou";
        private static final String ZONE = "cn-hangzhou-b";
        private String image;

        AliyunWriter(int index) {
            super(index);
        }

        @Override
        void begin(String baseUrl, Random rnd) {
            super.begin(baseUrl, rnd);
            try {
                image = Clients.field(send("Action", "DescribeImages", "RegionId", REGION, "PageSize", "1"), "ImageId");
            } catch (Exception e) {
                throw new IllegalStateException("no image to run instances from", e);
            }
        }

        @Override
        String call(String... kv) throws IOException, InterruptedException, Refused {
            return send(kv);
        }

        private String send(String... kv) throws IOException, InterruptedException, Refused {
            Map<String, String> p = Clients.params(kv);
            p.putIfAbsent("RegionId", REGION);
            Map<String, String> signed = AliyunV1Signer.sign("GET", Clients.AK, Clients.SECRET, p);
            String xml = Clients.HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/?" + AliyunV1Signer.query(signed)))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
            String code = Clients.field(xml, "Code");
            if (code != null) throw new Refused(p.get("Action") + ": " + code + " " + Clients.field(xml, "Message"));
            return xml;
        }

        @Override
        boolean step() throws Gone {
            return switch (rnd.nextInt(21)) {
                case 20 -> power("StopInstance", "StartInstance", "InstanceId");
                case 0 -> createVpc();
                case 1 -> createVSwitch();
                case 2, 3 -> createGroup();
                case 4 -> renameGroup();
                case 5 -> authorize();
                case 6 -> revoke();
                case 7 -> tag();
                case 8 -> untag();
                case 9, 10 -> runInstance();
                case 11 -> join();
                case 12 -> leave();
                case 13 -> deleteInstance();
                case 14 -> createInterface();
                case 15 -> attachOrDetach();
                case 16 -> deleteInterface();
                case 17 -> deleteGroup();
                case 18 -> deleteVSwitch();
                default -> deleteVpc();
            };
        }

        boolean createVpc() throws Gone {
            if (ids("vpc").size() >= 2) return false;
            String name = name("vpc");
            String block = vpcBlock();
            String id = change(Set.of(), Set.of(), true, () -> Clients.field(send("Action", "CreateVpc",
                    "Version", "2016-04-28", "CidrBlock", block, "VpcName", name), "VpcId"));
            if (id != null) expected.put(id, "vpc|" + name + "|" + block);
            settled();
            return true;
        }

        boolean createVSwitch() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || subnetsIn(vpc).size() >= 2) return false;
            String block = freeBlock(vpc);
            if (block == null) return false;
            String name = name("vsw");
            String id = change(Set.of(), Set.of(), true, () -> Clients.field(send("Action", "CreateVSwitch",
                    "Version", "2016-04-28", "VpcId", vpc, "ZoneId", ZONE, "CidrBlock", block, "VSwitchName", name),
                    "VSwitchId"));
            if (id != null) expected.put(id, "subnet|" + name + "|" + vpc + "|" + block);
            settled();
            return true;
        }

        boolean createGroup() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || ids("group").size() >= 6) return false;
            String name = name("sg");
            String id = change(Set.of(), Set.of(), true, () -> Clients.field(send("Action", "CreateSecurityGroup",
                    "VpcId", vpc, "SecurityGroupName", name), "SecurityGroupId"));
            if (id != null) expected.put(id, "group|" + name + "|" + vpc);
            settled();
            return true;
        }

        boolean renameGroup() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String name = name("sg");
            if (change(Set.of(g), Set.of(), false, () -> send("Action", "ModifySecurityGroupAttribute",
                    "SecurityGroupId", g, "SecurityGroupName", name)) != null) {
                expected.put(g, "group|" + name + "|" + field(g, 2));
            }
            settled();
            return true;
        }

        boolean authorize() throws Gone {
            String g = pick(ids("group"));
            if (g == null || under(g, "rule").size() >= 8) return false;
            int port = 1 + rnd.nextInt(65535);
            String key = g + "/rule/ingress/" + port + "/" + port;
            if (expected.containsKey(key)) return false;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "AuthorizeSecurityGroup", "SecurityGroupId",
                    g, "IpProtocol", "tcp", "PortRange", port + "/" + port, "SourceCidrIp", "0.0.0.0/0")) != null) {
                expected.put(key, "1");
            }
            settled();
            return true;
        }

        boolean revoke() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String rule = pick(under(g, "rule"));
            if (rule == null) return false;
            String ports = rule.substring("ingress/".length());
            String key = g + "/rule/" + rule;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "RevokeSecurityGroup", "SecurityGroupId", g,
                    "IpProtocol", "tcp", "PortRange", ports, "SourceCidrIp", "0.0.0.0/0")) != null) {
                expected.remove(key);
            }
            settled();
            return true;
        }

        boolean tag() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String k = "k" + rnd.nextInt(4);
            String v = "v" + rnd.nextInt(1000);
            String key = g + "/tag/" + k;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "TagResources", "ResourceType",
                    "securitygroup", "ResourceId.1", g, "Tag.1.Key", k, "Tag.1.Value", v)) != null) {
                expected.put(key, v);
            }
            settled();
            return true;
        }

        boolean untag() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String k = pick(under(g, "tag"));
            if (k == null) return false;
            String key = g + "/tag/" + k;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "UntagResources", "ResourceType",
                    "securitygroup", "ResourceId.1", g, "TagKey.1", k)) != null) {
                expected.remove(key);
            }
            settled();
            return true;
        }

        boolean runInstance() throws Gone {
            String sw = pick(ids("subnet"));
            if (sw == null || ids("host").size() >= 4) return false;
            String vpc = field(sw, 2);
            String g = pick(groupsIn(vpc));
            if (g == null) return false;
            String name = name("i");
            String xml = change(Set.of(), Set.of(), true, () -> send("Action", "RunInstances", "ImageId", image,
                    "InstanceType", "ecs.g6.large", "VSwitchId", sw, "SecurityGroupId", g, "InstanceName", name,
                    "Amount", "1"));
            if (xml != null) {
                String id = Clients.field(xml, "InstanceIdSet");
                expected.put(id, "host|" + name + "|Running|" + sw);
                expected.put(id + "/member/" + g, "1");
            }
            settled();
            return true;
        }

        boolean join() throws Gone {
            String i = pick(ids("host"));
            if (i == null || under(i, "member").size() >= 5) return false;
            List<String> candidates = new ArrayList<>(groupsIn(vpcOfHost(i)));
            candidates.removeAll(under(i, "member"));
            String g = pick(candidates);
            if (g == null) return false;
            String key = i + "/member/" + g;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "JoinSecurityGroup", "InstanceId", i,
                    "SecurityGroupId", g)) != null) expected.put(key, "1");
            settled();
            return true;
        }

        boolean leave() throws Gone {
            String i = pick(ids("host"));
            if (i == null || under(i, "member").size() < 2) return false;
            String g = pick(under(i, "member"));
            String key = i + "/member/" + g;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "LeaveSecurityGroup", "InstanceId", i,
                    "SecurityGroupId", g)) != null) expected.remove(key);
            settled();
            return true;
        }

        boolean deleteInstance() throws Gone {
            String i = pick(ids("host"));
            if (i == null || expected.containsValue(i)) return false; // an interface is attached to it
            if (change(Set.of(), Set.of(i), false, () -> send("Action", "DeleteInstance", "InstanceId", i,
                    "Force", "true")) != null) forget(i);
            settled();
            return true;
        }

        boolean createInterface() throws Gone {
            String sw = pick(ids("subnet"));
            if (sw == null || ids("eni").size() >= 3) return false;
            String g = pick(groupsIn(field(sw, 2)));
            if (g == null) return false;
            String name = name("eni");
            String id = change(Set.of(), Set.of(), true, () -> Clients.field(send("Action", "CreateNetworkInterface",
                    "VSwitchId", sw, "SecurityGroupId", g, "NetworkInterfaceName", name), "NetworkInterfaceId"));
            if (id != null) {
                expected.put(id, "eni|" + name + "|" + sw);
                expected.put(id + "/member/" + g, "1");
            }
            settled();
            return true;
        }

        boolean attachOrDetach() throws Gone {
            String e = pick(ids("eni"));
            if (e == null) return false;
            String key = e + "/instance";
            String attached = expected.get(key);
            if (attached != null) {
                if (change(Set.of(key), Set.of(), false, () -> send("Action", "DetachNetworkInterface",
                        "NetworkInterfaceId", e, "InstanceId", attached)) != null) expected.remove(key);
            } else {
                String sw = field(e, 2);
                String i = pick(ids("host", v -> v.endsWith("|" + sw)));
                if (i == null) return false;
                if (change(Set.of(key), Set.of(), false, () -> send("Action", "AttachNetworkInterface",
                        "NetworkInterfaceId", e, "InstanceId", i)) != null) expected.put(key, i);
            }
            settled();
            return true;
        }

        boolean deleteInterface() throws Gone {
            String e = pick(ids("eni"));
            if (e == null || expected.containsKey(e + "/instance")) return false;
            if (change(Set.of(), Set.of(e), false, () -> send("Action", "DeleteNetworkInterface",
                    "NetworkInterfaceId", e)) != null) forget(e);
            settled();
            return true;
        }

        boolean deleteGroup() throws Gone {
            String g = pick(ids("group"));
            if (g == null || used(g)) return false;
            if (change(Set.of(), Set.of(g), false, () -> send("Action", "DeleteSecurityGroup",
                    "SecurityGroupId", g)) != null) forget(g);
            settled();
            return true;
        }

        boolean deleteVSwitch() throws Gone {
            String sw = pick(ids("subnet"));
            if (sw == null || !ids("host", v -> v.endsWith("|" + sw)).isEmpty()
                    || !ids("eni", v -> v.endsWith("|" + sw)).isEmpty()) return false;
            if (change(Set.of(), Set.of(sw), false, () -> send("Action", "DeleteVSwitch", "Version", "2016-04-28",
                    "VSwitchId", sw)) != null) forget(sw);
            settled();
            return true;
        }

        boolean deleteVpc() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || !groupsIn(vpc).isEmpty() || !subnetsIn(vpc).isEmpty()) {
                return false;
            }
            if (change(Set.of(), Set.of(vpc), false, () -> send("Action", "DeleteVpc", "Version", "2016-04-28",
                    "VpcId", vpc)) != null) forget(vpc);
            settled();
            return true;
        }
    }

    /** VPC, UNet and UHost through signed JSON calls. */
    private final class UcloudWriter extends Writer {
        private static final String ZONE = "cn-bj2-02";
        private String image;

        UcloudWriter(int index) {
            super(index);
        }

        @Override
        void begin(String baseUrl, Random rnd) {
            super.begin(baseUrl, rnd);
            try {
                image = send("Action", "DescribeImage", "Zone", ZONE, "Limit", "1").get("ImageSet").get(0)
                        .get("ImageId").asString();
            } catch (Exception e) {
                throw new IllegalStateException("no image to create hosts from", e);
            }
        }

        @Override
        JsonNode call(String... kv) throws IOException, InterruptedException, Refused {
            return send(kv);
        }

        private JsonNode send(String... kv) throws IOException, InterruptedException, Refused {
            Map<String, String> p = Clients.params(kv);
            p.putIfAbsent("Region", "cn-bj2");
            String body = JSON.writeValueAsString(UcloudSigner.sign("cloudtwin-demo-public", "cloudtwin-demo-private", p));
            JsonNode answer = JSON.readTree(Clients.HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                    .timeout(TIMEOUT).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (answer.get("RetCode").asInt() != 0) {
                throw new Refused(p.get("Action") + ": " + answer.get("RetCode") + " " + answer.path("Message").asString());
            }
            return answer;
        }

        @Override
        boolean step() throws Gone {
            return switch (rnd.nextInt(21)) {
                case 20 -> power("StopUHostInstance", "StartUHostInstance", "UHostId");
                case 0 -> createVpc();
                case 1 -> createSubnet();
                case 2, 3 -> createGroup();
                case 4 -> renameGroup();
                case 5, 6 -> addRule();
                case 7 -> deleteRule();
                case 8, 9 -> createHost();
                case 10 -> associate();
                case 11 -> disassociate();
                case 12 -> terminate();
                case 13 -> createFirewall();
                case 14 -> updateFirewall();
                case 15 -> grantFirewall();
                case 16 -> deleteFirewall();
                case 17 -> deleteGroup();
                case 18 -> deleteSubnet();
                default -> deleteVpc();
            };
        }

        boolean createVpc() throws Gone {
            if (ids("vpc").size() >= 2) return false;
            String name = name("vpc");
            String block = vpcBlock();
            JsonNode a = change(Set.of(), Set.of(), true, () -> send("Action", "CreateVPC", "Name", name, "Network.0", block));
            if (a != null) expected.put(a.get("VPCId").asString(), "vpc|" + name + "|" + block);
            settled();
            return true;
        }

        boolean createSubnet() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || subnetsIn(vpc).size() >= 2) return false;
            String block = freeBlock(vpc);
            if (block == null) return false;
            String name = name("subnet");
            JsonNode a = change(Set.of(), Set.of(), true, () -> send("Action", "CreateSubnet", "VPCId", vpc, "Subnet",
                    block.substring(0, block.indexOf('/')), "Netmask", "24", "SubnetName", name));
            if (a != null) expected.put(a.get("SubnetId").asString(), "subnet|" + name + "|" + vpc + "|" + block);
            settled();
            return true;
        }

        boolean createGroup() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || ids("group").size() >= 6) return false;
            String name = name("sg");
            JsonNode a = change(Set.of(), Set.of(), true, () -> send("Action", "CreateSecGroup", "VPCID", vpc, "Name", name));
            if (a != null) expected.put(a.get("SecGroupId").asString(), "group|" + name + "|" + vpc);
            settled();
            return true;
        }

        boolean renameGroup() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String name = name("sg");
            if (change(Set.of(g), Set.of(), false, () -> send("Action", "UpdateSecGroup", "SecGroupId.0", g,
                    "Name", name)) != null) {
                expected.put(g, "group|" + name + "|" + field(g, 2));
            }
            settled();
            return true;
        }

        boolean addRule() throws Gone {
            String g = pick(ids("group"));
            if (g == null || under(g, "rule").size() >= 8) return false;
            int port = 1 + rnd.nextInt(65535);
            String key = g + "/rule/Ingress/" + port;
            if (expected.containsKey(key)) return false;
            JsonNode a = change(Set.of(key), Set.of(), false, () -> send("Action", "CreateSecGroupRule",
                    "SecGroupId", g, "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", String.valueOf(port),
                    "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.RuleAction", "Accept", "Rule.0.Priority", "1",
                    "Rule.0.Direction", "Ingress", "Rule.0.Remark", name("rule")));
            if (a != null) expected.put(key, a.get("RuleId").get(0).asString());
            settled();
            return true;
        }

        boolean deleteRule() throws Gone {
            String g = pick(ids("group"));
            if (g == null) return false;
            String rule = pick(under(g, "rule"));
            if (rule == null) return false;
            String key = g + "/rule/" + rule;
            String ruleId = expected.get(key);
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "DeleteSecGroupRule", "SecGroupId", g,
                    "RuleId.0", ruleId)) != null) expected.remove(key);
            settled();
            return true;
        }

        boolean createHost() throws Gone {
            String subnet = pick(ids("subnet"));
            if (subnet == null || ids("host").size() >= 4) return false;
            String vpc = field(subnet, 2);
            String name = name("h");
            String firewall = rnd.nextInt(3) == 0 ? pick(ids("firewall")) : null;
            String g = firewall == null ? pick(groupsIn(vpc)) : null;
            if (firewall == null && g == null) return false;
            List<String> p = new ArrayList<>(List.of("Action", "CreateUHostInstance", "Zone", ZONE, "ImageId", image,
                    "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type",
                    "CLOUD_SSD", "Disks.0.Size", "20", "VPCId", vpc, "SubnetId", subnet, "Name", name));
            if (firewall != null) p.addAll(List.of("SecurityGroupId", firewall));
            else p.addAll(List.of("SecurityMode", "SecGroup", "SecGroupId.0.Id", g, "SecGroupId.0.Priority", "1"));
            JsonNode a = change(Set.of(), Set.of(), true, () -> send(p.toArray(String[]::new)));
            if (a != null) {
                String id = a.get("UHostIds").get(0).asString();
                expected.put(id, "host|" + name + "|Running|" + subnet);
                if (firewall != null) expected.put(id + "/firewall", firewall);
                else expected.put(id + "/member/" + g, "1");
            }
            settled();
            return true;
        }

        boolean associate() throws Gone {
            String h = pick(ids("host"));
            if (h == null || under(h, "member").isEmpty() || under(h, "member").size() >= 5) return false;
            List<String> candidates = new ArrayList<>(groupsIn(vpcOfHost(h)));
            candidates.removeAll(under(h, "member"));
            String g = pick(candidates);
            if (g == null) return false;
            String key = h + "/member/" + g;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "AssociateSecGroup", "ResourceId.0", h,
                    "PrioritySecGroup.0.SecGroupId", g, "PrioritySecGroup.0.Priority",
                    String.valueOf(2 + under(h, "member").size()))) != null) expected.put(key, "1");
            settled();
            return true;
        }

        boolean disassociate() throws Gone {
            String h = pick(ids("host"));
            if (h == null || under(h, "member").size() < 2) return false;
            String g = pick(under(h, "member"));
            String key = h + "/member/" + g;
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "DisassociateSecGroup", "SecGroupId.0", g,
                    "ResourceId.0", h)) != null) expected.remove(key);
            settled();
            return true;
        }

        /** UCloud terminates stopped hosts only. */
        boolean terminate() throws Gone {
            String h = pick(ids("host", v -> v.split("\\|")[2].equals("Stopped")));
            if (h == null) return false;
            if (change(Set.of(), Set.of(h), false, () -> send("Action", "TerminateUHostInstance", "UHostId", h)) != null) {
                forget(h);
            }
            settled();
            return true;
        }

        boolean createFirewall() throws Gone {
            if (ids("firewall").size() >= 3) return false;
            String name = name("fw");
            String rule = "TCP|" + (1 + rnd.nextInt(65535)) + "|0.0.0.0/0|ACCEPT|HIGH";
            JsonNode a = change(Set.of(), Set.of(), true, () -> send("Action", "CreateFirewall", "Name", name, "Rule.0", rule));
            if (a != null) {
                String id = a.get("FWId").asString();
                expected.put(id, "firewall|" + name);
                expected.put(id + "/rule/" + rule, "1");
            }
            settled();
            return true;
        }

        boolean updateFirewall() throws Gone {
            String fw = pick(ids("firewall"));
            if (fw == null) return false;
            String a = "TCP|" + (1 + rnd.nextInt(65535)) + "|0.0.0.0/0|ACCEPT|HIGH";
            String b = "UDP|" + (1 + rnd.nextInt(65535)) + "|10.0.0.0/8|DROP|LOW";
            if (change(Set.of(), Set.of(fw), false, () -> send("Action", "UpdateFirewall", "FWId", fw, "Rule.0", a,
                    "Rule.1", b)) != null) {
                expected.keySet().removeIf(k -> k.startsWith(fw + "/rule/"));
                expected.put(fw + "/rule/" + a, "1");
                expected.put(fw + "/rule/" + b, "1");
            }
            settled();
            return true;
        }

        boolean grantFirewall() throws Gone {
            String h = pick(ids("host", v -> true).stream().filter(x -> expected.containsKey(x + "/firewall")).toList());
            String fw = pick(ids("firewall"));
            if (h == null || fw == null) return false;
            String key = h + "/firewall";
            if (change(Set.of(key), Set.of(), false, () -> send("Action", "GrantFirewall", "FWId", fw, "ResourceType",
                    "uhost", "ResourceId", h)) != null) expected.put(key, fw);
            settled();
            return true;
        }

        boolean deleteFirewall() throws Gone {
            String fw = pick(ids("firewall"));
            if (fw == null || expected.containsValue(fw)) return false;
            if (change(Set.of(), Set.of(fw), false, () -> send("Action", "DeleteFirewall", "FWId", fw)) != null) forget(fw);
            settled();
            return true;
        }

        boolean deleteGroup() throws Gone {
            String g = pick(ids("group"));
            if (g == null || used(g)) return false;
            if (change(Set.of(), Set.of(g), false, () -> send("Action", "DeleteSecGroup", "SecGroupId", g)) != null) forget(g);
            settled();
            return true;
        }

        boolean deleteSubnet() throws Gone {
            String s = pick(ids("subnet"));
            if (s == null || !ids("host", v -> v.endsWith("|" + s)).isEmpty()) return false;
            if (change(Set.of(), Set.of(s), false, () -> send("Action", "DeleteSubnet", "SubnetId", s)) != null) forget(s);
            settled();
            return true;
        }

        boolean deleteVpc() throws Gone {
            String vpc = pick(ids("vpc"));
            if (vpc == null || !groupsIn(vpc).isEmpty() || !subnetsIn(vpc).isEmpty()) {
                return false;
            }
            if (change(Set.of(), Set.of(vpc), false, () -> send("Action", "DeleteVPC", "VPCId", vpc)) != null) forget(vpc);
            settled();
            return true;
        }
    }
}
