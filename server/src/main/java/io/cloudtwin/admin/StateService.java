package io.cloudtwin.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.QuotaStore;
import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.security.Firewall;
import io.cloudtwin.core.security.FirewallRule;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.compute.Transitions;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.DefaultNetworkStore;
import io.cloudtwin.core.security.FirewallStore;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.security.MembershipStore;
import io.cloudtwin.core.network.NetworkStore;
import io.cloudtwin.core.security.RuleStore;
import io.cloudtwin.core.security.SecurityGroupStore;

/** Exports the whole store as a Fixture, and imports one (seed files, admin API). */
@Service
public class StateService {
    private final Accounts accounts;
    private final SecurityGroupStore groups;
    private final InstanceStore instances;
    private final MembershipStore memberships;
    private final RuleStore rules;
    private final Transitions clock;
    private final QuotaStore quotas;
    private final NetworkStore networks;
    private final FirewallStore firewalls;
    private final DefaultNetworkStore defaultNetworks;

    private final io.cloudtwin.core.security.GroupPolicyStore extras;
    private final io.cloudtwin.core.tag.TagStore tagStore;
    private final io.cloudtwin.core.compute.InterfaceStore interfaceStore;
    private final io.cloudtwin.core.compute.UhostDetailStore uhostDetails;

    public StateService(Accounts accounts, SecurityGroupStore groups, InstanceStore instances,
                        MembershipStore memberships, RuleStore rules, Transitions clock, NetworkStore networks,
                        FirewallStore firewalls, DefaultNetworkStore defaultNetworks,
                        io.cloudtwin.core.security.GroupPolicyStore extras, io.cloudtwin.core.tag.TagStore tagStore,
                        io.cloudtwin.core.compute.InterfaceStore interfaceStore, io.cloudtwin.core.compute.UhostDetailStore uhostDetails,
                        QuotaStore quotas) {
        this.quotas = quotas;
        this.uhostDetails = uhostDetails;
        this.defaultNetworks = defaultNetworks;
        this.interfaceStore = interfaceStore;
        this.extras = extras;
        this.tagStore = tagStore;
        this.networks = networks;
        this.firewalls = firewalls;
        this.accounts = accounts;
        this.groups = groups;
        this.instances = instances;
        this.memberships = memberships;
        this.rules = rules;
        this.clock = clock;
    }

    /** A fixture that cannot be imported: names what is wrong. */
    public static class InvalidFixture extends RuntimeException {
        InvalidFixture(String message) {
            super(message, null, false, false);
        }
    }

    /** The whole state without account secrets (access key secrets, private keys). */
    public Fixture export() {
        return export(false);
    }

