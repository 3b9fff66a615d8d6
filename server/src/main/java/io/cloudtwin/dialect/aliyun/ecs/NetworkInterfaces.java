package io.cloudtwin.dialect.aliyun.ecs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceLifecycle;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.compute.PrivateAddressService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.Ipv6SetAnswer;
import io.cloudtwin.dialect.aliyun.api.NetworkInterfaceAnswer;
import io.cloudtwin.dialect.aliyun.api.PrivateIpAnswer;
import io.cloudtwin.dialect.aliyun.ecs.api.AssignIpv6AddressesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AssignIpv6AddressesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.AssignPrivateIpAddressesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AssignPrivateIpAddressesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachNetworkInterfaceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateNetworkInterfaceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateNetworkInterfaceResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteNetworkInterfaceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfaceAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfaceAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfacesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfacesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachNetworkInterfaceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyNetworkInterfaceAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.UnassignIpv6AddressesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.UnassignPrivateIpAddressesRequest;

/**
 * Elastic network interfaces. Every instance has a primary interface (eni- and the instance id's suffix) whose
 * groups are the instance's; secondary ones are created in a vSwitch and attached to instances of its zone.
 */
@Component
record NetworkInterfaces(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle,
                         TagService tags, PrivateAddressService addresses)
        implements EcsApi.CreateNetworkInterface, EcsApi.DeleteNetworkInterface, EcsApi.AttachNetworkInterface,
        EcsApi.DetachNetworkInterface, EcsApi.DescribeNetworkInterfaceAttribute, EcsApi.DescribeNetworkInterfaces,
        EcsApi.ModifyNetworkInterfaceAttribute, EcsApi.AssignPrivateIpAddresses, EcsApi.UnassignPrivateIpAddresses,
        EcsApi.AssignIpv6Addresses, EcsApi.UnassignIpv6Addresses {
    private static final String STANDARD = "Standard";
    private static final String HIGH_PERFORMANCE = "HighPerformance";

    /** One interface as every answer writes it, primary or secondary. */
    record Nic(String id, String name, String description, String type, String status, String vpcId, String vSwitchId,
               String zoneId, String privateIp, String instanceId, String ownerId, String creationTime,
               List<String> groupIds, Map<String, String> tags) {
        static Nic primary(Instance i, Map<String, String> tags) {
            return new Nic(InstanceLifecycle.primaryInterfaceId(i.id()), "", "", "Primary", "InUse", i.vpcId(),
                    i.subnetId(), i.zone(), i.privateIp(), i.id(), owner(i.accountId()),
                    AliyunFormats.time(i.createdAt()), i.groupIds(), tags);
        }

        static Nic secondary(NetworkInterface r, List<String> groups, Map<String, String> tags) {
            return new Nic(r.id(), r.name(), r.description(), "Secondary", r.instanceId() == null ? "Available" : "InUse",
                    r.vpcId(), r.subnetId(), r.zone(), r.privateIp(), r.instanceId() == null ? "" : r.instanceId(),
                    owner(r.accountId()), AliyunFormats.time(r.createdAt()), groups == null ? List.of() : groups, tags);
        }

        private static String owner(String accountId) {
            return String.valueOf(AliyunFormats.ownerId(accountId));
        }

        /** Who holds its addresses: the interface, or for a primary one its instance. */
        String holder() {
            return type.equals("Primary") ? instanceId : id;
        }

        /** Its addresses as PrivateIpSets: the primary one first, then the secondary ones. */
        <T extends PrivateIpAnswer> List<T> ipSets(Map<String, List<String>> secondary, Supplier<T> item) {
            List<T> out = new ArrayList<>();
            for (String a : secondary.getOrDefault(holder(), List.of())) {
                T set = item.get();
                set.setPrivateIpAddress(a).setPrimary(false);
                out.add(set);
            }
            T primary = item.get();
            primary.setPrivateIpAddress(privateIp).setPrimary(true);
            out.add(0, primary);
            return out;
        }

        /** Its IPv6 addresses as Ipv6Sets, in the order given. */
        <T extends Ipv6SetAnswer> List<T> ipv6Sets(Map<String, List<String>> ipv6, Supplier<T> item) {
            return AliyunFormats.ipv6Sets(ipv6.getOrDefault(holder(), List.of()), item);
        }

        <T extends NetworkInterfaceAnswer> T fill(T answer) {
            answer.setNetworkInterfaceId(id).setNetworkInterfaceName(name).setDescription(description).setType(type)
                    .setStatus(status).setVpcId(vpcId).setVSwitchId(vSwitchId).setZoneId(zoneId)
                    .setPrivateIpAddress(privateIp).setMacAddress(AliyunFormats.mac(id)).setOwnerId(ownerId)
                    .setSecurityGroupIds(groupIds);
            return answer;
        }
    }

    /** The instance whose primary interface id this is, or null. */
    static Instance primaryOf(InstanceService instances, Scope scope, String id) {
        if (id == null || !id.startsWith("eni-")) return null;
        try {
            Instance i = instances.get(scope, "i-" + id.substring(4));
            return InstanceLifecycle.primaryInterfaceId(i.id()).equals(id) ? i : null;
        } catch (DomainException e) {
            return null;
        }
    }

    @Override
    public CreateNetworkInterfaceResponse createNetworkInterface(AliyunCall call, CreateNetworkInterfaceRequest r) {
        String resourceGroup = call.resourceGroup(r.resourceGroupId());
        List<String> groups = groups(call, r.securityGroupId(), r.securityGroupIds());
        if (groups.isEmpty()) throw call.missing("SecurityGroupId");
        List<String> asked = new ArrayList<>();
        if (r.primaryIpAddress() != null) asked.add(r.primaryIpAddress());
        asked.addAll(r.privateIpAddress());
        canonical(call, asked);
        int count = secondaryCount(call, r.secondaryPrivateIpAddressCount());
        int ipv6Count = ipv6Count(call, r.ipv6Address(), r.ipv6AddressCount(), r.ipv6Prefix(), r.ipv6PrefixCount());
        Map<String, String> tagged = call.tags(r.tag());
        var settings = settings(call, "", r.networkInterfaceTrafficMode(), r.queueNumber(), r.queuePairNumber(),
                r.sourceDestCheck());
        var scope = call.scope();
        var row = tags.createIn(ResourceType.NETWORK_INTERFACE, resourceGroup, () -> {
            var made = interfaces.create(scope, r.vSwitchId(), r.primaryIpAddress(), r.privateIpAddress(), count,
                    r.ipv6Address(), ipv6Count, groups, r.networkInterfaceName() == null ? "" : r.networkInterfaceName(),
                    r.description() == null ? "" : r.description(), tagged);
            interfaces.configure(scope, made.id(), settings, Boolean.TRUE.equals(r.deleteOnRelease()) ? true : null);
            return made;
        }, n -> n.id());
        Nic nic = Nic.secondary(row, interfaces.groupsOf(List.of(row.id())).get(row.id()),
                tags.of(row.id()));
        return nic.fill(new CreateNetworkInterfaceResponse())
                .setResourceGroupId(resourceGroup == null ? call.defaultResourceGroup() : resourceGroup)
                .setPrivateIpSets(nic.ipSets(secondary(List.of(nic)), CreateNetworkInterfaceResponse.PrivateIpSet::new))
                .setIpv6Sets(nic.ipv6Sets(ipv6(List.of(nic)), CreateNetworkInterfaceResponse.Ipv6Set::new))
                .setTags(AliyunFormats.tags(nic.tags(), CreateNetworkInterfaceResponse.Tag::new));
    }

    @Override
    public void deleteNetworkInterface(AliyunCall call, DeleteNetworkInterfaceRequest r) {
        if (primaryOf(instances, call.scope(), r.networkInterfaceId()) != null) {
            throw call.error("InvalidOperation.InvalidEniType");
        }
        interfaces.delete(call.scope(), r.networkInterfaceId());
    }

    @Override
    public void attachNetworkInterface(AliyunCall call, AttachNetworkInterfaceRequest r) {
        interfaces.attach(call.scope(), r.networkInterfaceId(), r.instanceId(),
                networkCard(call, r.networkCardIndex()));
    }

    @Override
    public void detachNetworkInterface(AliyunCall call, DetachNetworkInterfaceRequest r) {
        if (primaryOf(instances, call.scope(), r.networkInterfaceId()) != null) {
            throw call.error("InvalidOperation.DetachPrimaryEniNotAllowed");
        }
        interfaces.detach(call.scope(), r.networkInterfaceId(), r.instanceId());
    }

    @Override
    public DescribeNetworkInterfaceAttributeResponse describeNetworkInterfaceAttribute(
            AliyunCall call, DescribeNetworkInterfaceAttributeRequest r) {
        var scope = call.scope();
        String id = r.networkInterfaceId();
        Instance primary = primaryOf(instances, scope, id);
        Nic nic = primary != null ? Nic.primary(primary, tags.of(primary.id()))
                : Nic.secondary(interfaces.get(scope, id), interfaces.groupsOf(List.of(id)).get(id),
                        tags.of(id));
        var out = nic.fill(new DescribeNetworkInterfaceAttributeResponse()).setInstanceId(nic.instanceId())
                .setCreationTime(nic.creationTime())
                .setPrivateIpSets(nic.ipSets(secondary(List.of(nic)),
                        DescribeNetworkInterfaceAttributeResponse.PrivateIpSet::new))
                .setIpv6Sets(nic.ipv6Sets(ipv6(List.of(nic)), DescribeNetworkInterfaceAttributeResponse.Ipv6Set::new))
                .setTags(AliyunFormats.tags(nic.tags(), DescribeNetworkInterfaceAttributeResponse.Tag::new))
                .setResourceGroupId(tags.group(nic.holder(), call.defaultResourceGroup()))
                .setDeleteOnRelease(primary != null || interfaces.deletedOnRelease(List.of(id)).contains(id));
        var s = interfaces.settingsOf(List.of(nic.holder())).get(nic.holder());
        out.setNetworkInterfaceTrafficMode(trafficMode(s)).setQueueNumber(s.queueNumber())
                .setQueuePairNumber(s.queuePairNumber()).setSourceDestCheck(Boolean.TRUE.equals(s.sourceDestCheck()));
        if (primary == null || nic.instanceId() != null) {
            out.setAttachment(new DescribeNetworkInterfaceAttributeResponse.Attachment().setInstanceId(nic.instanceId())
                    .setNetworkCardIndex(networkCardOf(nic, s)));
        }
        return out;
    }

    @Override
    public DescribeNetworkInterfacesResponse describeNetworkInterfaces(AliyunCall call, DescribeNetworkInterfacesRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        List<Instance> hosts = instances.list(scope, InstanceFilter.none(), 0, Integer.MAX_VALUE).items();
        List<NetworkInterface> rows = interfaces.list(scope);
        var hostTags = tags.of(hosts.stream().map(Instance::id).toList());
        var rowTags = tags.of(rows.stream().map(NetworkInterface::id).toList());
        var groups = interfaces.groupsOf(rows.stream().map(NetworkInterface::id).toList());
        List<Nic> all = new ArrayList<>();
        for (Instance i : hosts) all.add(Nic.primary(i, hostTags.get(i.id())));
        for (NetworkInterface row : rows) all.add(Nic.secondary(row, groups.get(row.id()), rowTags.get(row.id())));
        Map<String, String> tagFilter = call.tags(r.tag());
        var grouped = tags.groups(all.stream().map(Nic::holder).toList(), call.defaultResourceGroup());
        Set<String> ipv6Holders = Set.copyOf(addresses.ipv6Holders(r.ipv6Address()));
        List<Nic> kept = all.stream()
                .filter(n -> r.networkInterfaceId().isEmpty() || r.networkInterfaceId().contains(n.id()))
                .filter(n -> matches(r.instanceId(), n.instanceId()) && matches(r.vpcId(), n.vpcId())
                        && matches(r.vSwitchId(), n.vSwitchId()) && matches(r.type(), n.type())
                        && matches(r.status(), n.status()) && matches(r.networkInterfaceName(), n.name())
                        && matches(r.primaryIpAddress(), n.privateIp()))
                .filter(n -> r.securityGroupId() == null || n.groupIds().contains(r.securityGroupId()))
                .filter(n -> r.ipv6Address().isEmpty() || ipv6Holders.contains(n.holder()))
                .filter(n -> hasTags(n.tags(), tagFilter))
                .filter(n -> AliyunFormats.blank(r.resourceGroupId()) || r.resourceGroupId().equals(grouped.get(n.holder())))
                .toList();
        List<Nic> shown = AliyunFormats.page(kept, paging);
        var secondary = secondary(shown);
        var ipv6 = ipv6(shown);
        var settings = interfaces.settingsOf(shown.stream().map(Nic::holder).toList());
        var released = interfaces.deletedOnRelease(shown.stream().map(Nic::id).toList());
        return call.paged(new DescribeNetworkInterfacesResponse().setNetworkInterfaceSets(
                shown.stream().map(n -> n.fill(new DescribeNetworkInterfacesResponse.NetworkInterfaceSet())
                        .setInstanceId(n.instanceId()).setCreationTime(n.creationTime())
                        .setPrivateIpSets(n.ipSets(secondary, DescribeNetworkInterfacesResponse.PrivateIpSet::new))
                        .setIpv6Sets(n.ipv6Sets(ipv6, DescribeNetworkInterfacesResponse.Ipv6Set::new))
                        .setTags(AliyunFormats.tags(n.tags(), DescribeNetworkInterfacesResponse.Tag::new))
                        .setResourceGroupId(grouped.get(n.holder()))
                        .setNetworkInterfaceTrafficMode(trafficMode(settings.get(n.holder())))
                        .setQueueNumber(settings.get(n.holder()).queueNumber())
                        .setQueuePairNumber(settings.get(n.holder()).queuePairNumber())
                        .setSourceDestCheck(Boolean.TRUE.equals(settings.get(n.holder()).sourceDestCheck()))
                        .setAttachment(n.instanceId() == null ? null
                                : new DescribeNetworkInterfacesResponse.Attachment().setInstanceId(n.instanceId())
                                        .setNetworkCardIndex(networkCardOf(n, settings.get(n.holder()))))
                        .setDeleteOnRelease(n.type().equals("Primary") || released.contains(n.id()))).toList()),
                paging, kept.size());
    }

    /** The secondary addresses of these interfaces, by holder. */
    private Map<String, List<String>> secondary(List<Nic> nics) {
        Map<String, String> primaries = new HashMap<>();
        nics.forEach(n -> primaries.put(n.holder(), n.privateIp()));
        return addresses.secondaryOf(primaries.keySet(), primaries);
    }

    /**
     * An interface's groups as a request names them: SecurityGroupId or SecurityGroupIds.N, not both
     * (InvalidSecurityGroupId.SingleIdAndMultiIdConflict), none twice (InvalidParameter.SecurityGroupIdRepeated);
     * empty when it names none.
     */
    static List<String> groups(AliyunCall call, String single, List<String> several) {
        List<String> groups = new ArrayList<>(several);
        if (single != null && !groups.isEmpty()) throw call.error("InvalidSecurityGroupId.SingleIdAndMultiIdConflict");
        if (single != null) groups.add(single);
        if (groups.size() != new HashSet<>(groups).size()) throw call.error("InvalidParameter.SecurityGroupIdRepeated");
        return groups;
    }

    /**
     * How an interface carries traffic as a request gives it (prefix: its parameters', "NetworkInterface.N." or ""):
     * NetworkInterfaceTrafficMode Standard (nothing to keep) or HighPerformance, QueueNumber and QueuePairNumber of at
     * least 1, SourceDestCheck.
     */
    static InterfaceService.Settings settings(AliyunCall call, String prefix, String mode, Integer queues,
                                              Integer pairs, Boolean sourceDestCheck) {
        if (mode != null && !mode.equals(STANDARD) && !mode.equals(HIGH_PERFORMANCE)) {
            throw call.invalid(prefix + "NetworkInterfaceTrafficMode");
        }
        if (queues != null && queues < 1) throw call.invalid(prefix + "QueueNumber");
        if (pairs != null && pairs < 1) throw call.invalid(prefix + "QueuePairNumber");
        return new InterfaceService.Settings(STANDARD.equals(mode) ? null : mode, queues, pairs, sourceDestCheck, null);
    }

    /** A NetworkCardIndex as a request gives it: an index from 0 (else InvalidParameter.NetworkCardIndexInvalid). */
    static Integer networkCard(AliyunCall call, Integer index) {
        if (index != null && index < 0) throw call.error("InvalidParameter.NetworkCardIndexInvalid");
        return index;
    }

    /** The network card an attached interface is on, as the describes answer it: 0 where none was given. */
    private static Integer networkCardOf(Nic nic, InterfaceService.Settings s) {
        if (nic.instanceId() == null) return null;
        return s.networkCardIndex() == null ? 0 : s.networkCardIndex();
    }

    /** NetworkInterfaceTrafficMode as the describes answer it: Standard where no other was given. */
    private static String trafficMode(InterfaceService.Settings s) {
        return s.trafficMode() == null ? STANDARD : s.trafficMode();
    }

    /** The IPv6 addresses of these interfaces, by holder. */
    private Map<String, List<String>> ipv6(List<Nic> nics) {
        return addresses.ipv6Of(nics.stream().map(Nic::holder).toList());
    }

    @Override
    public AssignIpv6AddressesResponse assignIpv6Addresses(AliyunCall call, AssignIpv6AddressesRequest r) {
        if (r.ipv6Address().isEmpty() && r.ipv6AddressCount() == null && r.ipv6Prefix().isEmpty()
                && r.ipv6PrefixCount() == null) {
            throw call.missing("Ipv6AddressCount");
        }
        int count = ipv6Count(call, r.ipv6Address(), r.ipv6AddressCount(), r.ipv6Prefix(), r.ipv6PrefixCount());
        List<String> given = addresses.assignIpv6(call.scope(), holder(call, r.networkInterfaceId()),
                r.ipv6Address(), count);
        return new AssignIpv6AddressesResponse().setNetworkInterfaceId(r.networkInterfaceId()).setIpv6Sets(given);
    }

    @Override
    public void unassignIpv6Addresses(AliyunCall call, UnassignIpv6AddressesRequest r) {
        if (!r.ipv6Prefix().isEmpty()) throw call.firstError("Ipv6Prefix", "UnsupportedParameter");
        if (r.ipv6Address().isEmpty()) throw call.missing("Ipv6Address");
        addresses.unassignIpv6(call.scope(), holder(call, r.networkInterfaceId()), r.ipv6Address());
    }

    /**
     * How many IPv6 addresses a request asks for beside the ones it names: Ipv6AddressCount (1-10), not with
     * Ipv6Address.N (InvalidParameter.Conflict); prefixes are not served (UnsupportedParameter).
     */
    static int ipv6Count(AliyunCall call, List<String> addresses, Integer count, List<String> prefixes,
                         Integer prefixCount) {
        if (!prefixes.isEmpty() || prefixCount != null) {
            throw call.firstError("Ipv6Prefix", "UnsupportedParameter", "InvalidOperation.RegionNotSupportIpPrefix");
        }
        if (count == null) return 0;
        if (!addresses.isEmpty()) throw call.firstError("Ipv6AddressCount", "InvalidParameter.Conflict");
        if (count < 1 || count > PrivateAddressService.IPV6_PER_INTERFACE) {
            throw call.firstError("Ipv6AddressCount", "InvalidOperation.Ipv6CountExceeded",
                    "MaxEniIpv6IpsCountExceeded", "InvalidOperation.MaxEniIpv6IpsCountExceeded");
        }
        return count;
    }

    @Override
    public AssignPrivateIpAddressesResponse assignPrivateIpAddresses(AliyunCall call,
                                                                     AssignPrivateIpAddressesRequest r) {
        if (r.privateIpAddress().isEmpty() && r.secondaryPrivateIpAddressCount() == null) {
            throw call.missing("SecondaryPrivateIpAddressCount");
        }
        if (!r.privateIpAddress().isEmpty() && r.secondaryPrivateIpAddressCount() != null) {
            throw call.firstError("SecondaryPrivateIpAddressCount", "InvalidParameter.Conflict");
        }
        canonical(call, r.privateIpAddress());
        List<String> given = addresses.assign(call.scope(), holder(call, r.networkInterfaceId()),
                r.privateIpAddress(), secondaryCount(call, r.secondaryPrivateIpAddressCount()));
        return new AssignPrivateIpAddressesResponse().setAssignedPrivateIpAddressesSet(
                new AssignPrivateIpAddressesResponse.AssignedPrivateIpAddressesSet()
                        .setNetworkInterfaceId(r.networkInterfaceId()).setPrivateIpSet(given));
    }

    @Override
    public void unassignPrivateIpAddresses(AliyunCall call, UnassignPrivateIpAddressesRequest r) {
        if (r.privateIpAddress().isEmpty()) throw call.missing("PrivateIpAddress");
        canonical(call, r.privateIpAddress());
        addresses.unassign(call.scope(), holder(call, r.networkInterfaceId()), r.privateIpAddress());
    }

    /** Who holds an interface's addresses: the interface, or for an instance's primary one, the instance. */
    private String holder(AliyunCall call, String interfaceId) {
        Instance primary = primaryOf(instances, call.scope(), interfaceId);
        return primary != null ? primary.id() : interfaceId;
    }

    private static int secondaryCount(AliyunCall call, Integer count) {
        if (count == null) return 0;
        if (count < 1 || count >= PrivateAddressService.PER_INTERFACE) {
            throw call.firstError("SecondaryPrivateIpAddressCount", "InvalidSecondaryPrivateIpAddressCount.Malformed",
                    "MaxEniPrivateIpsCountExceeded");
        }
        return count;
    }

    private static void canonical(AliyunCall call, List<String> addresses) {
        for (String a : addresses) {
            try {
                if (a.contains("/")) throw new IllegalArgumentException(a);
                Cidr.canonical(a);
            } catch (IllegalArgumentException e) {
                throw call.firstError(a, "InvalidPrivateIpAddress.Malformed", "InvalidIp.Address");
            }
        }
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private static boolean hasTags(Map<String, String> tags, Map<String, String> wanted) {
        for (var e : wanted.entrySet()) {
            String v = tags == null ? null : tags.get(e.getKey());
            if (v == null || (!e.getValue().isEmpty() && !e.getValue().equals(v))) return false;
        }
        return true;
    }

    @Override
    public void modifyNetworkInterfaceAttribute(AliyunCall call, ModifyNetworkInterfaceAttributeRequest r) {
        var scope = call.scope();
        List<String> groups = r.securityGroupId().isEmpty() ? null : r.securityGroupId();
        Instance primary = primaryOf(instances, scope, r.networkInterfaceId());
        if (primary != null) {
            if (r.networkInterfaceName() != null || r.description() != null) {
                throw call.error("InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc");
            }
            lifecycle.modify(scope, primary.id(), null, null, null, null, groups);
        } else {
            interfaces.modify(scope, r.networkInterfaceId(), r.networkInterfaceName(), r.description(), groups,
                    settings(call, "", null, r.queueNumber(), null, r.sourceDestCheck()), r.deleteOnRelease());
        }
    }
}
