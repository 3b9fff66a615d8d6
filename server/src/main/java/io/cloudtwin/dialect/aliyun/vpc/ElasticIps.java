package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.eip.EipMonitorLogs;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.SharedBandwidth;
import io.cloudtwin.core.eip.SharedBandwidthService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeHighDefinitionMonitorLogAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeHighDefinitionMonitorLogAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipAddressAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipForwardModeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.SetHighDefinitionMonitorLogStatusRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.SetHighDefinitionMonitorLogStatusResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Elastic IP addresses (the VPC product): allocated from the emulator's pool, Available until associated with an ECS
 * instance or a network interface, InUse while bound, released only when Available. The rules are VpcElasticIps';
 * these methods serve the ECS product's deprecated aliases of the same names too. High-definition monitoring
 * (alicloud_eip_address's high_definition_monitor_log_status) keeps its log project and store; nothing is logged.
 */
@Component
record ElasticIps(VpcElasticIps eips, SharedBandwidthService shared, EipMonitorLogs monitorLogs)
        implements VpcApi.AllocateEipAddress, VpcApi.AssociateEipAddress, VpcApi.ModifyEipForwardMode,
        VpcApi.UnassociateEipAddress, VpcApi.ReleaseEipAddress, VpcApi.ModifyEipAddressAttribute,
        VpcApi.DescribeEipAddresses, VpcApi.SetHighDefinitionMonitorLogStatus,
        VpcApi.DescribeHighDefinitionMonitorLogAttribute {
    /** The InstanceType of an EIP, the only kind whose high-definition monitoring is served. */
    private static final String EIP = "EIP";
    private static final String ON = "ON";
    private static final String OFF = "OFF";
    private static final Set<String> MONITOR_STATUSES = Set.of(ON, OFF);
    /** A Log Service project's name: 3 to 63 lower-case letters, digits and hyphens, a letter or digit at each end. */
    private static final Pattern LOG_PROJECT = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    /** A logstore's name: as a project's, with underscores too. */
    private static final Pattern LOG_STORE = Pattern.compile("[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]");

    @Override
    public AllocateEipAddressResponse allocateEipAddress(AliyunCall call, AllocateEipAddressRequest r) {
        String group = call.resourceGroup(r.resourceGroupId());
        ElasticIp e = eips.allocate(call, new VpcElasticIps.Allocation(r.name(), r.description(), r.bandwidth(),
                r.internetChargeType(), r.instanceChargeType(), r.isp(), r.ipAddress(), r.clientToken(),
                call.tags(r.tag()), group, r.publicIpAddressPoolId()));
        return new AllocateEipAddressResponse().setAllocationId(e.id()).setEipAddress(e.address())
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public void associateEipAddress(AliyunCall call, AssociateEipAddressRequest r) {
        eips.associate(call, r, r.mode());
    }

    @Override
    public void modifyEipForwardMode(AliyunCall call, ModifyEipForwardModeRequest r) {
        eips.forwardMode(call, r.instanceId(), r.mode());
    }

    @Override
    public void unassociateEipAddress(AliyunCall call, UnassociateEipAddressRequest r) {
        eips.unassociate(call, r);
    }

    @Override
    public void releaseEipAddress(AliyunCall call, ReleaseEipAddressRequest r) {
        eips.release(call, r.allocationId());
    }

    @Override
    public void modifyEipAddressAttribute(AliyunCall call, ModifyEipAddressAttributeRequest r) {
        eips.modify(call, r.allocationId(), r.name(), r.description(), r.bandwidth());
    }

    @Override
    public DescribeEipAddressesResponse describeEipAddresses(AliyunCall call, DescribeEipAddressesRequest r) {
        var out = new DescribeEipAddressesResponse();
        var page = eips.describe(call, out, r, r.eipName(), r.publicIpAddressPoolId(), r.segmentInstanceId(),
                call.tags(r.tag()), r.resourceGroupId());
        var tagged = eips.tagsOf(page.items());
        var grouped = eips.groupsOf(call.defaultResourceGroup(), page.items());
        var ids = page.items().stream().map(ElasticIp::id).toList();
        var sharing = shared.sharingOf(ids);
        var protectedOnes = eips.protectedOf(ids);
        var monitored = monitorLogs.of(ids);
        return out.setEipAddresses(page.items().stream().map(e -> eip(e, tagged.get(e.id()), sharing.get(e.id()))
                .setResourceGroupId(grouped.get(e.id())).setDeletionProtection(protectedOnes.contains(e.id()))
                .setHdMonitorStatus(monitored.containsKey(e.id()) ? ON : OFF))
                .toList());
    }

    /**
     * InstanceId an EIP (InstanceType EIP or none), Status ON towards LogProject and LogStore (names a project and a
     * logstore could have), or OFF.
     */
    @Override
    public SetHighDefinitionMonitorLogStatusResponse setHighDefinitionMonitorLogStatus(AliyunCall call,
            SetHighDefinitionMonitorLogStatusRequest r) {
        instanceType(call, r.instanceType());
        if (!MONITOR_STATUSES.contains(r.status())) throw call.firstError("Status", "ParameterInvalid");
        if (ON.equals(r.status()) && !(LOG_PROJECT.matcher(r.logProject()).matches()
                && LOG_STORE.matcher(r.logStore()).matches())) {
            // no log service here: a name no project or logstore can have is the one thing known not to exist
            throw call.firstError(r.logProject(), "ProjectOrLogstoreNotExist");
        }
        monitorLogs.set(call.scope(), r.instanceId(),
                ON.equals(r.status()) ? new EipMonitorLogs.Destination(r.logProject(), r.logStore()) : null);
        return new SetHighDefinitionMonitorLogStatusResponse().setSuccess("true");
    }

    /** The EIP's log project and store (empty while its monitoring is off). */
    @Override
    public DescribeHighDefinitionMonitorLogAttributeResponse describeHighDefinitionMonitorLogAttribute(
            AliyunCall call, DescribeHighDefinitionMonitorLogAttributeRequest r) {
        instanceType(call, r.instanceType());
        var to = monitorLogs.of(call.scope(), r.instanceId());
        return new DescribeHighDefinitionMonitorLogAttributeResponse().setInstanceId(r.instanceId())
                .setInstanceType(EIP).setLogProject(to.map(EipMonitorLogs.Destination::logProject).orElse(""))
                .setLogStore(to.map(EipMonitorLogs.Destination::logStore).orElse("")).setSuccess("true");
    }

    private static void instanceType(AliyunCall call, String type) {
        if (!AliyunFormats.blank(type) && !type.equals(EIP)) throw call.firstError("InstanceType", "ParameterInvalid");
    }

    /**
     * An EIP as DescribeEipAddresses writes it: InstanceRegionId and PrivateIpAddress "" when free; in a common
     * bandwidth package (in), the package beside it and Bandwidth its bandwidth there (EipBandwidth its own).
     */
    private static DescribeEipAddressesResponse.EipAddress eip(ElasticIp e, Map<String, String> tagged,
                                                               SharedBandwidthService.Sharing in) {
        var out = VpcElasticIps.eipAddress(new DescribeEipAddressesResponse.EipAddress(), e);
        if (in != null) {
            SharedBandwidth pkg = in.sharedBandwidth();
            out.setBandwidthPackageId(pkg.id()).setBandwidthPackageType("CommonBandwidthPackage")
                    .setBandwidthPackageBandwidth(String.valueOf(pkg.bandwidth()))
                    .setBandwidth(String.valueOf(in.bandwidth()));
        } else {
            out.setBandwidthPackageId("").setBandwidthPackageType("").setBandwidthPackageBandwidth("");
        }
        return out.setName(e.name())
                .setDescription(e.description()).setBusinessStatus("Normal").setIsp(e.isp())
                .setNetmode("public").setMode(e.mode()).setSecondLimited(false)
                .setServiceManaged(0)
                .setInstanceRegionId(e.bound() ? e.region() : "").setPrivateIpAddress(e.privateIp())
                .setOperationLocks(List.of()).setSecurityProtectionTypes(List.of())
                .setPublicIpAddressPoolId(e.addressPoolId()).setSegmentInstanceId(e.segmentId())
                .setTags(AliyunFormats.keyValueTags(tagged, DescribeEipAddressesResponse.Tag::new));
    }
}