    /** The whole state; account secrets only when asked for. */
    @Transactional(readOnly = true)
    public Fixture export(boolean secrets) {
        clock.settle();
        var allRules = rules.all();
        var policies = extras.innerAccessPolicies(groups.all().stream().map(SecurityGroup::id).toList());
        var bindings = memberships.all();
        var firewallOf = firewalls.allBindings();
        List<CloudtwinProperties.AccountProperties> accountDocs = accounts.all().stream()
                .map(a -> secrets ? a.toProperties() : a.withoutSecrets().toProperties()).toList();
        List<Fixture.Group> groupDocs = groups.all().stream().map(g -> new Fixture.Group(g.cloud().key(), g.accountId(),
                g.region(), g.projectId(), g.id(), g.name(), g.description(), g.vpcId(), g.groupType(), g.tag(),
                allRules.getOrDefault(g.id(), List.of()).stream().map(r -> new Fixture.Rule(r.id(), r.direction(),
                        r.ipRange(), r.priority(), r.protocol(), r.dstPort(), r.action(), r.remark(), r.peerGroupId(),
                        r.peerPort(), r.nicType())).toList(), policies.get(g.id()))).toList();
        List<Instance> allInstances = instances.all();
        var details = uhostDetails.find(allInstances.stream().filter(i -> i.cloud() == Cloud.UCLOUD)
                .map(Instance::id).toList());
        List<Fixture.Host> hostDocs = allInstances.stream().map(i -> new Fixture.Host(i.cloud().key(), i.accountId(),
                i.region(), i.projectId(), i.zone(), i.id(), i.name(), i.description(), i.imageId(), i.instanceType(),
                i.vpcId(), i.cpu(), i.memoryMb(), statusWord(i.status()), i.lockReason(), i.tag(),
                bindings.getOrDefault(i.id(), List.of()).stream()
                        .map(m -> new Fixture.Binding(m.groupId(), m.priority())).toList(),
                i.subnetId(), i.privateIp(), firewallOf.get(i.id()), uhostDoc(details.get(i.id())))).toList();
        List<Fixture.Network> vpcDocs = networks.allVpcs().stream().map(v -> new Fixture.Network(v.cloud().key(),
                v.accountId(), v.region(), v.projectId(), v.id(), v.name(), v.description(), v.cidrBlocks(), v.tag()))
                .toList();
        var defaults = defaultNetworks.allSubnetIds();
        List<Fixture.Subnet> subnetDocs = networks.allSubnets().stream().map(s -> new Fixture.Subnet(s.cloud().key(),
                s.accountId(), s.region(), s.projectId(), s.id(), s.vpcId(), s.zone(), s.name(), s.description(),
                s.cidrBlock(), s.tag(), defaults.contains(s.id()) ? Boolean.TRUE : null)).toList();
        var allFirewalls = firewalls.all();
        var firewallRules = firewalls.rulesOf(allFirewalls.stream().map(Firewall::id).toList());
        List<Fixture.Firewall> firewallDocs = allFirewalls.stream().map(fw -> new Fixture.Firewall(fw.accountId(),
                fw.region(), fw.projectId(), fw.id(), fw.name(), fw.tag(), fw.remark(), fw.type(),
                firewallRules.getOrDefault(fw.id(), List.of()).stream().map(FirewallRule::text).toList())).toList();
        List<Fixture.Tag> tagDocs = tagStore.all().stream().map(t -> new Fixture.Tag((String) t.get("cloud"),
                (String) t.get("account"), (String) t.get("region"), (String) t.get("resourceType"),
                (String) t.get("resourceId"), (String) t.get("key"), (String) t.get("value"))).toList();
        var rows = interfaceStore.all();
        var ifGroups = interfaceStore.groupsOf(rows.stream().map(io.cloudtwin.core.compute.NetworkInterface::id).toList());
        List<Fixture.Interface> interfaceDocs = rows.stream().map(r -> new Fixture.Interface(r.cloud(), r.accountId(),
                r.region(), r.id(), r.subnetId(), r.privateIp(), r.name(), r.description(), r.instanceId(),
                ifGroups.getOrDefault(r.id(), List.of()))).toList();
        return new Fixture(accountDocs, groupDocs, hostDocs, vpcDocs, subnetDocs, firewallDocs, tagDocs,
                interfaceDocs);
    }

