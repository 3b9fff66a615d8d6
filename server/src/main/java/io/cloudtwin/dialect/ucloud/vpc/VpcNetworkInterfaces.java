package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.compute.PrivateAddressService;
import io.cloudtwin.core.compute.UhostDetail;
import io.cloudtwin.core.compute.UhostDetails;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.security.SecurityGroupFilter;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AttachNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkInterfaceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeInstanceNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeInstanceNetworkInterfaceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkInterfaceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DetachNetworkInterfaceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.InstanceNetworkInterface;
import io.cloudtwin.dialect.ucloud.vpc.api.NetworkInterface;
import io.cloudtwin.dialect.ucloud.vpc.api.NetworkInterfaceInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.SecGroup;
import io.cloudtwin.dialect.ucloud.vpc.api.UNIIpInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;

/**
 * Network interfaces (UNI: UCloud's virtual network card guide and API; terraform-provider-ucloud's
 * ucloud_network_interface; its Kubernetes CNI plugin's cards for pods): a card of a subnet with one private address,
 * attached to at most one host of its VPC made with Features.UNI. Such a host has its default card from the start
 * (its own address, name, remark and group; Default true; never attached, detached or deleted alone) and takes others
 * up to its vCPUs' limit, the default card counted. A card goes only while detached; a host that goes leaves its
 * cards detached.
 */
