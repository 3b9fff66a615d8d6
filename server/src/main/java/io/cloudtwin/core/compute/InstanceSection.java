package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.security.FirewallStore;
import io.cloudtwin.core.security.MembershipStore;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * The "instances" of the state document: hosts in any settled state, their address given out by their subnet as
 * RunInstances / CreateUHostInstance get one (inside the block, not taken), bound to security groups of their scope,
 * and (UCloud) their firewall and what they were created with.
 */
@Section(name = "instances", order = 50)
record InstanceSection(InstanceStore instances, UhostDetailStore details, NetworkService networks,
                       SecurityGroupStore groups, MembershipStore memberships, FirewallStore firewalls,
                       InstanceDetailStore aliyunDetails) implements StateSection<InstanceSection.Document> {
    /**
     * status: Running, Stopped (Aliyun and UCloud words both accepted); securityGroups in binding order; firewall: the
     * UCloud firewall of a Firewall-mode host (none when absent); internet: an Aliyun instance's billing and public
     * side (absent: PostPaid, no public bandwidth); autoReleaseTime: when an Aliyun pay-as-you-go instance releases
     * itself, ISO-8601 (absent: never); metadataOptions: how an Aliyun instance serves its metadata (absent: ECS's
     * defaults, enabled, optional, 1); deletionProtection: an Aliyun instance that DeleteInstance refuses (absent:
     * false); maintenance: how an Aliyun instance is maintained (absent: ECS's default, AutoRecover, no notice, no
     * window).
     */
    public record Document(String cloud, String account, String region, String project, String zone, String id,
                           String name, String description, String imageId, String instanceType, String vpcId,
                           Integer cpu, Integer memoryMb, String status, String lockReason, String tag,
                           List<Binding> securityGroups, String subnetId, String privateIp, String firewall,
                           Uhost uhost, String hostName, String userData, Internet internet, Billing billing,
                           String autoReleaseTime, MetadataOptions metadataOptions, Boolean deletionProtection,
                           Maintenance maintenance) {}

    /**
     * action Stop, AutoRecover or AutoRedeploy; notice: whether it notifies before; a window's start and end,
     * HH:00:00, both or neither.
     */
    public record Maintenance(String action, Boolean notice, String windowStart, String windowEnd) {}

    /** httpEndpoint enabled or disabled, httpTokens optional or required, hopLimit 1-64 (absent: the default's). */
    public record MetadataOptions(String httpEndpoint, String httpTokens, Integer hopLimit) {}

    /**
     * How an Aliyun instance was bought (absent: not a spot one, no subscription terms): spotStrategy NoSpot,
     * SpotAsPriceGo or SpotWithPriceLimit; spotInterruptionBehavior Terminate or Stop; renewalStatus AutoRenewal,
     * Normal or NotRenewal; periodUnit and autoRenewUnit Week or Month (autoRenewUnit absent: periodUnit);
     * periodStart ISO-8601 (absent: the creation).
     */
    public record Billing(String spotStrategy, Double spotPriceLimit, Integer spotDuration,
                          String spotInterruptionBehavior, String renewalStatus, Integer autoRenewPeriod,
                          String periodUnit, Integer period, String periodStart, String autoRenewUnit) {}

    /** An Aliyun instance's billing (PostPaid, PrePaid), public bandwidth and its billing, static public address. */
    public record Internet(String instanceChargeType, String internetChargeType, Integer bandwidthOut,
                           Integer bandwidthIn, String publicIp) {}

    public record Binding(String id, Integer priority) {}

    /**
     * What a UCloud host was created with beyond the instance (billing, machine type, login mode, disks), as
     * DescribeUHostInstance reports it; absent: Dynamic billing and no disks. expireAt: ISO-8601, for Month/Year.
     * keyPairId: the key pair of a KeyPair-mode host (it may have been deleted since: the host reports it Deleted).
     * interfaceId: the default network interface of a host made with Features.UNI.
     */
    public record Uhost(String chargeType, String machineType, String loginMode, String expireAt, List<Disk> disks,
                        String keyPairId, String interfaceId) {}

    public record Disk(String id, Boolean boot, String type, Integer sizeGb) {}

    @Override
    public List<Document> export() {
        List<Instance> all = instances.all();
        var bindings = memberships.all();
        var firewallOf = firewalls.allBindings();
        var uhosts = details.find(all.stream().filter(i -> i.cloud() == Cloud.UCLOUD).map(Instance::id).toList());
        var aliyun = aliyunDetails.of(all.stream().filter(i -> i.cloud() == Cloud.ALIYUN).map(Instance::id).toList());
        return all.stream().map(i -> new Document(i.cloud().key(), i.accountId(), i.region(), i.projectId(), i.zone(),
                i.id(), i.name(), i.description(), i.imageId(), i.instanceType(), i.vpcId(), i.cpu(), i.memoryMb(),
                statusWord(i.status()), i.lockReason(), i.tag(), bindings.getOrDefault(i.id(), List.of()).stream()
                        .map(m -> new Binding(m.groupId(), m.priority())).toList(),
                i.subnetId(), i.privateIp(), firewallOf.get(i.id()), uhost(uhosts.get(i.id())),
                aliyun.containsKey(i.id()) ? aliyun.get(i.id()).hostName() : null,
                aliyun.containsKey(i.id()) ? aliyun.get(i.id()).userData() : null,
                aliyun.containsKey(i.id()) ? internet(aliyun.get(i.id()).internet()) : null,
                aliyun.containsKey(i.id()) ? billing(aliyun.get(i.id()).billing()) : null,
                aliyun.containsKey(i.id()) && aliyun.get(i.id()).autoReleaseTime() != null
                        ? aliyun.get(i.id()).autoReleaseTime().toString() : null,
                aliyun.containsKey(i.id()) ? metadata(aliyun.get(i.id()).metadata()) : null,
                aliyun.containsKey(i.id()) && aliyun.get(i.id()).deletionProtection() ? true : null,
                aliyun.containsKey(i.id()) ? maintenance(aliyun.get(i.id()).maintenance()) : null)).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "instance " + d.id());
        String id = d.id() == null ? Ids.Shape.INSTANCE.next(scope.cloud()) : d.id();
        if (instances.exists(id)) return false;
        String subnetId = Fixtures.text(d.subnetId());
        String vpcId = Fixtures.text(d.vpcId());
        String ip = "";
        if (!subnetId.isEmpty()) {
            Subnet subnet = networks.lockSubnet(scope, subnetId);
            if (!vpcId.isEmpty() && !vpcId.equals(subnet.vpcId())) {
                throw new InvalidFixture("instance " + id + ": subnet " + subnetId + " is not in VPC " + vpcId);
            }
            vpcId = subnet.vpcId();
            ip = networks.allocate(subnet, id, Fixtures.required(d.privateIp(), "privateIp of instance " + id
                    + " (it names a subnet)"));
        }
        var now = fixtures.now();
        instances.insert(new Instance(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                Fixtures.text(d.zone()), Fixtures.text(d.name()), Fixtures.text(d.description()),
                Fixtures.text(d.imageId()), Fixtures.text(d.instanceType()), vpcId, d.cpu() == null ? 2 : d.cpu(),
                d.memoryMb() == null ? 4096 : d.memoryMb(), status(d.status()), d.lockReason(), now,
                Fixtures.text(d.tag()), subnetId, ip, List.of()), null, null);
        if (scope.cloud() == Cloud.ALIYUN) {
            boolean inserted = aliyunDetails.insert(new InstanceDetail(id,
                    d.hostName() == null || d.hostName().isEmpty()
                    ? InstanceLifecycle.defaultHostName(id) : d.hostName(), Fixtures.text(d.userData()),
                    InstanceLifecycle.diskId(id), "cloud_efficiency", 40, internet(id, d.internet()),
                    billing(id, d.billing()), time(id, "autoReleaseTime", d.autoReleaseTime()),
                    metadata(id, d.metadataOptions()), Boolean.TRUE.equals(d.deletionProtection()),
                    maintenance(id, d.maintenance())));
            if (!inserted) {
                throw new InvalidFixture("instance " + id + ": public IP " + d.internet().publicIp() + " is another's");
            }
        }
        if (d.uhost() != null) {
            if (scope.cloud() != Cloud.UCLOUD) throw new InvalidFixture("instance " + id + ": uhost details are for UCloud hosts");
            details.insert(id, uhostDetail(id, d.uhost()));
        }
        for (Binding b : Fixtures.list(d.securityGroups())) {
            groups.find(scope, b.id()).orElseThrow(() -> new InvalidFixture("instance " + id + " names security group "
                    + b.id() + ", which is not in its cloud, account, region and project"));
            memberships.add(id, b.id(), b.priority() == null ? 1 : b.priority(), now);
        }
        if (d.firewall() != null && !d.firewall().isBlank()) {
            if (scope.cloud() != Cloud.UCLOUD) throw new InvalidFixture("instance " + id + ": firewalls are UCloud's");
            firewalls.find(scope, d.firewall()).orElseThrow(() -> new InvalidFixture("instance " + id
                    + " names firewall " + d.firewall() + ", which is not in its account, region and project"));
            firewalls.bind(id, d.firewall(), now);
        }
        return true;
    }

    private static Internet internet(InstanceDetail.Internet n) {
        return new Internet(n.instanceChargeType(), n.internetChargeType(), n.bandwidthOut(), n.bandwidthIn(),
                n.publicIp());
    }

    private static InstanceDetail.Internet internet(String id, Internet n) {
        var none = InstanceDetail.Internet.NONE;
        if (n == null) return none;
        String ip = Fixtures.text(n.publicIp());
        var net = new InstanceDetail.Internet(n.instanceChargeType() == null ? none.instanceChargeType()
                : n.instanceChargeType(), n.internetChargeType() == null ? none.internetChargeType()
                : n.internetChargeType(), n.bandwidthOut() == null ? 0 : n.bandwidthOut(),
                n.bandwidthIn() == null ? 0 : n.bandwidthIn(), ip.isEmpty() ? null : ip);
        if (!List.of(InstanceBilling.POST_PAID, InstanceBilling.PRE_PAID).contains(net.instanceChargeType())
                || !List.of("PayByTraffic", "PayByBandwidth").contains(net.internetChargeType())
                || net.bandwidthOut() < 0 || net.bandwidthOut() > 200 || net.bandwidthIn() < 0
                || net.bandwidthIn() > 200 || (net.publicIp() != null && !Cidr.isAddress(net.publicIp()))) {
            throw new InvalidFixture("instance " + id + ": internet " + n + " is not PostPaid/PrePaid, "
                    + "PayByTraffic/PayByBandwidth, bandwidths 0-200 and an IPv4 address");
        }
        return net;
    }

    private static Billing billing(InstanceDetail.Billing b) {
        return new Billing(b.spotStrategy(), b.spotPriceLimit(), b.spotDuration(), b.spotInterruptionBehavior(),
                b.renewalStatus(), b.autoRenewPeriod(), b.periodUnit(), b.period(),
                b.periodStart() == null ? null : b.periodStart().toString(), b.autoRenewUnit());
    }

    private static MetadataOptions metadata(InstanceDetail.MetadataOptions m) {
        return new MetadataOptions(m.httpEndpoint(), m.httpTokens(), m.hopLimit());
    }

    private static InstanceDetail.MetadataOptions metadata(String id, MetadataOptions m) {
        if (m == null) return InstanceDetail.MetadataOptions.DEFAULT;
        var out = InstanceDetail.MetadataOptions.DEFAULT.with(m.httpEndpoint(), m.httpTokens(), m.hopLimit());
        if (!out.valid()) {
            throw new InvalidFixture("instance " + id + ": metadataOptions " + m + " are not ECS's");
        }
        return out;
    }

    /** ECS's default maintenance is left out of the document. */
    private static Maintenance maintenance(InstanceDetail.Maintenance m) {
        return m.equals(InstanceDetail.Maintenance.DEFAULT) ? null
                : new Maintenance(m.action(), m.notice(), m.windowStart(), m.windowEnd());
    }

    private static InstanceDetail.Maintenance maintenance(String id, Maintenance m) {
        if (m == null) return InstanceDetail.Maintenance.DEFAULT;
        var out = InstanceDetail.Maintenance.DEFAULT.with(m.action(), m.notice(), m.windowStart(), m.windowEnd());
        if (!out.valid()) throw new InvalidFixture("instance " + id + ": maintenance " + m + " is not ECS's");
        return out;
    }

    /** An ISO-8601 time of an instance's document (absent: null). */
    private static OffsetDateTime time(String id, String what, String v) {
        try {
            return v == null || v.isBlank() ? null : OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidFixture("instance " + id + ": " + what + " " + v + " is not ISO-8601");
        }
    }

    private static InstanceDetail.Billing billing(String id, Billing b) {
        var none = InstanceDetail.Billing.NONE;
        if (b == null) return none;
        OffsetDateTime start = time(id, "periodStart", b.periodStart());
        var bill = new InstanceDetail.Billing(b.spotStrategy() == null ? none.spotStrategy() : b.spotStrategy(),
                b.spotPriceLimit() == null ? 0 : b.spotPriceLimit(), b.spotDuration() == null ? 0 : b.spotDuration(),
                b.spotInterruptionBehavior() == null ? none.spotInterruptionBehavior() : b.spotInterruptionBehavior(),
                b.renewalStatus() == null ? none.renewalStatus() : b.renewalStatus(),
                b.autoRenewPeriod() == null ? 0 : b.autoRenewPeriod(), b.autoRenewUnit() != null ? b.autoRenewUnit()
                : b.periodUnit() == null ? none.autoRenewUnit() : b.periodUnit(),
                b.periodUnit() == null ? none.periodUnit() : b.periodUnit(), b.period() == null ? 0 : b.period(),
                start);
        if (!List.of("NoSpot", "SpotAsPriceGo", "SpotWithPriceLimit").contains(bill.spotStrategy())
                || !List.of("AutoRenewal", "Normal", "NotRenewal").contains(bill.renewalStatus())
                || !List.of("Terminate", "Stop").contains(bill.spotInterruptionBehavior())
                || !List.of("Week", "Month").contains(bill.periodUnit()) || bill.period() < 0
                || !List.of("Week", "Month").contains(bill.autoRenewUnit())
                || bill.autoRenewPeriod() < 0 || bill.spotPriceLimit() < 0) {
            throw new InvalidFixture("instance " + id + ": billing " + b + " is not NoSpot/SpotAsPriceGo/"
                    + "SpotWithPriceLimit, AutoRenewal/Normal/NotRenewal, Terminate/Stop, Week/Month and amounts of at "
                    + "least 0");
        }
        return bill;
    }

    private static Uhost uhost(UhostDetail d) {
        if (d == null) return null;
        return new Uhost(d.chargeType(), d.machineType(), d.loginMode(), d.expireAt() == null ? null : d.expireAt().toString(),
                d.disks().stream().map(k -> new Disk(k.diskId(), k.boot(), k.type(), k.sizeGb())).toList(),
                d.keyPairId(), d.interfaceId());
    }

    private static UhostDetail uhostDetail(String id, Uhost u) {
        OffsetDateTime expire = time(id, "uhost expireAt", u.expireAt());
        List<UhostDisk> disks = new ArrayList<>();
        for (Disk k : Fixtures.list(u.disks())) {
            if (k.sizeGb() == null || k.sizeGb() <= 0) throw new InvalidFixture("instance " + id + ": a disk has no sizeGb");
            String type = Fixtures.required(k.type(), "disk type of instance " + id);
            disks.add(new UhostDisk(k.id() == null ? Ids.random(type.startsWith("CLOUD") ? "bsi-" : "bsm-", 8) : k.id(),
                    Boolean.TRUE.equals(k.boot()), type, k.sizeGb()));
        }
        String loginMode = u.loginMode() == null ? "Password" : u.loginMode();
        String keyPairId = u.keyPairId() == null || u.keyPairId().isBlank() ? null : u.keyPairId();
        if (keyPairId != null && !loginMode.equals("KeyPair")) {
            throw new InvalidFixture("instance " + id + ": a uhost keyPairId goes with loginMode KeyPair");
        }
        return new UhostDetail(u.chargeType() == null ? "Dynamic" : u.chargeType(),
                u.machineType() == null ? "N" : u.machineType(), loginMode, expire, disks, keyPairId,
                u.interfaceId() == null || u.interfaceId().isBlank() ? null : u.interfaceId());
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
