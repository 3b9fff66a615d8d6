package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.NetworkAcl;
import io.cloudtwin.core.network.NetworkAclService;
import io.cloudtwin.core.network.NetworkAclService.NewEntry;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateNetworkAclRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CopyNetworkAclEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNetworkAclRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNetworkAclResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteNetworkAclRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNetworkAclAttributesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNetworkAclAttributesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNetworkAclsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNetworkAclsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyNetworkAclAttributesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateNetworkAclRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateNetworkAclEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Network ACLs (alicloud_network_acl, alicloud_vpc_network_acl_attachment): the core's network ACLs, bound to
 * vSwitches of their VPC. An ACL is Available at once, and so are its bindings (BINDED). Entries are checked as the
 * API documents them: Policy accept or drop; Protocol tcp, udp (Port "from/to", 1-65535), icmp, gre or all (Port
 * "-1/-1"); an IPv4 CIDR block; IPv6 entries need an IPv6 VPC (none here). Nothing filters traffic here.
 */
@Component
record NetworkAcls(NetworkAclService acls, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateNetworkAcl, VpcApi.DescribeNetworkAcls, VpcApi.DescribeNetworkAclAttributes,
        VpcApi.ModifyNetworkAclAttributes, VpcApi.UpdateNetworkAclEntries, VpcApi.CopyNetworkAclEntries,
        VpcApi.AssociateNetworkAcl, VpcApi.UnassociateNetworkAcl, VpcApi.DeleteNetworkAcl {
    private static final String AVAILABLE = "Available";
    private static final String BOUND = "BINDED";
    private static final String VSWITCH = "VSwitch";
    private static final String IPV4 = "IPv4";
    private static final Set<String> POLICIES = Set.of("accept", "drop");
    /** Protocols with ports; the others take "-1/-1". */
    private static final Set<String> PORTED = Set.of("tcp", "udp");
    private static final Set<String> PORTLESS = Set.of("icmp", "gre", "all");
    private static final String NO_PORT = "-1/-1";
    private static final String ANYWHERE = "0.0.0.0/0";
    /**
     * What a new ACL holds in each direction (the network ACL overview): a custom entry that lets all IPv4 traffic
     * through, which a change of the entries replaces, and last the cloud's entry that drops the rest. The cloud
     * service entries it describes before them (DNS and metadata addresses) are not documented field by field, so
     * they are not made up here.
     */
    private static final NetworkAclService.Defaults DEFAULTS = new NetworkAclService.Defaults(
            Map.of(NetworkAcl.INGRESS, List.of(everything("accept")), NetworkAcl.EGRESS, List.of(everything("accept"))),
            Map.of(NetworkAcl.INGRESS, List.of(everything("drop")), NetworkAcl.EGRESS, List.of(everything("drop"))));
    private static final int NAME_MAX = 128;
    private static final int DESCRIPTION_MAX = 256;

    @Override
    public CreateNetworkAclResponse createNetworkAcl(AliyunCall call, CreateNetworkAclRequest r) {
        Scope scope = call.scope();
        String name = text(call, "Name", r.networkAclName(), NAME_MAX);
        String description = text(call, "Description", r.description(), DESCRIPTION_MAX);
        Map<String, String> tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> acls.create(scope,
                Ids.Shape.NETWORK_ACL.next(scope.cloud()), r.vpcId(), name, description, DEFAULTS, entryIds(), tagged)
                .id());
        NetworkAclService.View v = acls.get(scope, id);
        var a = new CreateNetworkAclResponse.NetworkAclAttribute().setNetworkAclId(id).setNetworkAclName(v.acl().name())
                .setDescription(v.acl().description()).setVpcId(v.acl().vpcId()).setRegionId(v.acl().region())
                .setStatus(AVAILABLE).setCreationTime(AliyunFormats.time(v.acl().createdAt()))
                .setIngressAclEntries(v.entries(NetworkAcl.INGRESS).stream().map(e ->
                        new CreateNetworkAclResponse.IngressAclEntry().setNetworkAclEntryId(e.id())
                                .setNetworkAclEntryName(e.name()).setDescription(e.description()).setPolicy(e.policy())
                                .setProtocol(e.protocol()).setPort(e.port()).setSourceCidrIp(e.cidr())).toList())
                .setEgressAclEntries(v.entries(NetworkAcl.EGRESS).stream().map(e ->
                        new CreateNetworkAclResponse.EgressAclEntry().setNetworkAclEntryId(e.id())
                                .setNetworkAclEntryName(e.name()).setDescription(e.description()).setPolicy(e.policy())
                                .setProtocol(e.protocol()).setPort(e.port()).setDestinationCidrIp(e.cidr())).toList())
                .setResources(List.of());
        return new CreateNetworkAclResponse().setNetworkAclId(id).setNetworkAclAttribute(a);
    }

    @Override
    public DescribeNetworkAclsResponse describeNetworkAcls(AliyunCall call, DescribeNetworkAclsRequest r) {
        Scope scope = call.scope();
        if (!blank(r.resourceType()) && !VSWITCH.equals(r.resourceType())) {
            throw call.firstError("ResourceType", "ParameterIllegal.ResourceType");
        }
        var paging = call.paging(10);
        var out = new DescribeNetworkAclsResponse();
        var wanted = tags.narrow(scope, ResourceType.NETWORK_ACL,
                blank(r.networkAclId()) ? List.of() : List.of(r.networkAclId()), call.tags(r.tags()));
        if (wanted.isEmpty()) {
            call.paged(out, paging, 0);
            return out.setNetworkAcls(List.of());
        }
        Page<NetworkAclService.View> page = acls.list(scope, new NetworkAclService.Filter(wanted.get(),
                blank(r.networkAclName()) ? null : r.networkAclName(), blank(r.vpcId()) ? null : r.vpcId(),
                blank(r.resourceId()) || blank(r.resourceType()) ? null : r.resourceId()), paging.offset(),
                paging.limit());
        call.paged(out, paging, page.total());
        var tagged = tags.of(page.items().stream().map(v -> v.acl().id()).toList());
        return out.setNetworkAcls(page.items().stream().map(v -> new DescribeNetworkAclsResponse.NetworkAcl()
                .setNetworkAclId(v.acl().id()).setNetworkAclName(v.acl().name())
                .setDescription(v.acl().description()).setVpcId(v.acl().vpcId()).setRegionId(v.acl().region())
                .setStatus(AVAILABLE).setCreationTime(AliyunFormats.time(v.acl().createdAt()))
                .setOwnerId(AliyunFormats.ownerId(v.acl().accountId()))
                .setIngressAclEntries(entries(v, NetworkAcl.INGRESS, e ->
                        new DescribeNetworkAclsResponse.IngressAclEntry().setNetworkAclEntryId(e.id())
                                .setEntryType(e.entryType()).setNetworkAclEntryName(e.name())
                                .setDescription(e.description()).setPolicy(e.policy()).setProtocol(e.protocol())
                                .setPort(e.port()).setSourceCidrIp(e.cidr()).setIpVersion(e.ipVersion())))
                .setEgressAclEntries(entries(v, NetworkAcl.EGRESS, e ->
                        new DescribeNetworkAclsResponse.EgressAclEntry().setNetworkAclEntryId(e.id())
                                .setEntryType(e.entryType()).setNetworkAclEntryName(e.name())
                                .setDescription(e.description()).setPolicy(e.policy()).setProtocol(e.protocol())
                                .setPort(e.port()).setDestinationCidrIp(e.cidr()).setIpVersion(e.ipVersion())))
                .setResources(v.bindings().stream().map(b -> new DescribeNetworkAclsResponse.Resource()
                        .setResourceId(b.subnetId()).setResourceType(VSWITCH).setStatus(BOUND)).toList())
                .setTags(AliyunFormats.keyValueTags(tagged.getOrDefault(v.acl().id(), Map.of()),
                        DescribeNetworkAclsResponse.Tag::new))).toList());
    }

    @Override
    public DescribeNetworkAclAttributesResponse describeNetworkAclAttributes(AliyunCall call,
                                                                              DescribeNetworkAclAttributesRequest r) {
        NetworkAclService.View v = acls.get(call.scope(), r.networkAclId());
        var tagged = tags.of(v.acl().id());
        return new DescribeNetworkAclAttributesResponse().setNetworkAclAttribute(
                new DescribeNetworkAclAttributesResponse.NetworkAclAttribute().setNetworkAclId(v.acl().id())
                        .setNetworkAclName(v.acl().name()).setDescription(v.acl().description())
                        .setVpcId(v.acl().vpcId()).setRegionId(v.acl().region()).setStatus(AVAILABLE)
                        .setCreationTime(AliyunFormats.time(v.acl().createdAt()))
                        .setOwnerId(AliyunFormats.ownerId(v.acl().accountId()))
                        .setIngressAclEntries(entries(v, NetworkAcl.INGRESS, e ->
                                new DescribeNetworkAclAttributesResponse.IngressAclEntry().setNetworkAclEntryId(e.id())
                                        .setEntryType(e.entryType()).setNetworkAclEntryName(e.name())
                                        .setDescription(e.description()).setPolicy(e.policy())
                                        .setProtocol(e.protocol()).setPort(e.port()).setSourceCidrIp(e.cidr())
                                        .setIpVersion(e.ipVersion())))
                        .setEgressAclEntries(entries(v, NetworkAcl.EGRESS, e ->
                                new DescribeNetworkAclAttributesResponse.EgressAclEntry().setNetworkAclEntryId(e.id())
                                        .setEntryType(e.entryType()).setNetworkAclEntryName(e.name())
                                        .setDescription(e.description()).setPolicy(e.policy())
                                        .setProtocol(e.protocol()).setPort(e.port()).setDestinationCidrIp(e.cidr())
                                        .setIpVersion(e.ipVersion())))
                        .setResources(v.bindings().stream().map(b -> new DescribeNetworkAclAttributesResponse.Resource()
                                .setResourceId(b.subnetId()).setResourceType(VSWITCH).setStatus(BOUND)).toList())
                        .setTags(AliyunFormats.keyValueTags(tagged, DescribeNetworkAclAttributesResponse.Tag::new)));
    }

    @Override
    public void modifyNetworkAclAttributes(AliyunCall call, ModifyNetworkAclAttributesRequest r) {
        acls.update(call.scope(), r.networkAclId(), text(call, "Name", r.networkAclName(), NAME_MAX),
                text(call, "Description", r.description(), DESCRIPTION_MAX));
    }

    @Override
    public void updateNetworkAclEntries(AliyunCall call, UpdateNetworkAclEntriesRequest r) {
        List<NewEntry> ingress = r.ingressAclEntries().stream().map(e -> entry(call, e.networkAclEntryId(),
                e.networkAclEntryName(), e.description(), e.policy(), e.protocol(), e.port(), "SourceCidrIp",
                e.sourceCidrIp(), e.ipVersion())).toList();
        List<NewEntry> egress = r.egressAclEntries().stream().map(e -> entry(call, e.networkAclEntryId(),
                e.networkAclEntryName(), e.description(), e.policy(), e.protocol(), e.port(), "DestinationCidrIp",
                e.destinationCidrIp(), e.ipVersion())).toList();
        Scope scope = call.scope();
        Map<String, List<NewEntry>> changes = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(r.updateIngressAclEntries())) changes.put(NetworkAcl.INGRESS, ingress);
        if (Boolean.TRUE.equals(r.updateEgressAclEntries())) changes.put(NetworkAcl.EGRESS, egress);
        if (changes.isEmpty()) {
            acls.get(scope, r.networkAclId());
        } else {
            acls.replaceEntries(scope, r.networkAclId(), changes, entryIds());
        }
    }

    @Override
    public void copyNetworkAclEntries(AliyunCall call, CopyNetworkAclEntriesRequest r) {
        acls.copyEntries(call.scope(), r.networkAclId(), r.sourceNetworkAclId(), entryIds());
    }

    @Override
    public void associateNetworkAcl(AliyunCall call, AssociateNetworkAclRequest r) {
        List<String> subnets = vSwitches(call, r.resource().stream().map(x -> new String[] {x.resourceType(),
                x.resourceId()}).toList());
        acls.bind(call.scope(), r.networkAclId(), subnets);
    }

    @Override
    public void unassociateNetworkAcl(AliyunCall call, UnassociateNetworkAclRequest r) {
        List<String> subnets = vSwitches(call, r.resource().stream().map(x -> new String[] {x.resourceType(),
                x.resourceId()}).toList());
        acls.unbind(call.scope(), r.networkAclId(), subnets);
    }

    @Override
    public void deleteNetworkAcl(AliyunCall call, DeleteNetworkAclRequest r) {
        acls.delete(call.scope(), r.networkAclId());
    }

    /** The vSwitch ids of Resource.N: one at least (ParameterMissing.Resources), each of ResourceType VSwitch. */
    private static List<String> vSwitches(AliyunCall call, List<String[]> resources) {
        if (resources.isEmpty()) throw call.firstError("Resource", "ParameterMissing.Resources");
        List<String> out = new ArrayList<>();
        for (String[] typeAndId : resources) {
            if (!VSWITCH.equals(typeAndId[0])) throw call.firstError("ResourceType", "ParameterIllegal.ResourceType");
            out.add(typeAndId[1]);
        }
        return out;
    }

    /** An entry as given, checked as the API documents its fields; cidrParam names the direction's peer. */
    private static NewEntry entry(AliyunCall call, String id, String name, String description, String policy,
                                  String protocol, String port, String cidrParam, String cidr, String ipVersion) {
        if (blank(policy)) throw call.firstError("Policy", "ParameterMissing.Policy");
        if (!POLICIES.contains(policy)) throw call.firstError("Policy", "ParameterIllegal.Policy", "IllegalParam.Policy");
        if (blank(protocol)) throw call.firstError("Protocol", "ParameterMissing.Protocol");
        if (!blank(ipVersion) && !IPV4.equalsIgnoreCase(ipVersion)) {
            throw call.firstError("IpVersion", "OperationDenied.VpcIpv6NotEnabled", "IllegalParam.IpVersion");
        }
        if (!PORTED.contains(protocol) && !PORTLESS.contains(protocol)) {
            throw call.firstError("Protocol", "ParameterIllegal.Protocol", "IllegalParam.Protocol");
        }
        if (blank(port)) throw call.firstError("Port", "ParameterMissing.Port");
        if (PORTED.contains(protocol) ? !ports(port) : !NO_PORT.equals(port)) {
            throw call.firstError("Port", "ParameterIllegal.Port");
        }
        if (blank(cidr)) throw call.firstError(cidrParam, "ParameterMissing." + cidrParam);
        String block;
        try {
            block = Cidr.parse(cidr).toString();
        } catch (IllegalArgumentException e) {
            throw call.firstError(cidrParam, "ParameterIllegal." + cidrParam, "IllegalParam." + cidrParam);
        }
        if (name != null && (name.isEmpty() || name.length() > NAME_MAX || url(name))) {
            throw call.firstError("Name", "ParameterLengthIllegal.Name");
        }
        if (description != null && (description.isEmpty() || description.length() > DESCRIPTION_MAX || url(description))) {
            throw call.firstError("Description", "ParameterLengthIllegal.Description");
        }
        return new NewEntry(blank(id) ? null : id, name, description, policy, protocol, port, block, IPV4);
    }

    /** An entry of every IPv4 packet, from and to anywhere, with this policy. */
    private static NewEntry everything(String policy) {
        return new NewEntry(null, "", "", policy, "all", NO_PORT, ANYWHERE, IPV4);
    }

    /** "from/to", 1-65535 each, from at most to. */
    private static boolean ports(String port) {
        try {
            Cidr.ports(port, "/");
            return port.contains("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <T> List<T> entries(NetworkAclService.View v, String direction, Function<NetworkAcl.Entry, T> view) {
        return v.entries(direction).stream().map(view).toList();
    }

    /** Ids of new entries. */
    private static Supplier<String> entryIds() {
        return () -> Ids.Shape.NETWORK_ACL_ENTRY.next(Cloud.ALIYUN);
    }

    /** An ACL's name or description as given (absent or empty: null), at most max characters, not a URL. */
    private static String text(AliyunCall call, String what, String v, int max) {
        if (blank(v)) return null;
        if (v.length() > max) throw call.firstError(what, "ParameterLengthIllegal." + what);
        if (url(v)) throw call.firstError(what, "ParameterIllegal." + what);
        return v;
    }

}
