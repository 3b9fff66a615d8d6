package io.cloudtwin.dialect.ucloud.uhost;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.compute.UhostDetail;
import io.cloudtwin.core.compute.UhostDisk;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostDiskSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostIPSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostInstanceSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostKeyPair;

/** UHostInstanceSet: a host as DescribeUHostInstance gives it, every field typed as the doc's model. */
final class HostViews {
    private HostViews() {}

    /** UHost State: Initializing, Starting, Running, Stopping, Stopped. */
    static String state(InstanceStatus s) {
        return switch (s) {
            case PENDING -> "Initializing";
            case STARTING -> "Starting";
            case RUNNING -> "Running";
            case STOPPING -> "Stopping";
            case STOPPED -> "Stopped";
        };
    }

    /**
     * d is null for hosts created without details (fixtures): they report Dynamic billing and no disks. A host that
     * logs in with a key pair reports it, Normal while livePairs has it, else Deleted. eip: the EIP bound to it, or null.
     * cards: the network interfaces attached to it besides its default one, each a Private IPSet element of its own,
     * Default false.
     */
    static UHostInstanceSet host(Instance i, UhostDetail d, Set<String> livePairs, ElasticIp eip, String isolationGroup,
                                 List<NetworkInterface> cards) {
        var image = UhostCatalog.find(i.imageId());
        boolean cloudBoot = d != null && d.disks().stream().anyMatch(x -> x.boot() && x.type().startsWith("CLOUD"));
        String machineType = d == null ? "N" : d.machineType();
        List<UHostDiskSet> disks = new ArrayList<>();
        int dataSpace = 0;
        char drive = 'a';
        if (d != null) {
            for (UhostDisk x : d.disks()) {
                disks.add(new UHostDiskSet().setDiskType(x.type()).setIsBoot(x.boot() ? "True" : "False")
                        .setType(x.boot() ? "Boot" : "Data").setDiskId(x.diskId())
                        .setName(x.boot() ? "systemDisk" : "dataDisk").setDrive("vd" + drive++).setSize(x.sizeGb())
                        .setEncrypted("No").setBackupType("NONE"));
                if (!x.boot()) dataSpace += x.sizeGb();
            }
        }
        UHostIPSet ip = new UHostIPSet().setIpMode("IPv4").setDefault("true").setType("Private")
                .setMac(UcloudFormats.mac(i.id())).setIp(UcloudFormats.address(i)).setVpcId(i.vpcId())
                .setSubnetId(i.subnetId() == null ? "" : i.subnetId())
                .setNetworkInterfaceId(d == null ? null : d.interfaceId());
        List<UHostIPSet> ips = new ArrayList<>(List.of(ip));
        for (NetworkInterface card : cards) {
            ips.add(new UHostIPSet().setIpMode("IPv4").setDefault("false").setType("Private")
                    .setMac(UcloudFormats.mac(card.id())).setIp(card.privateIp()).setVpcId(card.vpcId())
                    .setSubnetId(card.subnetId()).setNetworkInterfaceId(card.id()));
        }
        if (eip != null) {
            ips.add(new UHostIPSet().setIpMode("IPv4").setDefault("false").setType(eip.isp()).setIp(eip.address())
                    .setIpId(eip.id()).setBandwidth(eip.bandwidthMbps()).setWeight(50).setVpcId("").setSubnetId(""));
        }
        return new UHostInstanceSet().setUHostId(i.id()).setZone(i.zone()).setName(i.name()).setTag(i.tag())
                .setRemark(i.description()).setState(state(i.status())).setCreateTime(unix(i.createdAt()))
                .setChargeType(d == null ? "Dynamic" : d.chargeType())
                .setExpireTime(d == null || d.expireAt() == null ? 0 : unix(d.expireAt())).setAutoRenew("Yes")
                .setCpu(i.cpu()).setMemory(i.memoryMb()).setGpu(0).setMachineType(machineType).setUHostType(machineType)
                .setHostType(machineType).setImageId(i.imageId()).setBasicImageId(i.imageId())
                .setBasicImageName(image.map(UhostCatalog.Image::imageName).orElse(""))
                .setOsName(image.map(UhostCatalog.Image::osName).orElse(""))
                .setOsType(image.map(UhostCatalog.Image::osType).orElse(""))
                .setStorageType(cloudBoot ? "UDisk" : "LocalDisk")
                .setBootDiskState(i.status() == InstanceStatus.PENDING ? "Initializing" : "Normal")
                .setLifeCycle("Normal").setNetCapability("Normal").setNetworkState("Connected")
                .setTimemachineFeature("no").setHotplugFeature(false).setIPv6Feature(false)
                .setSecGroupInstance(!i.memberships().isEmpty())
                .setNetFeatureTag(i.memberships().isEmpty() ? "Firewall" : "SecGroup").setIsolationGroup(isolationGroup)
                .setTotalDiskSpace(dataSpace).setDiskSet(disks).setIpSet(ips)
                .setKeyPair(d == null || d.keyPairId() == null ? null : new UHostKeyPair().setKeyPairId(d.keyPairId())
                        .setKeyPairState(livePairs.contains(d.keyPairId()) ? "Normal" : "Deleted"));
    }
}
