package io.cloudtwin.dialect.aliyun.ecs;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.DedicatedHostService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.InstanceCursor;
import io.cloudtwin.core.compute.InstanceBilling;
import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceLifecycle;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.PrivateAddressService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.IsolationGroupService;
import io.cloudtwin.core.compute.IsolationGroup.Member;
import io.cloudtwin.core.compute.KeyPair;
import io.cloudtwin.core.compute.KeyPairService;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceMaintenanceAttributesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceMaintenanceAttributesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceStatusRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceStatusResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstancesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeUserDataRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeUserDataResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.spec.Paging;

/** What ECS tells of its instances: the instances, their status, user data, attributes and system disks. */
@Component
record InstanceDescriptions(InstanceService instances, InstanceLifecycle lifecycle, TagService tags, KeyPairService keyPairs,
                            ElasticIpService eips, IsolationGroupService deploymentSets,
                            PrivateAddressService privateAddresses, InterfaceService interfaces,
                            DedicatedHostService dedicatedHosts)
        implements EcsApi.DescribeInstances, EcsApi.DescribeInstanceAttribute, EcsApi.DescribeInstanceStatus,
        EcsApi.DescribeUserData,
        EcsApi.DescribeInstanceMaintenanceAttributes {
    private static final String NO_EXPIRY = "2099-12-31T15:59Z";

    @Override
    public DescribeInstancesResponse describeInstances(AliyunCall call, DescribeInstancesRequest r) {
        var scope = call.scope();
        List<String> ids = new ArrayList<>(call.narrow(tags, scope, ResourceType.INSTANCE,
                r.instanceIds(), r.tag(), r.resourceGroupId()).orElse(List.of("")));
        if (r.keyPairName() != null && !r.keyPairName().isEmpty()) {
            var using = keyPairs.instancesOf(scope, r.keyPairName());
            if (ids.isEmpty()) ids.addAll(using);
            else ids.retainAll(using);
            if (ids.isEmpty()) ids.add("");
        }
        if (!r.ipv6Address().isEmpty()) {
            var holding = privateAddresses.ipv6Holders(r.ipv6Address());
            if (ids.isEmpty()) ids.addAll(holding);
            else ids.retainAll(holding);
            if (ids.isEmpty()) ids.add("");
        }
        InstanceStatus wanted = null;
        if (r.status() != null) {
            wanted = AliyunFormats.statusOf(r.status());
            if (wanted == null) throw call.error("InvalidStatus.NotFound");
        }
        var paging = call.paging(10);
        var filter = new InstanceFilter(ids, wanted, r.securityGroupId(), r.instanceName(), r.zoneId(), null,
                r.vpcId(), r.vSwitchId(), r.imageId(), r.instanceType(), r.privateIpAddresses(), r.publicIpAddresses(),
                r.eipAddresses());
        var out = new DescribeInstancesResponse();
        Page<Instance> page;
        if (paging.tokenMode()) {
            // NextToken seeks past the last instance shown: creations and deletions between pages shift nothing
            page = instances.list(scope, filter, 0, paging.limit() + 1, after(paging));
            boolean more = page.items().size() > paging.limit();
            var items = more ? page.items().subList(0, paging.limit()) : page.items();
            page = new Page<>(items, page.total());
            call.paged(out, paging, page.total(), more ? cursor(items.get(items.size() - 1)) : null);
        } else {
            page = instances.list(scope, filter, paging.offset(), paging.limit());
            call.paged(out, paging, page.total());
        }
        var shown = page.items().stream().map(Instance::id).toList();
        var details = lifecycle.details(shown);
        var tagged = tags.of(shown);
        var logins = keyPairs.ofInstances(shown);
        var addresses = eips.ofTargets(shown);
        var sets = deploymentSets.membershipsOf(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        var stoppedCharging = lifecycle.stoppedCharging(shown);
        var attached = interfaces.attachedTo(shown);
        // the instances' own (their primary interfaces') and their secondary interfaces' IPv6 addresses
        List<String> holders = new ArrayList<>(shown);
        attached.values().forEach(l -> l.forEach(n -> holders.add(n.id())));
        var ipv6 = privateAddresses.ipv6Of(holders);
        var hosted = dedicatedHosts.hostsOf(shown);
        return out.setInstances(page.items().stream().map(i -> instance(i, details.get(i.id()), tagged.get(i.id()),
                logins.get(i.id()), addresses.get(i.id()), sets.get(i.id()), ipv6,
                attached.getOrDefault(i.id(), List.of()))
                .setResourceGroupId(grouped.get(i.id()))
                .setDedicatedHostAttribute(new DescribeInstancesResponse.DedicatedHostAttribute()
                        .setDedicatedHostId(hosted.getOrDefault(i.id(), "")).setDedicatedHostName("")
                        .setDedicatedHostClusterId(""))
                .setStoppedMode(StoppedModes.of(i.status(), i.id(), stoppedCharging))).toList());
    }

    private static DescribeInstancesResponse.Instance instance(Instance i, InstanceDetail d, Map<String, String> tags,
                                                               KeyPair login, ElasticIp eip, Member set,
                                                               Map<String, List<String>> ipv6,
                                                               List<NetworkInterface> secondary) {
        return new DescribeInstancesResponse.Instance().setInstanceId(i.id()).setInstanceName(i.name())
                .setDeploymentSetId(set == null ? "" : set.groupId())
                .setDeploymentSetGroupNo(set == null || set.groupNo() == 0 ? null : set.groupNo())
                .setEipAddress(eip == null ? new DescribeInstancesResponse.EipAddress().setAllocationId("")
                        .setIpAddress("").setInternetChargeType("") : new DescribeInstancesResponse.EipAddress()
                        .setAllocationId(eip.id()).setIpAddress(eip.address()).setBandwidth(eip.bandwidthMbps())
                        .setInternetChargeType(eip.internetChargeType()).setIsSupportUnassociate(true))
                .setKeyPairName(login == null ? "" : login.name())
                .setDescription(i.description())
                .setHostName(d == null ? InstanceLifecycle.defaultHostName(i.id()) : d.hostName())
                .setInstanceChargeType(net(d).instanceChargeType()).setInternetChargeType(net(d).internetChargeType())
                .setInternetMaxBandwidthOut(net(d).bandwidthOut()).setInternetMaxBandwidthIn(net(d).bandwidthIn())
                .setPublicIpAddress(publicIps(d))
                .setSpotStrategy(bill(d).spotStrategy()).setSpotPriceLimit(BigDecimal.valueOf(bill(d).spotPriceLimit()))
                .setSpotDuration(bill(d).spotDuration()).setSpotInterruptionBehavior(bill(d).spotInterruptionBehavior())
                .setExpiredTime(expiredTime(i, d))
                .setAutoReleaseTime(d == null || d.autoReleaseTime() == null ? "" : AliyunFormats.minutes(d.autoReleaseTime()))
                .setMetadataOptions(metadata(d == null ? InstanceDetail.MetadataOptions.DEFAULT : d.metadata()))
                .setDeletionProtection(d != null && d.deletionProtection())
                .setRegionId(i.region()).setZoneId(i.zone()).setImageId(i.imageId()).setInstanceType(i.instanceType())
                .setCpu(i.cpu()).setMemory(i.memoryMb()).setStatus(AliyunFormats.status(i.status()))
                .setInstanceNetworkType("vpc").setCreationTime(AliyunFormats.minutes(i.createdAt()))
                .setSecurityGroupIds(i.groupIds())
                .setOperationLocks(i.locked() ? List.of(new DescribeInstancesResponse.LockReason()
                        .setLockReason(i.lockReason())) : List.of())
                .setVpcAttributes(new DescribeInstancesResponse.VpcAttributes().setVpcId(i.vpcId())
                        .setVSwitchId(i.subnetId()).setNatIpAddress("")
                        .setPrivateIpAddress(i.privateIp().isEmpty() ? List.of() : List.of(i.privateIp())))
                .setNetworkInterfaces(networkInterfaces(i, ipv6, secondary))
                .setTags(AliyunFormats.tags(tags, DescribeInstancesResponse.Tag::new));
    }

    /** The instance's primary interface, then the secondary ones attached to it, each with its IPv6 addresses. */
    private static List<DescribeInstancesResponse.NetworkInterface> networkInterfaces(
            Instance i, Map<String, List<String>> ipv6, List<NetworkInterface> secondary) {
        List<DescribeInstancesResponse.NetworkInterface> out = new ArrayList<>();
        out.add(new DescribeInstancesResponse.NetworkInterface()
                .setNetworkInterfaceId(InstanceLifecycle.primaryInterfaceId(i.id())).setType("Primary")
                .setMacAddress(AliyunFormats.mac(i.id())).setPrimaryIpAddress(i.privateIp())
                .setIpv6Sets(AliyunFormats.ipv6Sets(ipv6.getOrDefault(i.id(), List.of()),
                        DescribeInstancesResponse.Ipv6Set::new)));
        for (NetworkInterface n : secondary) {
            out.add(new DescribeInstancesResponse.NetworkInterface().setNetworkInterfaceId(n.id()).setType("Secondary")
                    .setMacAddress(AliyunFormats.mac(n.id())).setPrimaryIpAddress(n.privateIp())
                    .setIpv6Sets(AliyunFormats.ipv6Sets(ipv6.getOrDefault(n.id(), List.of()),
                            DescribeInstancesResponse.Ipv6Set::new)));
        }
        return out;
    }

    /** A keyset cursor: the instance's creation time (epoch seconds and nanoseconds) and id. */
    private static String cursor(Instance i) {
        Instant t = i.createdAt().toInstant();
        return t.getEpochSecond() + "." + t.getNano() + "/" + i.id();
    }

    private static InstanceCursor after(Paging paging) {
        String c = paging.cursor();
        if (c == null) return null;
        try {
            int dot = c.indexOf('.');
            int slash = c.indexOf('/');
            if (dot <= 0 || slash <= dot + 1 || slash == c.length() - 1) throw paging.invalidToken();
            Instant t = Instant.ofEpochSecond(Long.parseLong(c.substring(0, dot)),
                    Integer.parseInt(c.substring(dot + 1, slash)));
            return new InstanceCursor(t.atOffset(ZoneOffset.UTC), c.substring(slash + 1));
        } catch (NumberFormatException | DateTimeException e) {
            throw paging.invalidToken();
        }
    }

    /** The instance's public side (PostPaid, no bandwidth, for one without Aliyun details). */
    private static InstanceDetail.Internet net(InstanceDetail d) {
        return d == null ? InstanceDetail.Internet.NONE : d.internet();
    }

    private static InstanceDetail.Billing bill(InstanceDetail d) {
        return d == null ? InstanceDetail.Billing.NONE : d.billing();
    }

    /** A subscription's end; a pay-as-you-go instance has none, which ECS writes as the end of 2099 (UTC+8). */
    private static String expiredTime(Instance i, InstanceDetail d) {
        return InstanceBilling.PRE_PAID.equals(net(d).instanceChargeType())
                ? AliyunFormats.minutes(bill(d).expiresAt(i.createdAt())) : NO_EXPIRY;
    }

    private static List<String> publicIps(InstanceDetail d) {
        return net(d).publicIp() == null ? List.of() : List.of(net(d).publicIp());
    }

    @Override
    public DescribeInstanceAttributeResponse describeInstanceAttribute(AliyunCall call, DescribeInstanceAttributeRequest r) {
        Instance i = instances.get(call.scope(), r.instanceId());
        var d = lifecycle.details(List.of(i.id())).get(i.id());
        return new DescribeInstanceAttributeResponse().setInstanceId(i.id()).setInstanceName(i.name())
                .setDescription(i.description())
                .setHostName(d == null ? InstanceLifecycle.defaultHostName(i.id()) : d.hostName())
                .setRegionId(i.region()).setZoneId(i.zone()).setImageId(i.imageId()).setInstanceType(i.instanceType())
                .setCpu(i.cpu()).setMemory(i.memoryMb()).setStatus(AliyunFormats.status(i.status()))
                .setStoppedMode(StoppedModes.of(i.status(), i.id(), lifecycle.stoppedCharging(List.of(i.id()))))
                .setInstanceNetworkType("vpc").setCreationTime(AliyunFormats.minutes(i.createdAt()))
                .setInstanceChargeType(net(d).instanceChargeType()).setInternetChargeType(net(d).internetChargeType())
                .setInternetMaxBandwidthOut(net(d).bandwidthOut()).setInternetMaxBandwidthIn(net(d).bandwidthIn())
                .setPublicIpAddress(publicIps(d)).setExpiredTime(expiredTime(i, d))
                .setVpcAttributes(new DescribeInstanceAttributeResponse.VpcAttributes().setVpcId(i.vpcId())
                        .setVSwitchId(i.subnetId()).setNatIpAddress("")
                        .setPrivateIpAddress(i.privateIp().isEmpty() ? List.of() : List.of(i.privateIp())))
                .setSecurityGroupIds(i.groupIds())
                .setOperationLocks(i.locked() ? List.of(new DescribeInstanceAttributeResponse.LockReason()
                        .setLockReason(i.lockReason())) : List.of());
    }

    @Override
    public DescribeInstanceStatusResponse describeInstanceStatus(AliyunCall call, DescribeInstanceStatusRequest r) {
        var paging = call.paging(10);
        var page = instances.list(call.scope(), new InstanceFilter(r.instanceId(), null, null, null, r.zoneId(), null),
                paging.offset(), paging.limit());
        return call.paged(new DescribeInstanceStatusResponse().setInstanceStatuses(page.items().stream().map(i ->
                new DescribeInstanceStatusResponse.InstanceStatus().setInstanceId(i.id())
                        .setStatus(AliyunFormats.status(i.status()))).toList()), paging, page.total());
    }

    @Override
    public DescribeUserDataResponse describeUserData(AliyunCall call, DescribeUserDataRequest r) {
        Instance i = instances.get(call.scope(), r.instanceId());
        var d = lifecycle.details(List.of(i.id())).get(i.id());
        return new DescribeUserDataResponse().setRegionId(i.region()).setInstanceId(i.id())
                .setUserData(d == null ? "" : d.userData());
    }

    @Override
    public DescribeInstanceMaintenanceAttributesResponse describeInstanceMaintenanceAttributes(
            AliyunCall call, DescribeInstanceMaintenanceAttributesRequest r) {
        var paging = call.paging(10);
        List<String> ids = r.instanceId();
        var page = instances.list(call.scope(), new InstanceFilter(ids, null, null, null, null, null),
                paging.offset(), paging.limit());
        if (!ids.isEmpty() && page.total() < new HashSet<>(ids).size()) throw call.error("InvalidInstanceId.NotFound");
        var details = lifecycle.details(page.items().stream().map(Instance::id).toList());
        return call.paged(new DescribeInstanceMaintenanceAttributesResponse().setMaintenanceAttributes(
                page.items().stream().map(i -> maintenance(i.id(), details.containsKey(i.id())
                        ? details.get(i.id()).maintenance() : InstanceDetail.Maintenance.DEFAULT)).toList()),
                paging, page.total());
    }

    private static DescribeInstanceMaintenanceAttributesResponse.MaintenanceAttribute maintenance(
            String id, InstanceDetail.Maintenance m) {
        return new DescribeInstanceMaintenanceAttributesResponse.MaintenanceAttribute().setInstanceId(id)
                .setNotifyOnMaintenance(m.notice())
                .setMaintenanceWindows(m.windowStart() == null ? List.of() : List.of(
                        new DescribeInstanceMaintenanceAttributesResponse.MaintenanceWindow()
                                .setStartTime(m.windowStart()).setEndTime(m.windowEnd())))
                .setActionOnMaintenance(new DescribeInstanceMaintenanceAttributesResponse.ActionOnMaintenance()
                        .setDefaultValue(InstanceDetail.Maintenance.DEFAULT.action()).setValue(m.action())
                        .setSupportedValues(InstanceDetail.Maintenance.ACTIONS));
    }

    private static DescribeInstancesResponse.MetadataOptions metadata(InstanceDetail.MetadataOptions m) {
        return new DescribeInstancesResponse.MetadataOptions().setHttpEndpoint(m.httpEndpoint())
                .setHttpTokens(m.httpTokens()).setHttpPutResponseHopLimit(m.hopLimit());
    }
}
