package io.cloudtwin.dialect.aliyun.ecs;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.BindingService;
import io.cloudtwin.core.compute.DiskService;
import io.cloudtwin.core.compute.DedicatedHostService;
import io.cloudtwin.core.compute.HpcClusterService;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.compute.InstanceBilling;
import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceInternet;
import io.cloudtwin.core.compute.InstanceLifecycle;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.LaunchTemplateService;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateInstanceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateInstanceResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteInstanceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.JoinSecurityGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.LeaveSecurityGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceSpecRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RebootInstanceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RunInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RunInstancesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.StartInstanceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.StopInstanceRequest;

/** ECS instances: create (RunInstances, CreateInstance), power, change, delete, and their security groups. */
@Component
record Instances(InstanceLifecycle lifecycle, InstanceService instances, SecurityGroupService groups,
                 BindingService bindings, InterfaceService interfaces, CloudtwinProperties props, EcsCatalog catalog,
                 ImageService images, InstanceInternet internet, WallClock clock, LaunchTemplateService templates,
                 DedicatedHostService dedicatedHosts, HpcClusterService hpcClusters)
        implements EcsApi.RunInstances, EcsApi.CreateInstance, EcsApi.StartInstance, EcsApi.StopInstance,
        EcsApi.RebootInstance, EcsApi.DeleteInstance, EcsApi.ModifyInstanceAttribute, EcsApi.ModifyInstanceSpec,
        EcsApi.JoinSecurityGroup, EcsApi.LeaveSecurityGroup, EcsApi.ModifyInstanceVpcAttribute {
    /** Alibaba's limit on UserData: 32 KB before it is encoded in Base64. */
    private static final int USER_DATA_BYTES = 32 * 1024;

    /** What both creations take: image, type, groups, network, names, user data, system disk, tags. */
    private record Launch(String imageId, String instanceType, String securityGroupId, List<String> securityGroupIds,
                          String vSwitchId, String privateIpAddress, String zoneId, String instanceName,
                          String description, String hostName, Boolean uniqueSuffix, String userData,
                          String systemDiskCategory, Integer systemDiskSize, Map<String, String> tags,
                          String keyPairName, String systemDiskName, String systemDiskDescription,
                          String systemDiskPerformanceLevel, List<DiskService.NewDisk> dataDisks,
                          InstanceDetail.Internet internet, InstanceDetail.Billing billing, String deploymentSetId,
                          Integer deploymentSetGroupNo, OffsetDateTime autoReleaseTime,
                          InstanceDetail.MetadataOptions metadata, boolean deletionProtection, String ramRoleName,
                          String resourceGroup, List<String> ipv6Addresses, int ipv6Count, String privatePool,
                          String privatePoolId, InterfaceService.Settings primary,
                          List<LaunchInterfaces.Secondary> interfaces, String dedicatedHostId) {}

    @Override
    public RunInstancesResponse runInstances(AliyunCall call, RunInstancesRequest given) {
        RunInstancesRequest r = templated(call, given);
        HpcClusters.refuseMember(call, hpcClusters, r.hpcClusterId());
        int amount = r.amount() == null ? 1 : r.amount();
        var nics = LaunchInterfaces.of(call, r, amount);
        Launch launch = new Launch(r.imageId(), r.instanceType(), nics.securityGroupId(), nics.securityGroupIds(),
                nics.vSwitchId(), nics.privateIp(), r.zoneId(), r.instanceName(), r.description(), r.hostName(),
                r.uniqueSuffix(), r.userData(), r.systemDiskCategory(), diskSize(call, r.systemDiskSize()),
                call.tags(r.tag()), r.keyPairName(), r.systemDiskDiskName(), r.systemDiskDescription(),
                r.systemDiskPerformanceLevel(), dataDisks(call, r.zoneId(), r.dataDisk()),
                internet(call, r.instanceChargeType(), r.internetChargeType(), r.internetMaxBandwidthOut(),
                        r.internetMaxBandwidthIn()),
                Subscriptions.requested(call, new Subscriptions.Terms(r.instanceChargeType(), r.spotStrategy(),
                        r.spotPriceLimit(), r.spotDuration(), r.spotInterruptionBehavior(), r.period(), r.periodUnit(),
                        r.autoRenew(), r.autoRenewPeriod())), r.deploymentSetId(), r.deploymentSetGroupNo(),
                Subscriptions.releaseTime(call, r.autoReleaseTime(), clock.now()),
                MetadataOptions.requested(call, r.httpEndpoint(), r.httpTokens(), r.httpPutResponseHopLimit()),
                Boolean.TRUE.equals(r.deletionProtection()), RamRoles.requested(call, r.ramRoleName(), r.vSwitchId()),
                call.resourceGroup(r.resourceGroupId()), nics.ipv6(),
                NetworkInterfaces.ipv6Count(call, nics.ipv6(), nics.ipv6Count(), List.of(), null),
                PrivatePools.requested(call, r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId()),
                PrivatePools.target(r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId()),
                nics.primarySettings(), nics.secondaries(), AliyunFormats.orNull(r.dedicatedHostId()));
        List<String> ids = create(call, launch, amount, InstanceStatus.RUNNING, r.clientToken());
        return new RunInstancesResponse().setInstanceIdSets(ids);
    }

    @Override
    public CreateInstanceResponse createInstance(AliyunCall call, CreateInstanceRequest r) {
        HpcClusters.refuseMember(call, hpcClusters, r.hpcClusterId());
        Launch launch = new Launch(r.imageId(), r.instanceType(), r.securityGroupId(), List.of(), r.vSwitchId(),
                r.privateIpAddress(), r.zoneId(), r.instanceName(), r.description(), r.hostName(), null, r.userData(),
                r.systemDiskCategory(), r.systemDiskSize(), call.tags(r.tag()), r.keyPairName(), r.systemDiskDiskName(),
                r.systemDiskDescription(), r.systemDiskPerformanceLevel(), List.of(), internet(call,
                        r.instanceChargeType(), r.internetChargeType(), r.internetMaxBandwidthOut(),
                        r.internetMaxBandwidthIn()),
                Subscriptions.requested(call, new Subscriptions.Terms(r.instanceChargeType(), r.spotStrategy(),
                        r.spotPriceLimit(), r.spotDuration(), r.spotInterruptionBehavior(), r.period(), r.periodUnit(),
                        r.autoRenew(), r.autoRenewPeriod())), r.deploymentSetId(), r.deploymentSetGroupNo(), null,
                MetadataOptions.requested(call, r.httpEndpoint(), r.httpTokens(), r.httpPutResponseHopLimit()),
                Boolean.TRUE.equals(r.deletionProtection()), RamRoles.requested(call, r.ramRoleName(), r.vSwitchId()),
                call.resourceGroup(r.resourceGroupId()), List.of(), 0,
                PrivatePools.requested(call, r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId()),
                PrivatePools.target(r.privatePoolOptionsMatchCriteria(), r.privatePoolOptionsId()),
                InterfaceService.Settings.NONE, List.of(), AliyunFormats.orNull(r.dedicatedHostId()));
        List<String> ids = create(call, launch, 1, InstanceStatus.STOPPED, r.clientToken());
        return new CreateInstanceResponse().setInstanceId(ids.get(0));
    }

    /**
     * A launch from a launch template (LaunchTemplateId, else LaunchTemplateName; LaunchTemplateVersion, else the
     * default version): the template's settings where the request gives none.
     */
    private RunInstancesRequest templated(AliyunCall call, RunInstancesRequest r) {
        if (AliyunFormats.blank(r.launchTemplateId()) && AliyunFormats.blank(r.launchTemplateName())) return r;
        var version = templates.launchVersion(call.scope(), r.launchTemplateId(), r.launchTemplateName(),
                r.launchTemplateVersion());
        return LaunchTemplateSettings.launch(r, version.data());
    }

    private static InstanceDetail.Internet internet(AliyunCall call, String instanceChargeType,
                                                    String internetChargeType, Integer out, Integer in) {
        return PublicAddresses.requested(call, instanceChargeType, internetChargeType, out, in);
    }

    /** DataDisk.N: category (cloud_efficiency), size within the category's range, name, description, options. */
    private List<DiskService.NewDisk> dataDisks(AliyunCall call, String zone, List<RunInstancesRequest.DataDisk> given) {
        if (given.size() > DiskService.DATA_DISKS_PER_INSTANCE) throw call.invalid("DataDisk");
        List<DiskService.NewDisk> out = new ArrayList<>();
        int n = 0;
        for (var d : given) {
            n++;
            String category = d.category() == null ? "cloud_efficiency" : d.category();
            int size = catalog.dataDiskSize(call, category, d.performanceLevel(), d.size(), "DataDisk." + n + ".");
            out.add(new DiskService.NewDisk(zone, d.diskName(), d.description(), category, size,
                    d.deleteWithInstance() == null || d.deleteWithInstance(), "true".equalsIgnoreCase(d.encrypted()),
                    d.performanceLevel(), d.snapshotId()));
        }
        return out;
    }

    private static Integer diskSize(AliyunCall call, String size) {
        if (size == null) return null;
        try {
            return Integer.valueOf(size.trim());
        } catch (NumberFormatException e) {
            throw call.invalid("SystemDisk.Size");
        }
    }

    private List<String> create(AliyunCall call, Launch l, int amount, InstanceStatus target, String token) {
        Scope scope = call.scope();
        Set<String> wanted = new LinkedHashSet<>();
        if (l.securityGroupId() != null && !l.securityGroupIds().isEmpty()) {
            throw call.error("InvalidSecurityGroupId.SingleIdAndMultiIdConflict",
                    "SecurityGroupId and SecurityGroupIds.N cannot both be given.");
        }
        if (l.dedicatedHostId() != null) {
            String family = DedicatedHosts.family(dedicatedHosts.get(scope, l.dedicatedHostId()).hostType());
            if (l.instanceType() == null || !l.instanceType().startsWith(family + ".")) {
                throw call.firstError("DedicatedHostId", "DedicatedHostType.Unmatched");
            }
        }
        if (l.securityGroupId() != null) wanted.add(l.securityGroupId());
        wanted.addAll(l.securityGroupIds());
        if (wanted.size() < l.securityGroupIds().size()) {
            throw call.error("InvalidParameter.SecurityGroupIdRepeated", "SecurityGroupIds.N names a security group more than once.");
        }
        if (wanted.isEmpty()) throw call.missing("SecurityGroupId");
        if (l.imageId() == null || l.imageId().isEmpty()) throw call.missing("ImageId");
        int imageSize = 0;
        boolean custom = catalog.image(l.imageId()).isEmpty();
        if (custom) {
            // a custom image of the region (locked again in the creating transaction)
            imageSize = EcsImages.launchable(call, images, scope, l.imageId()).sizeGb();
        }
        if (l.instanceType() == null || l.instanceType().isEmpty()) throw call.missing("InstanceType");
        if (catalog.instanceType(l.instanceType()).isEmpty()) {
            throw call.firstError("InstanceType", "InvalidInstanceType.ValueNotSupported", "InvalidInstanceType.NotSupported");
        }
        String name = l.instanceName() == null ? "" : l.instanceName();
        if (name.length() > 128) throw call.invalid("InstanceName");
        String description = l.description() == null ? "" : l.description();
        if (description.length() > 256) throw call.invalid("Description");
        String host = l.hostName() == null ? "" : l.hostName();
        if (host.length() > 64 || host.startsWith(".") || host.startsWith("-")) throw call.invalid("HostName");
        if (l.deletionProtection()) {
            InstanceBilling.requireProtectable(l.internet().instanceChargeType(), l.billing().spotStrategy(), null);
        }
        checkUserData(call, l.userData());
        if (l.vSwitchId() == null) requireNoVpc(call, scope, wanted);
        int[] shape = catalog.shape(l.instanceType());
        var spec = new InstanceService.NewInstance(l.zoneId() == null ? "" : l.zoneId(), name, description,
                l.imageId(), l.instanceType(), "", shape[0], shape[1], target,
                wanted.stream().map(g -> new InstanceService.GroupRef(g, 1)).toList(), "",
                l.vSwitchId() == null ? "" : l.vSwitchId(), l.privateIpAddress() == null ? "" : l.privateIpAddress());
        boolean suffix = Boolean.TRUE.equals(l.uniqueSuffix()) && amount > 1;
        List<String> names = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (int n = 1; n <= amount; n++) {
            String seq = suffix ? String.format("%03d", n) : "";
            names.add(name.isEmpty() ? "" : name + seq);
            hosts.add(host.isEmpty() ? "" : host + seq);
        }
        String systemCategory = l.systemDiskCategory() == null ? "cloud_efficiency" : l.systemDiskCategory();
        int systemSize = catalog.systemDiskSize(call, systemCategory, l.systemDiskPerformanceLevel(), l.systemDiskSize());
        if (systemSize < imageSize) {
            if (l.systemDiskSize() != null) throw call.firstError("SystemDisk.Size", "InvalidSystemDiskSize.LessThanImageSize");
            systemSize = imageSize;
        }
        var system = new DiskService.NewDisk("", l.systemDiskName(), l.systemDiskDescription(), systemCategory, systemSize,
                true, false, l.systemDiskPerformanceLevel(), "");
        String userData = l.userData() == null ? "" : l.userData();
        var extras = new InstanceLifecycle.Extras(names, hosts, userData, systemCategory, systemSize, l.tags(),
                l.keyPairName(), system, l.dataDisks(), custom, l.internet(), target == InstanceStatus.RUNNING,
                l.billing(), l.deploymentSetId(), l.deploymentSetGroupNo(), l.autoReleaseTime(), l.metadata(),
                l.deletionProtection(), l.ramRoleName(), l.resourceGroup(), l.ipv6Addresses(), l.ipv6Count(),
                l.privatePool(), l.privatePoolId(), l.primary(),
                l.interfaces().stream().map(s -> s.forGroups(List.copyOf(wanted))).toList(), l.dedicatedHostId());
        return lifecycle.create(scope, spec, amount, extras, call.action(), token);
    }

    /**
     * Groups in a VPC need VSwitchId (InvalidVSwitchId.Necessary); groups of different VPCs are left to the
     * creation, which answers the mismatch.
     */
    private void requireNoVpc(AliyunCall call, Scope scope, Set<String> groupIds) {
        Set<String> vpcs = new LinkedHashSet<>();
        for (String id : groupIds) {
            try {
                vpcs.add(groups.get(scope, id).vpcId());
            } catch (DomainException e) {
                return; // an unknown group is answered by the creation itself
            }
        }
        if (vpcs.size() == 1 && !vpcs.iterator().next().isEmpty()) throw call.error("InvalidVSwitchId.Necessary");
    }

    @Override
    public void startInstance(AliyunCall call, StartInstanceRequest r) {
        instances.start(call.scope(), r.instanceId());
    }

    @Override
    public void stopInstance(AliyunCall call, StopInstanceRequest r) {
        boolean stopCharging = StoppedModes.stopCharging(call, r.stoppedMode());
        lifecycle.stop(call.scope(), r.instanceId(), stopCharging);
    }

    @Override
    public void rebootInstance(AliyunCall call, RebootInstanceRequest r) {
        instances.reboot(call.scope(), r.instanceId());
    }

    @Override
    public void deleteInstance(AliyunCall call, DeleteInstanceRequest r) {
        lifecycle.delete(call.scope(), r.instanceId(), Boolean.TRUE.equals(r.force()));
    }

    @Override
    public void modifyInstanceSpec(AliyunCall call, ModifyInstanceSpecRequest r) {
        String type = r.instanceType() == null || r.instanceType().isEmpty() ? null : r.instanceType();
        if (type != null && catalog.instanceType(type).isEmpty()) {
            throw call.firstError("InstanceType", "InvalidInstanceType.ValueNotSupported");
        }
        Integer out = PublicAddresses.bandwidthOut(call, r.internetMaxBandwidthOut());
        int[] shape = type == null ? new int[2] : catalog.shape(type);
        internet.respecPayAsYouGo(call.scope(), r.instanceId(), type, shape[0], shape[1], out,
                r.internetMaxBandwidthIn());
    }

    @Override
    public void modifyInstanceVpcAttribute(AliyunCall call, ModifyInstanceVpcAttributeRequest r) {
        String ip = r.privateIpAddress() == null || r.privateIpAddress().isEmpty() ? null : r.privateIpAddress();
        if (ip != null && !Cidr.isAddress(ip)) {
            throw call.firstError("PrivateIpAddress", "InvalidPrivateIpAddress.Malformed");
        }
        String vpc = r.vpcId() == null || r.vpcId().isEmpty() ? null : r.vpcId();
        lifecycle.move(call.scope(), r.instanceId(), r.vSwitchId(), ip, vpc, r.securityGroupId());
    }

    @Override
    public void modifyInstanceAttribute(AliyunCall call, ModifyInstanceAttributeRequest r) {
        String host = r.hostName();
        if (host != null && (host.isEmpty() || host.length() > 64 || host.startsWith(".") || host.startsWith("-"))) {
            throw call.error("InvalidHostName.Malformed");
        }
        List<String> groupIds = r.securityGroupIds().isEmpty() ? null : r.securityGroupIds();
        if (groupIds != null && groupIds.size() != new HashSet<>(groupIds).size()) {
            throw call.error("InvalidParameter.SecurityGroupIdRepeated");
        }
        lifecycle.modify(call.scope(), r.instanceId(), r.instanceName(), r.description(), host, r.userData(), groupIds,
                r.deletionProtection());
    }

    @Override
    public void joinSecurityGroup(AliyunCall call, JoinSecurityGroupRequest r) {
        Scope scope = call.scope();
        String instanceId = boundInstance(call, scope, r.instanceId(), r.networkInterfaceId());
        if (instanceId != null) bindings.join(scope, instanceId, r.securityGroupId(), 1);
        else interfaces.join(scope, r.networkInterfaceId(), r.securityGroupId(),
                props.limits().groupsPerInstance());
    }

    @Override
    public void leaveSecurityGroup(AliyunCall call, LeaveSecurityGroupRequest r) {
        Scope scope = call.scope();
        String instanceId = boundInstance(call, scope, r.instanceId(), r.networkInterfaceId());
        if (instanceId != null) bindings.leave(scope, instanceId, r.securityGroupId());
        else interfaces.leave(scope, r.networkInterfaceId(), r.securityGroupId());
    }

    /**
     * The instance Join/LeaveSecurityGroup act on: InstanceId, or the instance whose primary interface
     * NetworkInterfaceId names (whose groups are the instance's); null for a secondary interface. Not both.
     */
    private String boundInstance(AliyunCall call, Scope scope, String instanceId, String interfaceId) {
        if (interfaceId == null) {
            if (instanceId == null) throw call.missing("InstanceId");
            return instanceId;
        }
        if (instanceId != null) throw call.error("InvalidParam.EniIdAndInstanceId.Conflict");
        if (!interfaceId.startsWith("eni-")) throw call.error("InvalidEniId.NotFound");
        var primary = NetworkInterfaces.primaryOf(instances, scope, interfaceId);
        return primary == null ? null : primary.id();
    }

    /** UserData, where given, is Base64 of at most 32 KB (Alibaba's limit on the data before it is encoded). */
    static void checkUserData(AliyunCall call, String userData) {
        if (userData == null || userData.isEmpty()) return;
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(userData);
        } catch (IllegalArgumentException e) {
            throw call.firstError("UserData", "InvalidUserData.Base64FormatInvalid");
        }
        if (raw.length > USER_DATA_BYTES) throw call.firstError("UserData", "InvalidUserData.SizeExceeded");
    }
}
