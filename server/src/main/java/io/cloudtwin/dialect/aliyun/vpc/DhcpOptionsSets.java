package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.DhcpOptionsService;
import io.cloudtwin.core.network.DhcpOptionsService.View;
import io.cloudtwin.core.network.DhcpOptionsSet;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AttachDhcpOptionsSetToVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDhcpOptionsSetRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDhcpOptionsSetResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteDhcpOptionsSetRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DetachDhcpOptionsSetFromVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetDhcpOptionsSetRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetDhcpOptionsSetResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListDhcpOptionsSetsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListDhcpOptionsSetsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ReplaceVpcDhcpOptionsSetRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateDhcpOptionsSetAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * DHCP options sets (alicloud_vpc_dhcp_options_set and its attachment): Available without VPCs, InUse with; a VPC
 * has one set at most. GetDhcpOptionsSet of a set the region does not have answers its RequestId alone: the
 * provider's read takes an answer without Status for "gone" (the metadata documents no not-found code for it).
 */
@Component
record DhcpOptionsSets(DhcpOptionsService sets, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateDhcpOptionsSet, VpcApi.GetDhcpOptionsSet, VpcApi.ListDhcpOptionsSets,
        VpcApi.UpdateDhcpOptionsSetAttribute, VpcApi.DeleteDhcpOptionsSet, VpcApi.AttachDhcpOptionsSetToVpc,
        VpcApi.DetachDhcpOptionsSetFromVpc, VpcApi.ReplaceVpcDhcpOptionsSet {
    private static final Pattern NAME = Pattern.compile("\\p{L}[^\\p{Cntrl}]{0,127}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?");
    private static final Pattern LEASE = Pattern.compile("([0-9]{1,6})h");
    /** A dotted-quad IPv4 address without leading zeros. */
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final int SERVERS = 4;

    @Override
    public CreateDhcpOptionsSetResponse createDhcpOptionsSet(AliyunCall call, CreateDhcpOptionsSetRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new DhcpOptionsService.NewSet(name(call, r.dhcpOptionsSetName()),
                description(call, r.dhcpOptionsSetDescription()), domain(call, r.domainName()),
                servers(call, r.domainNameServers()), lease(call, "LeaseTime", r.leaseTime()),
                lease(call, "Ipv6LeaseTime", r.ipv6LeaseTime()));
        Map<String, String> tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.DHCP_OPTIONS_SET,
                group, () -> sets.create(scope, Ids.random("dopt-", 20), spec, tagged).id()));
        return new CreateDhcpOptionsSetResponse().setDhcpOptionsSetId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public GetDhcpOptionsSetResponse getDhcpOptionsSet(AliyunCall call, GetDhcpOptionsSetRequest r) {
        var found = sets.view(call.scope(), r.dhcpOptionsSetId());
        if (found.isEmpty()) return call.nothingFound(new GetDhcpOptionsSetResponse());
        View v = found.get();
        DhcpOptionsSet s = v.set();
        return new GetDhcpOptionsSetResponse().setDhcpOptionsSetId(s.id()).setDhcpOptionsSetName(s.name())
                .setDhcpOptionsSetDescription(s.description()).setStatus(status(v))
                .setOwnerId(AliyunFormats.ownerId(s.accountId()))
                .setDhcpOptions(new GetDhcpOptionsSetResponse.DhcpOptions().setDomainName(s.domainName())
                        .setDomainNameServers(String.join(",", s.domainNameServers())).setLeaseTime(s.leaseTime())
                        .setIpv6LeaseTime(s.ipv6LeaseTime()))
                .setAssociateVpcs(v.vpcIds().stream().map(vpc -> new GetDhcpOptionsSetResponse.AssociateVpcs()
                        .setVpcId(vpc).setAssociateStatus("InUse")).toList())
                .setResourceGroupId(tags.group(s.id(), call.defaultResourceGroup()))
                .setTags(AliyunFormats.keyValueTags(tags.of(s.id()),
                        GetDhcpOptionsSetResponse.Tags::new));
    }

    @Override
    public ListDhcpOptionsSetsResponse listDhcpOptionsSets(AliyunCall call, ListDhcpOptionsSetsRequest r) {
        Scope scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.DHCP_OPTIONS_SET,
                r.dhcpOptionsSetId(), r.tags(), r.resourceGroupId());
        var filter = new DhcpOptionsService.Filter(wanted.orElse(List.of()).isEmpty() ? null : wanted.get(),
                blank(r.dhcpOptionsSetName()) ? null : r.dhcpOptionsSetName(),
                blank(r.domainName()) ? null : r.domainName());
        var out = new ListDhcpOptionsSetsResponse();
        List<DhcpOptionsSet> shown = call.listed(out, call.paging(10), wanted.isEmpty(), sets.listing(scope, filter));
        List<String> ids = shown.stream().map(DhcpOptionsSet::id).toList();
        var vpcs = sets.vpcsOf(ids);
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setDhcpOptionsSets(shown.stream().map(s -> {
            View v = new View(s, vpcs.getOrDefault(s.id(), List.of()));
            return new ListDhcpOptionsSetsResponse.DhcpOptionsSets().setDhcpOptionsSetId(s.id())
                    .setDhcpOptionsSetName(s.name()).setDhcpOptionsSetDescription(s.description()).setStatus(status(v))
                    .setAssociateVpcCount(v.vpcIds().size()).setOwnerId(AliyunFormats.ownerId(s.accountId()))
                    .setDhcpOptions(new ListDhcpOptionsSetsResponse.DhcpOptions().setDomainName(s.domainName())
                            .setDomainNameServers(String.join(",", s.domainNameServers()))
                            .setLeaseTime(s.leaseTime()).setIpv6LeaseTime(s.ipv6LeaseTime()))
                    .setResourceGroupId(grouped.get(s.id()))
                    .setTags(AliyunFormats.keyValueTags(tagged.get(s.id()), ListDhcpOptionsSetsResponse.Tags::new));
        }).toList());
    }

    @Override
    public void updateDhcpOptionsSetAttribute(AliyunCall call, UpdateDhcpOptionsSetAttributeRequest r) {
        var changes = new DhcpOptionsService.Changes(
                r.dhcpOptionsSetName() == null ? null : name(call, r.dhcpOptionsSetName()),
                r.dhcpOptionsSetDescription() == null ? null : description(call, r.dhcpOptionsSetDescription()),
                r.domainName() == null ? null : domain(call, r.domainName()),
                r.domainNameServers() == null ? null : servers(call, r.domainNameServers()),
                r.leaseTime() == null ? null : lease(call, "LeaseTime", r.leaseTime()),
                r.ipv6LeaseTime() == null ? null : lease(call, "Ipv6LeaseTime", r.ipv6LeaseTime()));
        sets.update(call.scope(), r.dhcpOptionsSetId(), changes);
    }

    @Override
    public void deleteDhcpOptionsSet(AliyunCall call, DeleteDhcpOptionsSetRequest r) {
        sets.delete(call.scope(), r.dhcpOptionsSetId());
    }

    @Override
    public void attachDhcpOptionsSetToVpc(AliyunCall call, AttachDhcpOptionsSetToVpcRequest r) {
        sets.associate(call.scope(), r.dhcpOptionsSetId(), r.vpcId());
    }

    @Override
    public void detachDhcpOptionsSetFromVpc(AliyunCall call, DetachDhcpOptionsSetFromVpcRequest r) {
        sets.dissociate(call.scope(), r.dhcpOptionsSetId(), r.vpcId());
    }

    @Override
    public void replaceVpcDhcpOptionsSet(AliyunCall call, ReplaceVpcDhcpOptionsSetRequest r) {
        sets.replace(call.scope(), r.dhcpOptionsSetId(), r.vpcId());
    }

    private static String status(View v) {
        return v.vpcIds().isEmpty() ? "Available" : "InUse";
    }

    private static String name(AliyunCall call, String name) {
        if (blank(name)) return "";
        if (!NAME.matcher(name).matches() || AliyunFormats.url(name)) throw call.error("IllegalParam.DhcpOptionsSetName");
        return name;
    }

    private static String description(AliyunCall call, String description) {
        if (blank(description)) return "";
        if (description.length() > 256 || AliyunFormats.url(description)) {
            throw call.error("IllegalParam.DhcpOptionsSetDescription");
        }
        return description;
    }

    private static String domain(AliyunCall call, String domain) {
        if (blank(domain)) return "";
        if (!DOMAIN.matcher(domain).matches()) throw call.error("IllegalParam.DomainName");
        return domain;
    }

    /** Up to four IPv4 addresses, comma-separated. */
    private static List<String> servers(AliyunCall call, String servers) {
        if (blank(servers)) return List.of();
        List<String> out = List.of(servers.split(",", -1)).stream().map(String::trim).toList();
        for (String s : out) {
            if (!IPV4.matcher(s).matches()) {
                throw call.firstError("DomainNameServers", "IllegalParam.DomainNameServers",
                        "InvalidDomainNameServers.Malformed");
            }
        }
        if (out.size() > SERVERS) throw call.firstError("DomainNameServers", "QuotaExceeded.DomainNameServers");
        return out;
    }

    /** A lease time in hours: 24h to 1176h, or 87600h to 175200h; absent: 87600h. */
    private static String lease(AliyunCall call, String parameter, String lease) {
        if (blank(lease)) return DhcpOptionsService.DEFAULT_LEASE;
        var m = LEASE.matcher(lease);
        int hours = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if ((hours < 24 || hours > 1176) && (hours < 87600 || hours > 175200)) {
            throw call.firstError(parameter, "IllegalParam." + parameter, "IllegalParam.LeaseTime",
                    "OperationUnsupported.DhcpLeaseTime");
        }
        return lease;
    }
}