    /**
     * Imports a fixture in one transaction: all of it, or (InvalidFixture) none of it. Returns what was created.
     * An account that exists keeps its keys unless replaceAccounts (then a key the fixture leaves out, as an export
     * without secrets does, keeps its value).
     */
    @Transactional
    public Map<String, Integer> importFixture(Fixture f, boolean replaceAccounts) {
        int newAccounts = 0, newGroups = 0, newInstances = 0;
        quotas.forgetAll(); // counted afresh, imported resources included
        for (var a : nz(f.accounts())) {
            if (a.id() == null || a.id().isBlank()) throw new InvalidFixture("an account has no id");
            Account given = Account.from(a.name() != null ? a
                    : new CloudtwinProperties.AccountProperties(a.id(), a.id(), a.aliyun(), a.ucloud()));
            var existing = accounts.byId(a.id());
            if (existing.isPresent()) {
                if (replaceAccounts) accounts.register(given.secretsFrom(existing.get()));
                continue;
            }
            accounts.register(given);
            newAccounts++;
        }
        var now = clock.now();
        int newVpcs = 0, newSubnets = 0;
        for (Fixture.Network n : nz(f.vpcs())) {
            Cloud cloud = cloud(n.cloud());
            Account account = account(n.account());
            String id = n.id() == null ? Ids.vpcId(cloud) : n.id();
            if (networks.vpcExists(id)) continue;
            List<String> blocks = nz(n.cidrBlocks());
            if (blocks.isEmpty()) throw new InvalidFixture("VPC " + id + " has no cidrBlocks");
            for (String b : blocks) cidr(b, "VPC " + id);
            networks.insert(new Vpc(id, cloud, account.id(), required(n.region(), "region of VPC " + id),
                    project(cloud, account, n.project()), s(n.name()), s(n.description()), blocks, s(n.tag()), now));
            newVpcs++;
        }
        for (Fixture.Subnet n : nz(f.subnets())) {
            Cloud cloud = cloud(n.cloud());
            Account account = account(n.account());
            String id = n.id() == null ? Ids.subnetId(cloud) : n.id();
            if (networks.subnetExists(id)) continue;
            String region = required(n.region(), "region of subnet " + id);
            String project = project(cloud, account, n.project());
            Vpc vpc = networks.findVpc(new io.cloudtwin.core.Scope(cloud, account.id(), region, project),
                    required(n.vpcId(), "vpcId of subnet " + id)).orElseThrow(() -> new InvalidFixture("subnet " + id
                    + " names VPC " + n.vpcId() + ", which is not in its cloud, account, region and project"));
            Cidr block = cidr(n.cidrBlock(), "subnet " + id);
            if (vpc.cidrBlocks().stream().map(Cidr::parse).noneMatch(b -> b.contains(block))) {
                throw new InvalidFixture("subnet " + id + ": " + n.cidrBlock() + " is outside VPC " + vpc.id());
            }
            networks.insert(new io.cloudtwin.core.network.Subnet(id, cloud, account.id(), region, project, vpc.id(),
                    s(n.zone()), s(n.name()), s(n.description()), block.toString(), s(n.tag()), now));
            if (Boolean.TRUE.equals(n.defaultNetwork())) {
                if (cloud != Cloud.UCLOUD) throw new InvalidFixture("subnet " + id + ": default networks are UCloud's");
                try {
                    defaultNetworks.insert(new io.cloudtwin.core.Scope(cloud, account.id(), region, project),
                            new DefaultNetworkStore.Ids(vpc.id(), id));
                } catch (org.springframework.dao.DataIntegrityViolationException e) {
                    throw new InvalidFixture("subnet " + id + ": its region and project already have a default network");
                }
            }
            newSubnets++;
        }
        for (Fixture.Group g : nz(f.securityGroups())) {
            Cloud cloud = cloud(g.cloud());
            Account account = account(g.account());
            String id = g.id() == null ? Ids.securityGroupId(cloud) : g.id();
            if (groups.exists(id)) continue;
            groups.insert(new SecurityGroup(id, cloud, account.id(), required(g.region(), "region of group " + id),
                    project(cloud, account, g.project()), s(g.name()), s(g.description()), s(g.vpcId()),
                    g.type() == null ? (cloud == Cloud.ALIYUN ? "normal" : "user defined") : g.type(), now, s(g.tag())));
            for (Fixture.Rule r : nz(g.rules())) {
                rules.insert(new SecurityGroupRule(r.id() == null ? java.util.UUID.randomUUID().toString() : r.id(), id,
                        required(r.direction(), "rule direction"), (s(r.peerGroupId()).isEmpty() ? required(r.ipRange(), "rule ipRange") : s(r.ipRange())),
                        r.priority() == null ? 1 : r.priority(), required(r.protocol(), "rule protocol"), s(r.dstPort()),
                        required(r.action(), "rule action"), s(r.remark()), s(r.peerGroupId()), s(r.peerPort()),
                        s(r.nicType()), now), now);
            }
            if (g.innerAccessPolicy() != null) {
                if (!g.innerAccessPolicy().equals("Accept") && !g.innerAccessPolicy().equals("Drop")) {
                    throw new InvalidFixture("group " + id + ": innerAccessPolicy is Accept or Drop");
                }
                extras.setInnerAccessPolicy(id, g.innerAccessPolicy());
            }
            newGroups++;
        }
        int newFirewalls = 0;
        for (Fixture.Firewall fw : nz(f.firewalls())) {
            Account account = account(fw.account());
            String id = fw.id() == null ? Ids.random("firewall-", 8) : fw.id();
            if (firewalls.exists(id)) continue;
            String type = fw.type() == null || fw.type().isBlank() ? FirewallService.USER_DEFINED : fw.type();
            String kind = switch (type) {
                case FirewallService.USER_DEFINED -> null;
                case "recommend web" -> "web";
                case "recommend non web" -> "non web";
                default -> throw new InvalidFixture("firewall " + id + ": type must be user defined, recommend web or "
                        + "recommend non web, not " + type);
            };
            List<FirewallRule> parsed = new java.util.ArrayList<>();
            for (String r : nz(fw.rules())) {
                try {
                    parsed.add(FirewallRule.parse(r));
                } catch (io.cloudtwin.core.DomainException e) {
                    throw new InvalidFixture("firewall " + id + ": rule " + r + " is not PROTOCOL|PORT|SRC_IP|ACTION|PRIORITY");
                }
            }
            try {
                firewalls.insert(new Firewall(id, Cloud.UCLOUD, account.id(), required(fw.region(), "region of firewall " + id),
                        project(Cloud.UCLOUD, account, fw.project()), String.valueOf(100_000 + Math.abs(id.hashCode() % 900_000)),
                        required(fw.name(), "name of firewall " + id), fw.tag() == null ? "Default" : fw.tag(), s(fw.remark()),
                        type, kind, now));
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new InvalidFixture("firewall " + id + ": its name, or its recommended kind, is taken in its region "
                        + "and project, or a field is too long (name 128, tag 64, remark 512)");
            }
            firewalls.replaceRules(id, parsed);
            newFirewalls++;
        }
        for (Fixture.Host h : nz(f.instances())) {
            Cloud cloud = cloud(h.cloud());
            Account account = account(h.account());
            String id = h.id() == null ? Ids.instanceId(cloud) : h.id();
            if (instances.exists(id)) continue;
            String region = required(h.region(), "region of instance " + id);
            String project = project(cloud, account, h.project());
            String subnetId = s(h.subnetId());
            String vpcId = s(h.vpcId());
            if (!subnetId.isEmpty()) {
                var subnet = networks.findSubnet(new io.cloudtwin.core.Scope(cloud, account.id(), region, project),
                        subnetId).orElseThrow(() -> new InvalidFixture("instance " + id + " names subnet " + subnetId
                        + ", which is not in its cloud, account, region and project"));
                if (!vpcId.isEmpty() && !vpcId.equals(subnet.vpcId())) {
                    throw new InvalidFixture("instance " + id + ": subnet " + subnetId + " is not in VPC " + vpcId);
                }
                vpcId = subnet.vpcId();
                String ip = required(h.privateIp(), "privateIp of instance " + id + " (it names a subnet)");
                long address;
                try {
                    address = Cidr.address(ip);
                } catch (IllegalArgumentException e) {
                    throw new InvalidFixture("instance " + id + ": " + e.getMessage());
                }
                if (!Cidr.parse(subnet.cidrBlock()).contains(address)) {
                    throw new InvalidFixture("instance " + id + ": " + ip + " is outside subnet " + subnetId);
                }
                try {
                    networks.addAddress(subnetId, ip, id);
                } catch (org.springframework.dao.DataIntegrityViolationException e) {
                    throw new InvalidFixture("instance " + id + ": " + ip + " is already given out in " + subnetId);
                }
            }
            instances.insert(new Instance(id, cloud, account.id(), region, project, s(h.zone()), s(h.name()),
                    s(h.description()), s(h.imageId()), s(h.instanceType()), vpcId,
                    h.cpu() == null ? 2 : h.cpu(), h.memoryMb() == null ? 4096 : h.memoryMb(), status(h.status()),
                    h.lockReason(), now, s(h.tag()), subnetId, subnetId.isEmpty() ? "" : h.privateIp(), List.of()),
                    null, null);
            if (h.uhost() != null) {
                if (cloud != Cloud.UCLOUD) throw new InvalidFixture("instance " + id + ": uhost details are for UCloud hosts");
                uhostDetails.insert(id, uhostDetail(id, h.uhost()));
            }
            for (Fixture.Binding b : nz(h.securityGroups())) {
                groups.find(new io.cloudtwin.core.Scope(cloud, account.id(), region, project), b.id())
                        .orElseThrow(() -> new InvalidFixture("instance " + id + " names security group " + b.id()
                                + ", which is not in its cloud, account, region and project"));
                memberships.add(id, b.id(), b.priority() == null ? 1 : b.priority(), now);
            }
            if (h.firewall() != null && !h.firewall().isBlank()) {
                if (cloud != Cloud.UCLOUD) throw new InvalidFixture("instance " + id + ": firewalls are UCloud's");
                firewalls.find(new io.cloudtwin.core.Scope(cloud, account.id(), region, project), h.firewall())
                        .orElseThrow(() -> new InvalidFixture("instance " + id + " names firewall " + h.firewall()
                                + ", which is not in its account, region and project"));
                firewalls.bind(id, h.firewall(), now);
            }
            newInstances++;
        }
        int newInterfaces = 0;
        for (Fixture.Interface n : nz(f.networkInterfaces())) {
            Cloud cloud = cloud(n.cloud());
            Account account = account(n.account());
            String id = required(n.id(), "id of a network interface");
            String region = required(n.region(), "region of interface " + id);
            var scope = new io.cloudtwin.core.Scope(cloud, account.id(), region, "");
            if (interfaceStore.find(scope, id).isPresent()) continue;
            var subnet = networks.findSubnet(scope, required(n.subnetId(), "subnetId of interface " + id))
                    .orElseThrow(() -> new InvalidFixture("interface " + id + " names subnet " + n.subnetId()
                            + ", which is not in its cloud, account and region"));
            String ip = required(n.privateIp(), "privateIp of interface " + id);
            try {
                if (!Cidr.parse(subnet.cidrBlock()).contains(Cidr.address(ip))) {
                    throw new InvalidFixture("interface " + id + ": " + ip + " is outside subnet " + subnet.id());
                }
                networks.addAddress(subnet.id(), ip, id);
            } catch (IllegalArgumentException e) {
                throw new InvalidFixture("interface " + id + ": " + e.getMessage());
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new InvalidFixture("interface " + id + ": " + ip + " is already given out in " + subnet.id());
            }
            interfaceStore.insert(new io.cloudtwin.core.compute.NetworkInterface(id, cloud.key(), account.id(), region,
                    subnet.vpcId(), subnet.id(), subnet.zone(), ip, s(n.name()), s(n.description()), null, now));
            List<String> ifGroups = nz(n.securityGroups());
            if (ifGroups.isEmpty()) throw new InvalidFixture("interface " + id + " has no securityGroups");
            for (String g : ifGroups) {
                var group = groups.find(new io.cloudtwin.core.Scope(cloud, account.id(), region, ""), g)
                        .orElseThrow(() -> new InvalidFixture("interface " + id + " names security group " + g
                                + ", which is not in its cloud, account and region"));
                if (!group.vpcId().equals(subnet.vpcId())) {
                    throw new InvalidFixture("interface " + id + ": security group " + g + " is in another VPC");
                }
            }
            interfaceStore.replaceGroups(id, ifGroups);
            if (n.instanceId() != null && !n.instanceId().isEmpty()) {
                if (!instances.exists(n.instanceId())) {
                    throw new InvalidFixture("interface " + id + " names instance " + n.instanceId() + ", which does not exist");
                }
                interfaceStore.attach(id, n.instanceId());
            }
            newInterfaces++;
        }
        int newTags = 0;
        for (Fixture.Tag t : nz(f.tags())) {
            Cloud cloud = cloud(t.cloud());
            Account account = account(t.account());
            String type = required(t.resourceType(), "resourceType of a tag");
            if (io.cloudtwin.core.ResourceType.byStored(type) == null) {
                throw new InvalidFixture("tag on " + t.resourceId() + ": unknown resourceType " + type);
            }
            tagStore.put(new io.cloudtwin.core.Scope(cloud, account.id(), required(t.region(), "region of a tag"), ""),
                    type, required(t.resourceId(), "resourceId of a tag"), required(t.key(), "key of a tag"), s(t.value()));
            newTags++;
        }
        return Map.of("accounts", newAccounts, "securityGroups", newGroups, "instances", newInstances,
                "vpcs", newVpcs, "subnets", newSubnets, "firewalls", newFirewalls, "tags", newTags,
                "networkInterfaces", newInterfaces);
    }