@Component
record VpcNetworkInterfaces(InterfaceService interfaces, InstanceService instances, UhostDetails hosts,
                            NetworkService networks, TagService tags, ElasticIpService eips,
                            FirewallService firewalls, PrivateAddressService addresses, SecurityGroupService groups)
        implements UcloudVpcApi.CreateNetworkInterface, UcloudVpcApi.DescribeNetworkInterface,
        UcloudVpcApi.AttachNetworkInterface, UcloudVpcApi.DetachNetworkInterface, UcloudVpcApi.DeleteNetworkInterface,
        UcloudVpcApi.DescribeInstanceNetworkInterface {
    /** Cards a host may have, its default one included, by its vCPUs (at most this many vCPUs: this many cards). */
    private static final int[][] PER_HOST = {{2, 2}, {4, 3}, {8, 4}, {32, 8}, {64, 12}};
    private static final int PER_HOST_ABOVE = 15;
    private static final int MAX_LIMIT = 1000;
    private static final String DEFAULT_GROUP = "Default";
    /** Status: attached to a host, or not. */
    private static final int ATTACHED = 1;
    private static final int DETACHED = 0;
    /** SecurityMode: a firewall (the default), or security groups. */
    private static final int FIREWALL_MODE = 0;
    private static final int SECURITY_GROUP_MODE = 1;
    /** The security groups a card may be in. */
    private static final int SEC_GROUPS = 5;

    /** A card as the answers give it: a host's default card or one of the cards made by CreateNetworkInterface. */
    private record Card(String id, String vpcId, String subnetId, String ip, String name, String remark, String group,
                        String hostId, boolean isDefault, OffsetDateTime createdAt,
                        List<InstanceService.GroupRef> hostGroups) {
        int status() {
            return hostId == null ? DETACHED : ATTACHED;
        }
    }

    /**
     * VPCId, SubnetId (of that VPC), PrivateIp.0 (else the lowest free address of the subnet; one at most), Name
     * (NetworkInterface), Remark, Tag, SecurityMode 1 with PrioritySecGroup.N (SecGroupId and Priority 1..5, groups of
     * the VPC, at most 5) -> NetworkInterface, detached. SecurityMode 0 (a firewall, SecurityGroupId) and the EIP
     * direct modes are taken but not modelled.
     */
    @Override
    public CreateNetworkInterfaceResponse createNetworkInterface(UcloudCall call, CreateNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        if (r.privateIp().size() > 1) throw call.invalid("PrivateIp");
        String name = text(r.name(), "NetworkInterface", "Name", NAME);
        String remark = text(r.remark(), "", "Remark", REMARK);
        String ip = r.privateIp().isEmpty() ? null : r.privateIp().get(0);
        List<InstanceService.GroupRef> secGroups = secGroups(call, r);
        var made = tags.createIn(ResourceType.NETWORK_INTERFACE, group(r.tag()), () -> interfaces.create(scope,
                r.vpcId(), r.subnetId(), ip, name, remark, secGroups, SEC_GROUPS), n -> n.id());
        Card c = new Card(made.id(), made.vpcId(), made.subnetId(), made.privateIp(), made.name(), made.description(),
                tags.group(made.id(), DEFAULT_GROUP), null, false, made.createdAt(), null);
        Subnet s = networks.subnet(scope, c.subnetId());
        return new CreateNetworkInterfaceResponse().setNetworkInterface(new NetworkInterfaceInfo()
                .setInterfaceId(c.id()).setVpcId(c.vpcId()).setSubnetId(c.subnetId()).setPrivateIpSet(List.of(c.ip()))
                .setMacAddress(UcloudFormats.mac(c.id())).setStatus(c.status()).setName(c.name()).setRemark(c.remark())
                .setNetmask(netmask(s)).setGateway(gateway(s)).setAttachInstanceId("").setDefault(false)
                .setCreateTime(unix(c.createdAt())).setTag(c.group()).setEipDirectMode(false));
    }

    /**
     * SecurityMode 1 (security groups): PrioritySecGroup.N, each a group once with its priority; 0 or none (a
     * firewall, not modelled): no group.
     */
    private static List<InstanceService.GroupRef> secGroups(UcloudCall call, CreateNetworkInterfaceRequest r) {
        Integer mode = r.securityMode();
        if (mode == null || mode == FIREWALL_MODE) return List.of();
        if (mode != SECURITY_GROUP_MODE) throw call.invalid("SecurityMode");
        if (r.prioritySecGroup().isEmpty()) throw call.missing("PrioritySecGroup");
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var item : r.prioritySecGroup()) {
            if (UcloudFormats.empty(item.secGroupId())) throw call.missing(item.keyOf("SecGroupId"));
            if (!seen.add(item.secGroupId())) throw call.invalid(item.keyOf("SecGroupId"));
            refs.add(SecGroupBindings.ref(call, item.secGroupId(), item.priority(), item.keyOf("Priority")));
        }
        return refs;
    }

    /**
     * VPCId, SubnetId, InterfaceId.N, OnlyDefault, Tag, Offset, Limit -> NetworkInterfaceSet (the hosts' default cards
     * and the others, oldest first; SecGroupCount, and with WithSecGroup the groups: a default card's are its host's),
     * TotalCount. An unknown InterfaceId lists nothing; NoRecycled changes nothing (there is no recycle bin here).
     */
    @Override
    public DescribeNetworkInterfaceResponse describeNetworkInterface(UcloudCall call,
            DescribeNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        List<Card> cards = new ArrayList<>(defaultCards(scope, instances.list(scope, new InstanceFilter(null, null,
                null, null, null, null, r.vpcId(), r.subnetId(), null, null), 0, Integer.MAX_VALUE).items()));
        if (!r.onlyDefault()) cards.addAll(ownCards(scope));
        var page = window.page(cards.stream().filter(c -> UcloudFormats.empty(r.vpcId()) || c.vpcId().equals(r.vpcId()))
                .filter(c -> UcloudFormats.empty(r.subnetId()) || c.subnetId().equals(r.subnetId()))
                .filter(c -> r.interfaceId().isEmpty() || r.interfaceId().contains(c.id()))
                .filter(c -> UcloudFormats.empty(r.tag()) || c.group().equals(r.tag()))
                .sorted(Comparator.comparing(Card::createdAt).thenComparing(Card::id)).toList());
        Map<String, Subnet> subnets = new HashMap<>();
        Bound bound = bound(page.items());
        Map<String, List<SecGroup>> secGroups = secGroupsOf(scope, page.items(), r.withSecGroup());
        return new DescribeNetworkInterfaceResponse().setTotalCount(UcloudFormats.total(page))
                .setNetworkInterfaceSet(page.items().stream().map(c -> {
                    Subnet s = subnets.computeIfAbsent(c.subnetId(), id -> networks.subnet(scope, id));
                    return new NetworkInterface().setInterfaceId(c.id()).setVpcId(c.vpcId()).setSubnetId(c.subnetId())
                            .setPrivateIpSet(List.of(c.ip())).setMacAddress(mac(c)).setStatus(c.status())
                            .setName(c.name()).setRemark(c.remark()).setTag(c.group()).setNetmask(netmask(s))
                            .setGateway(gateway(s)).setAttachInstanceId(attached(c)).setDefault(c.isDefault())
                            .setCreateTime(unix(c.createdAt())).setEipIdSet(bound.eips(c))
                            .setFirewallIdSet(bound.firewalls(c)).setFirewallSet(List.of()).setEipDirectMode(false)
                            .setEipDirectionVersion(1).setDefaultOutput("").setPrivateIp(bound.privateIps(c))
                            .setIPv6AddressInfo(List.of()).setIPv6Gateway("").setIPv6Mask(0).setOperatorName("")
                            .setSecGroupCount(secGroups.getOrDefault(holder(c), List.of()).size())
                            .setSecGroup(r.withSecGroup() ? secGroups.getOrDefault(holder(c), List.of())
                                    : List.of());
                }).toList());
    }

    /** InterfaceId (not a default card), InstanceId (a host of its VPC made with Features.UNI, within its limit). */
    @Override
    public void attachNetworkInterface(UcloudCall call, AttachNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        Instance host = withCards(scope, r.instanceId());
        notDefault(scope, r.interfaceId());
        interfaces.attach(scope, r.interfaceId(), host.id(), null, perHost(host.cpu()) - 1);
    }

    /** InterfaceId, InstanceId (the host it is attached to: 58206 otherwise). */
    @Override
    public void detachNetworkInterface(UcloudCall call, DetachNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        notDefault(scope, r.interfaceId());
        interfaces.detach(scope, r.interfaceId(), r.instanceId());
    }

    /** InterfaceId: a detached card (not a default one), its address freed. */
    @Override
    public void deleteNetworkInterface(UcloudCall call, DeleteNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        notDefault(scope, r.interfaceId());
        interfaces.delete(scope, r.interfaceId());
    }

    /** InstanceId, Offset, Limit -> NetworkInterfaceSet: the host's default card, then those attached to it. */
    @Override
    public DescribeInstanceNetworkInterfaceResponse describeInstanceNetworkInterface(UcloudCall call,
            DescribeInstanceNetworkInterfaceRequest r) {
        Scope scope = call.scope();
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        Instance host = instances.get(scope, r.instanceId());
        List<Card> cards = new ArrayList<>(defaultCards(scope, List.of(host)));
        cards.addAll(ownCards(scope).stream().filter(c -> host.id().equals(c.hostId())).toList());
        List<Card> shown = window.of(cards);
        Map<String, Subnet> subnets = new HashMap<>();
        Bound bound = bound(shown);
        return new DescribeInstanceNetworkInterfaceResponse().setNetworkInterfaceSet(shown.stream().map(c -> {
            Subnet s = subnets.computeIfAbsent(c.subnetId(), id -> networks.subnet(scope, id));
            return new InstanceNetworkInterface().setInterfaceId(c.id()).setVpcId(c.vpcId()).setSubnetId(c.subnetId())
                    .setPrivateIpSet(List.of(c.ip())).setMacAddress(mac(c)).setStatus(c.status()).setName(c.name())
                    .setRemark(c.remark()).setTag(c.group()).setNetmask(netmask(s)).setGateway(gateway(s))
                    .setAttachInstanceId(attached(c)).setDefault(c.isDefault()).setCreateTime(unix(c.createdAt()))
                    .setEipIdSet(bound.eips(c)).setFirewallIdSet(bound.firewalls(c));
        }).toList());
    }

    /**
     * The EIPs, firewalls and secondary addresses (AllocateSecondaryIp) bound to the cards: a default card's are its
     * host's.
     */
    private record Bound(Map<String, ElasticIp> eips, Map<String, String> firewalls,
                         Map<String, List<String>> secondary) {
        List<UNIIpInfo> privateIps(Card c) {
            List<UNIIpInfo> out = new ArrayList<>(List.of(new UNIIpInfo().setIpType("PrimaryIp")
                    .setIpAddr(List.of(c.ip()))));
            List<String> more = secondary.get(holder(c));
            if (more != null) out.add(new UNIIpInfo().setIpType("SecondaryIp").setIpAddr(more));
            return out;
        }

        List<String> eips(Card c) {
            ElasticIp eip = eips.get(holder(c));
            return eip == null ? List.of() : List.of(eip.id());
        }

        List<String> firewalls(Card c) {
            String id = c.isDefault() ? firewalls.get(c.hostId()) : null;
            return id == null ? List.of() : List.of(id);
        }
    }

    private Bound bound(List<Card> cards) {
        List<String> hostIds = cards.stream().filter(Card::isDefault).map(Card::hostId).toList();
        List<String> holders = cards.stream().map(VpcNetworkInterfaces::holder).toList();
        Map<String, String> primary = new HashMap<>();
        cards.forEach(c -> primary.put(holder(c), c.ip()));
        return new Bound(eips.ofTargets(holders), firewalls.firewallsOf(hostIds),
                addresses.secondaryOf(holders, primary));
    }

    /**
     * The security groups of each card's holder, by priority: a made card's PrioritySecGroup, a default card's its
     * host's groups; named (one read of the groups) only when the answer shows them.
     */
    private Map<String, List<SecGroup>> secGroupsOf(Scope scope, List<Card> cards, boolean named) {
        Map<String, List<InstanceService.GroupRef>> refs = new HashMap<>(interfaces.prioritiesOf(
                cards.stream().filter(c -> !c.isDefault()).map(Card::id).toList()));
        cards.stream().filter(Card::isDefault).forEach(c -> refs.put(c.hostId(), c.hostGroups()));
        List<String> groupIds = refs.values().stream().flatMap(List::stream).map(InstanceService.GroupRef::groupId)
                .distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (named && !groupIds.isEmpty()) {
            groups.list(scope, new SecurityGroupFilter(groupIds, null, null, null), 0, groupIds.size()).items()
                    .forEach(g -> names.put(g.id(), g.name()));
        }
        Map<String, List<SecGroup>> views = new HashMap<>();
        refs.forEach((holder, list) -> views.put(holder, list.stream()
                .sorted(Comparator.comparingInt(InstanceService.GroupRef::priority)
                        .thenComparing(InstanceService.GroupRef::groupId))
                .map(g -> new SecGroup().setSecGroupId(g.groupId()).setPriority(g.priority())
                        .setName(names.getOrDefault(g.groupId(), "")))
                .toList()));
        return views;
    }

    /** Who holds a card's addresses and EIP: its host for a default card, else the card. */
    private static String holder(Card c) {
        return c.isDefault() ? c.hostId() : c.id();
    }

    /** The default cards of those hosts that were made with them. */
    private List<Card> defaultCards(Scope scope, List<Instance> some) {
        Map<String, UhostDetail> details = hosts.of(some);
        List<Card> out = new ArrayList<>();
        for (Instance i : some) {
            UhostDetail d = details.get(i.id());
            if (d == null || d.interfaceId() == null || UcloudFormats.empty(i.subnetId())) continue;
            out.add(new Card(d.interfaceId(), i.vpcId(), i.subnetId(), i.privateIp(), i.name(), i.description(),
                    UcloudFormats.empty(i.tag()) ? DEFAULT_GROUP : i.tag(), i.id(), true, i.createdAt(),
                    i.memberships().stream().map(m -> new InstanceService.GroupRef(m.groupId(), m.priority()))
                            .toList()));
        }
        return out;
    }

    /** The cards CreateNetworkInterface made in the scope. */
    private List<Card> ownCards(Scope scope) {
        var all = interfaces.list(scope);
        Map<String, String> groups = tags.groups(all.stream().map(n -> n.id()).toList(), DEFAULT_GROUP);
        return all.stream().map(n -> new Card(n.id(), n.vpcId(), n.subnetId(), n.privateIp(), n.name(),
                n.description(), groups.get(n.id()), n.instanceId(), false, n.createdAt(), null)).toList();
    }

    /** The host InstanceId names, which must have been made with network interfaces (Features.UNI). */
    private Instance withCards(Scope scope, String instanceId) {
        Instance host = instances.get(scope, instanceId);
        UhostDetail d = hosts.of(List.of(host)).get(host.id());
        if (d == null || d.interfaceId() == null) {
            throw new DomainException(DomainError.INTERFACE_FEATURE_OFF, host.id());
        }
        return host;
    }

    /** A host's default card is attached, detached and deleted with its host alone. */
    private void notDefault(Scope scope, String interfaceId) {
        if (hosts.withDefaultInterface(scope, interfaceId).isPresent()) {
            throw new DomainException(DomainError.DEFAULT_INTERFACE, interfaceId);
        }
    }

    private static String mac(Card c) {
        return UcloudFormats.mac(holder(c));
    }

    private static String attached(Card c) {
        return c.hostId() == null ? "" : c.hostId();
    }

    private static String netmask(Subnet s) {
        return Cidr.parse(s.cidrBlock()).netmask();
    }

    private static String gateway(Subnet s) {
        return UcloudFormats.gateway(Cidr.parse(s.cidrBlock()));
    }

    private static int perHost(int cpu) {
        for (int[] row : PER_HOST) if (cpu <= row[0]) return row[1];
        return PER_HOST_ABOVE;
    }

    /** Tag: the card's business group; empty or Default is the default group. */
    private static String group(String tag) {
        if (tag == null || tag.isEmpty() || tag.equals(DEFAULT_GROUP)) return null;
        return text(tag, "Tag", TAG);
    }
}
