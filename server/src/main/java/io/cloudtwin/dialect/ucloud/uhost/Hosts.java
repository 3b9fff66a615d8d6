package io.cloudtwin.dialect.ucloud.uhost;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.IsolationGroupService;
import io.cloudtwin.core.compute.KeyPairService;
import io.cloudtwin.core.compute.UhostDetail;
import io.cloudtwin.core.compute.UhostDetails;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.unet.Eips;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostIPRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostIPResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceNameRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceNameResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceRemarkRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceRemarkResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceTagRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ModifyUHostInstanceTagResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.PoweroffUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.PoweroffUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.RebootUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.RebootUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ReinstallUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ReinstallUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ResetUHostInstancePasswordRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ResetUHostInstancePasswordResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ResizeAttachedDiskRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ResizeAttachedDiskResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ResizeUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ResizeUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.StartUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.StartUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.StopUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.StopUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.TerminateUHostInstanceRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.TerminateUHostInstanceResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;

/**
 * UHost instances: creation with disks, billing and placement, the power actions, attributes and sizes. A host that
 * does not exist is 8039 in every UHost action; the actions that need a stopped host answer 8010 (UcloudErrors).
 */
@Component
public record Hosts(InstanceService instances, UhostDetails details, KeyPairService keyPairs, ElasticIpService eips,
                    IsolationGroupService isolation, InterfaceService interfaces)
        implements UhostApi.CreateUHostInstance, UhostApi.DescribeUHostInstance, UhostApi.StartUHostInstance,
        UhostApi.StopUHostInstance, UhostApi.PoweroffUHostInstance, UhostApi.RebootUHostInstance,
        UhostApi.ModifyUHostInstanceName, UhostApi.ModifyUHostInstanceTag, UhostApi.ModifyUHostInstanceRemark,
        UhostApi.ResizeUHostInstance, UhostApi.ResetUHostInstancePassword, UhostApi.TerminateUHostInstance,
        UhostApi.ReinstallUHostInstance, UhostApi.ModifyUHostIP,
        UhostApi.ResizeAttachedDisk {
    private static final int MAX_NAME = 63;
    private static final int MAX_GROUPS = 5;
    /** The largest disk CreateUHostInstance takes, and so ResizeAttachedDisk of a host's own disk. */
    private static final int MAX_DISK = 32_000;

    /**
     * Zone, ImageId, Disks.N (exactly one boot disk), LoginMode (Password: a base64 Password; KeyPair: a KeyPairId;
     * ImagePasswd: nothing), Name, Tag, CPU, Memory, VPCId, SubnetId, PrivateIp.0, ChargeType (Month), Quantity,
     * MachineType (N), MaxCount, SecurityMode (Firewall with SecurityGroupId, the recommended web firewall when
     * absent; or SecGroup with SecGroupId.N.Id / .Priority, at most 5) -> UHostIds, IPs. A host naming no VPC,
     * subnet or security group lands in the scope's default subnet (made on demand). NetworkInterface.0.EIP (Bandwidth,
     * PayMode Bandwidth or Traffic, OperatorName): each host gets an EIP of its own, bound before the answer.
     * Features.UNI (with NetCapability Normal only): each host gets its default network interface and can take others.
     */
    @Override
    public CreateUHostInstanceResponse createUHostInstance(UcloudCall call, CreateUHostInstanceRequest r) {
        if (r.disks().stream().filter(d -> d.isBoot().equals("True")).count() != 1) throw call.invalid("Disks.N.IsBoot");
        List<UhostDetails.NewDisk> disks = new ArrayList<>();
        for (var d : r.disks()) {
            if (d.size() < 1 || d.size() > MAX_DISK) throw call.invalid(d.keyOf("Size"));
            if (d.type() == null || d.type().isBlank()) throw call.invalid(d.keyOf("Type"));
            disks.add(new UhostDetails.NewDisk(d.isBoot().equals("True"), d.type(), d.size()));
        }
        checkLogin(call, r.loginMode(), r.password(), r.keyPairId(), true);
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        switch (r.securityMode()) {
            case "SecGroup" -> {
                for (var g : r.secGroupId()) {
                    if (g.id() == null) throw call.missing(g.keyOf("Id"));
                    refs.add(new InstanceService.GroupRef(g.id(), g.priority() == null ? 1 : g.priority()));
                }
                if (refs.isEmpty()) throw call.missing("SecGroupId.0.Id");
                if (refs.size() > MAX_GROUPS) throw call.invalid("SecGroupId");
            }
            case "Firewall" -> {
                // the host gets SecurityGroupId, or the recommended web firewall
            }
            default -> throw call.invalid("SecurityMode");
        }
        if (r.name().length() > MAX_NAME) throw call.invalid("Name");
        if (r.privateIp().size() > 1) throw call.invalid("PrivateIp");
        if (r.networkInterface().size() > 1) throw call.invalid("NetworkInterface");
        // network interfaces go with the Normal network capability only (CheckUHostResourceCapacity's doc)
        if (r.featuresUNI() && r.netCapability() != null && !r.netCapability().equals("Normal")) {
            throw call.invalid("Features.UNI");
        }
        UhostDetails.Eip eip = null;
        String charge = r.chargeType() == null ? "Month" : r.chargeType();
        for (var n : r.networkInterface()) {
            if (n.eipBandwidth() == null && !n.hasEipPayMode() && n.eipOperatorName() == null) continue; // no EIP.*
            eip = new UhostDetails.Eip(Eips.forHost(call, n.keyOf("EIP."), n.eipBandwidth(), n.eipPayMode(),
                    n.eipOperatorName(), charge.equals("Year") || charge.equals("Month") ? charge : "Dynamic"),
                    () -> Ids.random("eip-", 8));
        }
        var spec = new InstanceService.NewInstance(r.zone(), r.name(), "", r.imageId(), "",
                r.vpcId() == null ? "" : r.vpcId(), r.cpu(), r.memory(), InstanceStatus.RUNNING, refs, r.tag(),
                r.subnetId(), r.privateIp().isEmpty() ? null : r.privateIp().get(0));
        List<Instance> created = details.create(call.scope(), spec, r.maxCount(),
                new UhostDetails.Billing(charge, r.quantity() == null ? 1 : r.quantity()),
                r.machineType() == null ? "N" : r.machineType(), login(r.loginMode(), r.keyPairId()), disks,
                new FirewallService.Placement(r.securityMode().equals("Firewall"), r.securityGroupId()),
                r.isolationGroup() == null || r.isolationGroup().isEmpty() ? null : r.isolationGroup(), eip,
                r.featuresUNI());
        return new CreateUHostInstanceResponse().setUHostIds(created.stream().map(Instance::id).toList())
                .setIps(created.stream().map(UcloudFormats::address).toList());
    }

    /**
     * Zone, UHostIds.N, Tag, VPCId, SubnetId, Offset, Limit (at most 100) -> UHostSet, TotalCount; a host's bound EIP
     * is an IPSet element of Type its OperatorName (BGP...), as terraform-provider-ucloud reads a public_ip; each network
     * interface attached to it besides its default one a Private element, Default false, with its NetworkInterfaceId.
     */
    @Override
    public DescribeUHostInstanceResponse describeUHostInstance(UcloudCall call, DescribeUHostInstanceRequest r) {
        var filter = new InstanceFilter(r.uHostIds(), null, null, null, r.zone(), r.tag(), r.vpcId(), r.subnetId());
        var page = instances.list(call.scope(), filter, UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(), 100));
        var byId = details.of(page.items());
        Set<String> livePairs = keyPairs.existing(byId.values().stream().map(UhostDetail::keyPairId)
                .filter(Objects::nonNull).toList());
        List<String> ids = page.items().stream().map(Instance::id).toList();
        var eipOf = eips.ofTargets(ids);
        var isolatedIn = isolation.groupsOf(ids);
        var cards = interfaces.attachedTo(ids);
        return new DescribeUHostInstanceResponse().setTotalCount(UcloudFormats.total(page)).setUHostSet(page.items()
                .stream().map(i -> HostViews.host(i, byId.get(i.id()), livePairs, eipOf.get(i.id()),
                        isolatedIn.getOrDefault(i.id(), ""), cards.getOrDefault(i.id(), List.of()))).toList());
    }

    @Override
    public StartUHostInstanceResponse startUHostInstance(UcloudCall call, StartUHostInstanceRequest r) {
        instances.start(call.scope(), r.uHostId());
        return new StartUHostInstanceResponse().setUHostId(r.uHostId());
    }

    @Override
    public StopUHostInstanceResponse stopUHostInstance(UcloudCall call, StopUHostInstanceRequest r) {
        instances.stop(call.scope(), r.uHostId());
        return new StopUHostInstanceResponse().setUHostId(r.uHostId());
    }

    /**
     * PresentIpAddress: a free address of the host's own subnet (UCloud keeps a host's VPC and subnet here) for a
     * Stopped host (8010 otherwise); PreviousIpAddress, when given, must be the host's address (230).
     */
    @Override
    public ModifyUHostIPResponse modifyUHostIP(UcloudCall call, ModifyUHostIPRequest r) {
        instances.readdress(call.scope(), r.uHostId(), r.previousIpAddress(), r.presentIpAddress());
        return new ModifyUHostIPResponse().setUHostId(r.uHostId());
    }

    /** Powering off is a stop without the guest's shutdown: the same state change here. */
    @Override
    public PoweroffUHostInstanceResponse poweroffUHostInstance(UcloudCall call, PoweroffUHostInstanceRequest r) {
        instances.stop(call.scope(), r.uHostId());
        return new PoweroffUHostInstanceResponse().setUHostId(r.uHostId());
    }

    /** A Running host goes Starting, then Running; any other state is 8905. */
    @Override
    public RebootUHostInstanceResponse rebootUHostInstance(UcloudCall call, RebootUHostInstanceRequest r) {
        instances.reboot(call.scope(), r.uHostId());
        return new RebootUHostInstanceResponse().setUHostId(r.uHostId());
    }

    /** Name: 1..63 characters; any power state. */
    @Override
    public ModifyUHostInstanceNameResponse modifyUHostInstanceName(UcloudCall call, ModifyUHostInstanceNameRequest r) {
        if (r.name() == null || r.name().isEmpty() || r.name().length() > MAX_NAME) throw call.invalid("Name");
        instances.modify(call.scope(), r.uHostId(), r.name(), null, null);
        return new ModifyUHostInstanceNameResponse().setUHostId(r.uHostId());
    }

    /** Tag: "Default" when empty, as Terraform sends it. */
    @Override
    public ModifyUHostInstanceTagResponse modifyUHostInstanceTag(UcloudCall call, ModifyUHostInstanceTagRequest r) {
        instances.modify(call.scope(), r.uHostId(), null, null, r.tag() == null || r.tag().isEmpty() ? "Default" : r.tag());
        return new ModifyUHostInstanceTagResponse().setUHostId(r.uHostId());
    }

    /** Remark: may be empty. */
    @Override
    public ModifyUHostInstanceRemarkResponse modifyUHostInstanceRemark(UcloudCall call, ModifyUHostInstanceRemarkRequest r) {
        instances.modify(call.scope(), r.uHostId(), null, r.remark() == null ? "" : r.remark(), null);
        return new ModifyUHostInstanceRemarkResponse().setUHostId(r.uHostId());
    }

    /**
     * CPU (1..240) and Memory (1024..1966080 MB) of a Stopped host (8010). CPU is 1 or even (8105), Memory whole GB
     * (8106): the sizes UCloud sells. Without CPU and Memory nothing changes.
     */
    @Override
    public ResizeUHostInstanceResponse resizeUHostInstance(UcloudCall call, ResizeUHostInstanceRequest r) {
        if (r.cpu() != null && r.cpu() != 1 && r.cpu() % 2 != 0) throw call.error(UcloudRetCode.WRONG_CPU, r.uHostId());
        if (r.memory() != null && r.memory() % 1024 != 0) throw call.error(UcloudRetCode.WRONG_MEMORY, r.uHostId());
        instances.resize(call.scope(), r.uHostId(), null, r.cpu(), r.memory());
        return new ResizeUHostInstanceResponse().setUHostId(r.uHostId());
    }

    /**
     * LoginMode (Password by default: a base64 Password, as the SDKs encode it; KeyPair: KeyPairId) of a Stopped host
     * (8010), as Terraform stops it first. The password itself is not kept.
     */
    @Override
    public ResetUHostInstancePasswordResponse resetUHostInstancePassword(UcloudCall call, ResetUHostInstancePasswordRequest r) {
        String mode = r.loginMode() == null ? "Password" : r.loginMode();
        checkLogin(call, mode, r.password(), r.keyPairId(), false);
        details.resetPassword(call.scope(), r.uHostId(), login(mode, r.keyPairId()));
        return new ResetUHostInstancePasswordResponse().setUHostId(r.uHostId());
    }

    @Override
    public ReinstallUHostInstanceResponse reinstallUHostInstance(UcloudCall call, ReinstallUHostInstanceRequest r) {
        String mode = r.loginMode() == null ? "Password" : r.loginMode();
        checkLogin(call, mode, r.password(), r.keyPairId(), false);
        String image = r.imageId() == null || r.imageId().isEmpty() ? null : r.imageId();
        details.reinstall(call.scope(), r.uHostId(), image, login(mode, r.keyPairId()));
        return new ReinstallUHostInstanceResponse().setUHostId(r.uHostId());
    }

    /**
     * A Stopped host (8010 otherwise); its bindings go with it. ReleaseEIP true (the CLI's default) releases the EIPs
     * bound to it, else they are unbound; ReleaseUDisk true deletes the UDisks attached to it, else they are detached;
     * in the terminating transaction.
     */
    @Override
    public TerminateUHostInstanceResponse terminateUHostInstance(UcloudCall call, TerminateUHostInstanceRequest r) {
        instances.delete(call.scope(), r.uHostId(), false,
                new InstanceService.Release(r.releaseEIP(), r.releaseUDisk()));
        return new TerminateUHostInstanceResponse().setUHostId(r.uHostId()).setInRecycle("No");
    }

    /**
     * UHostId (8039 unknown), DiskId, DiskSpace (GB), DryRun (every check, no change) -> DiskId, NeedRestart false.
     * The host's own disks (boot or local data, as created) need it Stopped (8010), at most 32000 GB as at creation;
     * a UDisk attached to the host grows in any power state, up to its type's largest (8000, RSSDDataDisk 32000).
     * Never shrinks, above the largest: 8107; a disk neither the host's nor attached to it: 8906; a UDisk being
     * attached or detached: 8982.
     */
    @Override
    public ResizeAttachedDiskResponse resizeAttachedDisk(UcloudCall call, ResizeAttachedDiskRequest r) {
        if (r.diskSpace() == null) throw call.missing("DiskSpace");
        if (r.diskSpace() < 1) throw call.error(UcloudRetCode.WRONG_DISK_SIZE, r.diskId());
        details.resizeDisk(call.scope(), r.uHostId(), r.diskId(), r.diskSpace(), MAX_DISK,
                type -> type.equals("RSSDDataDisk") ? 32_000 : 8_000, !r.dryRun());
        return new ResizeAttachedDiskResponse().setDiskId(r.diskId()).setNeedRestart(false);
    }

    /** The login of a host: the key pair only in KeyPair mode (a KeyPairId sent beside a password is not used). */
    private static UhostDetails.Login login(String mode, String keyPairId) {
        return new UhostDetails.Login(mode, mode.equals("KeyPair") ? keyPairId : null);
    }

    /** Password needs a base64 Password, KeyPair a KeyPairId; ImagePasswd (creation only) nothing. */
    private static void checkLogin(UcloudCall call, String mode, String password, String keyPairId, boolean creating) {
        switch (mode) {
            case "Password" -> {
                if (password == null) throw call.missing("Password");
                try {
                    Base64.getDecoder().decode(password);
                } catch (IllegalArgumentException e) {
                    throw call.invalid("Password");
                }
            }
            case "KeyPair" -> {
                if (keyPairId == null) throw call.missing("KeyPairId");
            }
            case "ImagePasswd" -> {
                if (!creating) throw call.invalid("LoginMode");
            }
            default -> throw call.invalid("LoginMode");
        }
    }
}