    private static Cidr cidr(String text, String what) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture(what + ": " + e.getMessage());
        }
    }

    private static Fixture.UhostDetail uhostDoc(io.cloudtwin.core.compute.UhostDetail d) {
        if (d == null) return null;
        return new Fixture.UhostDetail(d.chargeType(), d.machineType(), d.loginMode(),
                d.expireAt() == null ? null : d.expireAt().toString(),
                d.disks().stream().map(k -> new Fixture.UhostDisk(k.diskId(), k.boot(), k.type(), k.sizeGb())).toList());
    }

    private static io.cloudtwin.core.compute.UhostDetail uhostDetail(String id, Fixture.UhostDetail u) {
        java.time.OffsetDateTime expire;
        try {
            expire = u.expireAt() == null || u.expireAt().isBlank() ? null : java.time.OffsetDateTime.parse(u.expireAt());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidFixture("instance " + id + ": uhost expireAt is not an ISO date-time: " + u.expireAt());
        }
        List<io.cloudtwin.core.compute.UhostDisk> disks = new java.util.ArrayList<>();
        int n = 0;
        for (Fixture.UhostDisk k : nz(u.disks())) {
            if (k.sizeGb() == null || k.sizeGb() <= 0) throw new InvalidFixture("instance " + id + ": a disk has no sizeGb");
            disks.add(new io.cloudtwin.core.compute.UhostDisk(k.id() == null ? id.replace("uhost-", "bsi-") + "-" + n : k.id(),
                    Boolean.TRUE.equals(k.boot()), required(k.type(), "disk type of instance " + id), k.sizeGb()));
            n++;
        }
        return new io.cloudtwin.core.compute.UhostDetail(u.chargeType() == null ? "Dynamic" : u.chargeType(),
                u.machineType() == null ? "N" : u.machineType(), u.loginMode() == null ? "Password" : u.loginMode(),
                expire, disks);
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static String required(String v, String what) {
        if (v == null || v.isBlank()) throw new InvalidFixture("missing " + what);
        return v;
    }

    private static Cloud cloud(String c) {
        try {
            return Cloud.valueOf(required(c, "cloud").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture("cloud must be aliyun or ucloud, not " + c);
        }
    }

    private Account account(String id) {
        if (id == null || id.isBlank()) return accounts.defaultAccount();
        return accounts.byId(id).orElseThrow(() -> new InvalidFixture("unknown account " + id));
    }

    private static String project(Cloud cloud, Account account, String project) {
        if (cloud == Cloud.ALIYUN) return "";
        if (project == null || project.isBlank()) return account.defaultUcloudProject();
        if (!account.ucloudProjects().contains(project)) throw new InvalidFixture("unknown project " + project);
        return project;
    }

    /** Running, Stopped, Pending...; UCloud's Initializing too. Settled states only make sense in a fixture. */
    static InstanceStatus status(String s) {
        if (s == null || s.isBlank()) return InstanceStatus.RUNNING;
        String v = s.trim().toUpperCase(Locale.ROOT);
        if (v.equals("INITIALIZING")) return InstanceStatus.PENDING;
        try {
            return InstanceStatus.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture("unknown status " + s);
        }
    }

    static String statusWord(InstanceStatus s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
