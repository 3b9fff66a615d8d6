package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.network.NetworkAcl;
import io.cloudtwin.core.network.NetworkAclService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AclEntryInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.AclInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.AssociationInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclAssociationRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclAssociationResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclEntryRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclEntryResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNetworkAclResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNetworkAclAssociationRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNetworkAclEntryRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNetworkAclRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclAssociationBySubnetRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclAssociationBySubnetResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclAssociationRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclAssociationResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclEntryRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclEntryResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNetworkAclResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.GetNetworkAclTargetResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.GetNetworkAclTargetResourceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.TargetResourceInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNetworkAclEntryRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNetworkAclRequest;

/**
 * Network ACLs of a VPC (UCloud's network ACL introduction and API): stateless rules for the subnets bound to them,
 * each rule at a priority (1-30000, once per direction), at most 50 a direction; a subnet is bound to one ACL, and
 * binding it to another moves it. A new ACL holds no rules: the console's default rules are not described, so none
 * is made up. Rules apply to all of a subnet's resources (TargetType 0) or to the ones they name (TargetType 1). The
 * resources rules apply to are a subnet's UHosts (ULBs and VIPs are outside ACLs' reach).
 */
@Component
record Acls(NetworkAclService acls, NetworkService networks, InstanceService instances) implements UcloudVpcApi.CreateNetworkAcl, UcloudVpcApi.DescribeNetworkAcl,
        UcloudVpcApi.UpdateNetworkAcl, UcloudVpcApi.DeleteNetworkAcl, UcloudVpcApi.CreateNetworkAclEntry,
        UcloudVpcApi.UpdateNetworkAclEntry, UcloudVpcApi.DeleteNetworkAclEntry, UcloudVpcApi.DescribeNetworkAclEntry,
        UcloudVpcApi.CreateNetworkAclAssociation, UcloudVpcApi.DeleteNetworkAclAssociation,
        UcloudVpcApi.DescribeNetworkAclAssociation, UcloudVpcApi.DescribeNetworkAclAssociationBySubnet,
        UcloudVpcApi.GetNetworkAclTargetResource {
    private static final NetworkAclService.Defaults NO_RULES = new NetworkAclService.Defaults(Map.of(), Map.of());
    /** The wire's directions, and the core's. */
    private static final Map<String, String> DIRECTIONS = Map.of("Ingress", NetworkAcl.INGRESS, "Egress",
            NetworkAcl.EGRESS);
    private static final Map<String, String> WIRE_DIRECTIONS = Map.of(NetworkAcl.INGRESS, "Ingress",
            NetworkAcl.EGRESS, "Egress");
    /** Protocols whose rules name ports; the others match every port. */
    private static final Set<String> PORTED = Set.of("TCP", "UDP");
    private static final Set<String> PORTLESS = Set.of("ICMP", "GRE", "ALL");
    /** A port, or a range low-high. */
    private static final Pattern PORTS = Pattern.compile("([0-9]{1,5})(?:-([0-9]{1,5}))?");
    private static final int PRIORITY_MIN = 1;
    private static final int PRIORITY_MAX = 30000;
    /** Rules for all of a subnet's resources, or for those they name. */
    private static final int ALL_RESOURCES = 0;
    private static final int CHOSEN_RESOURCES = 1;
    private static final int MAX_LIMIT = 1000;
    /** The longest ACL description kept (UCloud documents none). */
    private static final int DESCRIPTION = 256;
    /** How the API's example describes a UHost that rules apply to (no interface of its own). */
    private static final String UHOST = "UHost";
    private static final int UHOST_TYPE = 6;
    private static final int PAGE = 100;

    @Override
    public CreateNetworkAclResponse createNetworkAcl(UcloudCall call, CreateNetworkAclRequest r) {
        Scope scope = call.scope();
        NetworkAcl acl = acls.create(scope, Ids.Shape.NETWORK_ACL.next(scope.cloud()), r.vpcId(),
                text(r.aclName(), "AclName", NAME), text(r.description(), "", "Description", DESCRIPTION), NO_RULES,
                () -> Ids.Shape.NETWORK_ACL_ENTRY.next(scope.cloud()), Map.of());
        return new CreateNetworkAclResponse().setAclId(acl.id());
    }

    @Override
    public DescribeNetworkAclResponse describeNetworkAcl(UcloudCall call, DescribeNetworkAclRequest r) {
        int offset = UcloudFormats.offset(r.offset());
        int limit = UcloudFormats.limit(r.limit(), MAX_LIMIT);
        var page = acls.list(call.scope(), new NetworkAclService.Filter(null, null,
                UcloudFormats.empty(r.vpcId()) ? null : r.vpcId(), null), offset, limit);
        Standing standing = standing(call, page.items());
        return new DescribeNetworkAclResponse().setAclList(page.items().stream().map(v -> new AclInfo()
                .setVpcId(v.acl().vpcId()).setAclId(v.acl().id()).setAclName(v.acl().name())
                .setDescription(v.acl().description()).setCreateTime(unix(v.acl().createdAt()))
                .setUpdateTime(unix(changed(v.acl().updatedAt(), v.acl().createdAt())))
                .setEntries(entries(v, standing)).setAssociations(v.bindings().stream().map(Acls::association).toList()))
                .toList());
    }

    @Override
    public void updateNetworkAcl(UcloudCall call, UpdateNetworkAclRequest r) {
        acls.update(call.scope(), r.aclId(), text(r.aclName(), "AclName", NAME),
                text(r.description(), "Description", DESCRIPTION));
    }

    @Override
    public void deleteNetworkAcl(UcloudCall call, DeleteNetworkAclRequest r) {
        acls.delete(call.scope(), r.aclId());
    }

    @Override
    public CreateNetworkAclEntryResponse createNetworkAclEntry(UcloudCall call, CreateNetworkAclEntryRequest r) {
        Scope scope = call.scope();
        String id = acls.addEntry(scope, r.aclId(), DIRECTIONS.get(r.direction()), entry(call, r.priority(),
                r.ipProtocol(), r.cidrBlock(), r.portRange(), r.entryAction(), r.description(),
                targets(call, r.aclId(), r.targetType(), r.targetResourceIds())),
                () -> Ids.Shape.NETWORK_ACL_ENTRY.next(scope.cloud()));
        return new CreateNetworkAclEntryResponse().setEntryId(id);
    }

    @Override
    public void updateNetworkAclEntry(UcloudCall call, UpdateNetworkAclEntryRequest r) {
        acls.updateEntry(call.scope(), r.aclId(), r.entryId(), DIRECTIONS.get(r.direction()), entry(call,
                r.priority(), r.ipProtocol(), r.cidrBlock(), r.portRange(), r.entryAction(), r.description(),
                targets(call, r.aclId(), r.targetType(), r.targetResourceIds())));
    }

    @Override
    public void deleteNetworkAclEntry(UcloudCall call, DeleteNetworkAclEntryRequest r) {
        acls.deleteEntry(call.scope(), r.aclId(), r.entryId());
    }

    @Override
    public DescribeNetworkAclEntryResponse describeNetworkAclEntry(UcloudCall call, DescribeNetworkAclEntryRequest r) {
        NetworkAclService.View v = acls.get(call.scope(), r.aclId());
        return new DescribeNetworkAclEntryResponse().setEntryList(entries(v, standing(call, List.of(v))));
    }

    @Override
    public CreateNetworkAclAssociationResponse createNetworkAclAssociation(UcloudCall call,
                                                                           CreateNetworkAclAssociationRequest r) {
        var done = acls.rebind(call.scope(), r.aclId(), r.subnetworkId());
        var out = new CreateNetworkAclAssociationResponse().setAssociationId(done.made().id());
        return done.replaced() == null ? out : out.setPrevAssociation(association(done.replaced()));
    }

    @Override
    public void deleteNetworkAclAssociation(UcloudCall call, DeleteNetworkAclAssociationRequest r) {
        acls.unbind(call.scope(), r.aclId(), List.of(r.subnetworkId()));
    }

    @Override
    public DescribeNetworkAclAssociationResponse describeNetworkAclAssociation(
            UcloudCall call, DescribeNetworkAclAssociationRequest r) {
        var window = new UcloudFormats.Window(UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), MAX_LIMIT));
        return new DescribeNetworkAclAssociationResponse().setAssociationList(window.of(
                acls.get(call.scope(), r.aclId()).bindings()).stream().map(Acls::association).toList());
    }

    @Override
    public DescribeNetworkAclAssociationBySubnetResponse describeNetworkAclAssociationBySubnet(
            UcloudCall call, DescribeNetworkAclAssociationBySubnetRequest r) {
        return new DescribeNetworkAclAssociationBySubnetResponse().setAssociation(acls.bindingOf(call.scope(),
                r.subnetworkId()).map(Acls::association).orElseGet(() -> new AssociationInfo().setAssociationId("")
                .setAclId("").setSubnetworkId("").setCreateTime(0)));
    }

    @Override
    public GetNetworkAclTargetResourceResponse getNetworkAclTargetResource(UcloudCall call,
                                                                           GetNetworkAclTargetResourceRequest r) {
        List<TargetResourceInfo> out = new ArrayList<>();
        for (String subnetId : new LinkedHashSet<>(r.subnetworkId())) {
            networks.subnet(call.scope(), subnetId);
            var filter = new InstanceFilter(null, null, null, null, null, null, null, subnetId, null, null);
            for (int offset = 0; ; offset += PAGE) {
                Page<Instance> page = instances.list(call.scope(), filter, offset, PAGE);
                page.items().forEach(i -> out.add(target(i)));
                if (offset + PAGE >= page.total()) break;
            }
        }
        return new GetNetworkAclTargetResourceResponse().setTargetResourceList(out).setTotalCount(out.size());
    }

    /**
     * The resources a rule names: none for TargetType 0 (its TargetResourceIds unread); for TargetType 1 at least one,
     * each a UHost of the ACL's VPC (230 naming TargetResourceIds otherwise).
     */
    private List<String> targets(UcloudCall call, String aclId, Integer targetType, List<String> ids) {
        if (targetType == null || targetType == ALL_RESOURCES) return List.of();
        if (targetType != CHOSEN_RESOURCES) throw call.invalid("TargetType");
        if (ids.isEmpty()) throw call.missing("TargetResourceIds");
        List<String> wanted = List.copyOf(new LinkedHashSet<>(ids));
        String vpcId = acls.get(call.scope(), aclId).acl().vpcId();
        var found = instances.list(call.scope(), new InstanceFilter(wanted, null, null, null, null, null, vpcId, null,
                null, null), 0, wanted.size());
        if (found.total() != wanted.size()) throw call.invalid("TargetResourceIds");
        return wanted;
    }

    /** A UHost as a rule's target: what the API's example answers for one. */
    private static TargetResourceInfo target(Instance i) {
        return new TargetResourceInfo().setSubnetworkId(i.subnetId()).setResourceName(UHOST).setResourceId(i.id())
                .setResourceType(UHOST_TYPE).setSubResourceName("").setSubResourceId("").setSubResourceType(0)
                .setPrivateIp(UcloudFormats.address(i));
    }

    /** A rule as UCloud takes it: its protocol upper-cased, its ports checked where the protocol has ports. */
    private static NetworkAclService.NewEntry entry(UcloudCall call, int priority, String ipProtocol, String cidrBlock,
                                                    String portRange, String entryAction, String description,
                                                    List<String> targets) {
        if (priority < PRIORITY_MIN || priority > PRIORITY_MAX) throw call.invalid("Priority");
        String protocol = ipProtocol.toUpperCase(Locale.ROOT);
        if (PORTED.contains(protocol)) {
            Matcher m = PORTS.matcher(portRange);
            if (!m.matches()) throw call.invalid("PortRange");
            int low = Integer.parseInt(m.group(1));
            int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
            if (low < 1 || high > 65535 || low > high) throw call.invalid("PortRange");
        } else if (!PORTLESS.contains(protocol)) {
            throw call.invalid("IpProtocol");
        }
        try {
            Cidr.parse(cidrBlock);
        } catch (IllegalArgumentException e) {
            throw call.invalid("CidrBlock");
        }
        return new NetworkAclService.NewEntry(null, "", description, entryAction, protocol, portRange, cidrBlock,
                "IPv4", priority, targets);
    }

    /**
     * The ACL's rules; a rule that names resources (TargetType 1) lists those that still stand (TargetResourceList,
     * TargetResourceCount), the others leave both out.
     */
    private static List<AclEntryInfo> entries(NetworkAclService.View v, Standing standing) {
        return v.entries().stream().map(e -> {
            var out = new AclEntryInfo().setEntryId(e.id()).setPriority(String.valueOf(e.position()))
                    .setDirection(WIRE_DIRECTIONS.get(e.direction())).setIpProtocol(e.protocol())
                    .setCidrBlock(e.cidr()).setPortRange(e.port()).setEntryAction(e.policy())
                    .setCreateTime(unix(changed(e.createdAt(), v.acl().createdAt())))
                    .setUpdateTime(unix(changed(e.updatedAt(), v.acl().createdAt())));
            List<String> targets = v.targets().getOrDefault(e.id(), List.of());
            if (targets.isEmpty()) return out.setTargetType(ALL_RESOURCES);
            List<TargetResourceInfo> listed = targets.stream().filter(standing.byId()::containsKey)
                    .map(id -> target(standing.byId().get(id))).toList();
            return out.setTargetType(CHOSEN_RESOURCES).setTargetResourceList(listed)
                    .setTargetResourceCount(listed.size());
        }).toList();
    }

    /** UHosts that rules name and that still stand, by id. */
    private record Standing(Map<String, Instance> byId) {}

    /** The UHosts the rules of these ACLs name that still stand (one lookup for them all). */
    private Standing standing(UcloudCall call, List<NetworkAclService.View> views) {
        List<String> named = views.stream().flatMap(v -> v.targets().values().stream()).flatMap(List::stream)
                .distinct().toList();
        Map<String, Instance> out = new HashMap<>();
        if (!named.isEmpty()) {
            instances.list(call.scope(), new InstanceFilter(named, null, null, null, null, null, null, null, null, null),
                    0, named.size()).items().forEach(i -> out.put(i.id(), i));
        }
        return new Standing(out);
    }

    private static AssociationInfo association(NetworkAcl.Binding b) {
        return new AssociationInfo().setAssociationId(b.id() == null ? "" : b.id()).setAclId(b.aclId())
                .setSubnetworkId(b.subnetId()).setCreateTime(unix(b.createdAt()));
    }

    /** When a row last changed: its own time, else (kept before such times were) the fallback. */
    private static OffsetDateTime changed(OffsetDateTime t, OffsetDateTime fallback) {
        return t == null ? fallback : t;
    }
}
