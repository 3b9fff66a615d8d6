package io.cloudtwin.dialect.ucloud;

import io.cloudtwin.core.compute.UhostDisk;
import io.cloudtwin.core.compute.UhostDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.compute.UhostDetailStore;

/** How UCloud writes security groups, rules and hosts. */
public final class UcloudViews {
    private UcloudViews() {}

    /** UHost State: Initializing, Starting, Running, Stopping, Stopped. */
    public static String state(InstanceStatus s) {
        return switch (s) {
            case PENDING -> "Initializing";
            case STARTING -> "Starting";
            case RUNNING -> "Running";
            case STOPPING -> "Stopping";
            case STOPPED -> "Stopped";
        };
    }

    public static long unix(java.time.OffsetDateTime t) {
        return t.toEpochSecond();
    }

    /**
     * Account as UCloud gives it: an int (the SDKs decode it into a 32-bit Integer; UCloud company ids have 8 digits).
     * A configured id too large for that is reported by its last 8 digits; a non-numeric one as 0.
     */
    public static int account(String accountId) {
        try {
            long id = Long.parseLong(accountId);
            return id >= 0 && id <= Integer.MAX_VALUE ? (int) id : (int) Math.floorMod(id, 100_000_000L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static Map<String, Object> secGroup(SecurityGroup g, List<SecurityGroupRule> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("SecGroupId", g.id());
        m.put("Name", g.name());
        m.put("VPCId", g.vpcId());
        m.put("Account", account(g.accountId()));
        m.put("Tag", g.tag());
        m.put("Remark", g.description());
        m.put("Type", "user defined");
        m.put("CreateTime", unix(g.createdAt()));
        m.put("Rule", rules.stream().map(UcloudViews::rule).toList());
        return m;
    }

    public static Map<String, Object> rule(SecurityGroupRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RuleId", r.id());
        m.put("Direction", r.direction());
        m.put("IPRange", r.ipRange());
        m.put("Priority", r.priority());
        m.put("ProtocolType", r.protocol());
        m.put("DstPort", r.dstPort());
        m.put("RuleAction", r.action());
        m.put("Remark", r.remark());
        m.put("IPVersion", r.ipRange().contains(":") ? "IPv6" : "IPv4");
        return m;
    }

    /** A private address derived from the host id: stable, and distinct for distinct hosts in practice. */
    public static String privateIp(String id) {
        int h = id.hashCode();
        return "10." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (1 + ((h & 0xff) % 254));
    }

    /** An address of the host: the one its subnet gave it, else one derived from its id (hosts in no subnet). */
    public static String address(Instance i) {
        return i.privateIp() == null || i.privateIp().isEmpty() ? privateIp(i.id()) : i.privateIp();
    }

    /**
     * UHostInstanceSet, every field typed as the doc's model (ints as numbers, DiskSet / IPSet as arrays of objects).
     * d is null for hosts created without details (fixtures): they report Dynamic billing and no disks.
     */
    public static Map<String, Object> host(Instance i, UhostDetail d) {
        var image = UhostCatalog.find(i.imageId());
        boolean cloudBoot = d != null && d.disks().stream().anyMatch(x -> x.boot() && x.type().startsWith("CLOUD"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("UHostId", i.id());
        m.put("Zone", i.zone());
        m.put("Name", i.name());
        m.put("Tag", i.tag());
        m.put("Remark", i.description());
        m.put("State", state(i.status()));
        m.put("CreateTime", unix(i.createdAt()));
        m.put("ChargeType", d == null ? "Dynamic" : d.chargeType());
        m.put("ExpireTime", d == null || d.expireAt() == null ? 0L : unix(d.expireAt()));
        m.put("AutoRenew", "Yes");
        m.put("CPU", i.cpu());
        m.put("Memory", i.memoryMb());
        m.put("GPU", 0);
        m.put("MachineType", d == null ? "N" : d.machineType());
        m.put("UHostType", d == null ? "N" : d.machineType());
        m.put("HostType", d == null ? "N" : d.machineType());
        m.put("ImageId", i.imageId());
        m.put("BasicImageId", i.imageId());
        m.put("BasicImageName", image.map(UhostCatalog.Image::imageName).orElse(""));
        m.put("OsName", image.map(UhostCatalog.Image::osName).orElse(""));
        m.put("OsType", image.map(UhostCatalog.Image::osType).orElse(""));
        m.put("StorageType", cloudBoot ? "UDisk" : "LocalDisk");
        m.put("BootDiskState", i.status() == InstanceStatus.PENDING ? "Initializing" : "Normal");
        m.put("LifeCycle", "Normal");
        m.put("NetCapability", "Normal");
        m.put("NetworkState", "Connected");
        m.put("TimemachineFeature", "no");
        m.put("HotplugFeature", false);
        m.put("IPv6Feature", false);
        m.put("SecGroupInstance", !i.memberships().isEmpty());
        m.put("NetFeatureTag", i.memberships().isEmpty() ? "Firewall" : "SecGroup");
        m.put("IsolationGroup", "");
        List<Map<String, Object>> disks = new java.util.ArrayList<>();
        int total = 0;
        char drive = 'a';
        if (d != null) {
            for (UhostDisk x : d.disks()) {
                Map<String, Object> disk = new LinkedHashMap<>();
                disk.put("DiskType", x.type());
                disk.put("IsBoot", x.boot() ? "True" : "False");
                disk.put("Type", x.boot() ? "Boot" : "Data");
                disk.put("DiskId", x.diskId());
                disk.put("Name", x.boot() ? "systemDisk" : "dataDisk");
                disk.put("Drive", "vd" + drive++);
                disk.put("Size", x.sizeGb());
                disk.put("Encrypted", "No");
                disk.put("BackupType", "NONE");
                disks.add(disk);
                if (!x.boot()) total += x.sizeGb();
            }
        }
        m.put("TotalDiskSpace", total);
        m.put("DiskSet", disks);
        Map<String, Object> ip = new LinkedHashMap<>();
        ip.put("IPMode", "IPv4");
        ip.put("Default", "true");
        ip.put("Type", "Private");
        ip.put("IP", address(i));
        ip.put("VPCId", i.vpcId());
        ip.put("SubnetId", i.subnetId() == null ? "" : i.subnetId());
        m.put("IPSet", List.of(ip));
        return m;
    }
}
