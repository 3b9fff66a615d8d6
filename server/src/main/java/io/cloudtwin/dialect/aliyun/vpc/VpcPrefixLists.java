package io.cloudtwin.dialect.aliyun.vpc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.network.PrefixList;
import io.cloudtwin.core.network.PrefixListService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunPrefixLists;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcPrefixListRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcPrefixListResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpcPrefixListRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcPrefixListAssociationsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcPrefixListAssociationsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcPrefixListEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVpcPrefixListEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPrefixListsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPrefixListsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpcPrefixListRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpcPrefixListResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The VPC product's prefix lists (alicloud_vpc_prefix_list): CIDR blocks of one IP version (IpVersion IPV4 or IPV6),
 * at most MaxEntries of them, which, unlike ECS's, may grow or shrink. They share PrefixListService with ECS's, but
 * each product sees only its own. No route table, transit router or other resource here names one, so none has
 * associations.
 */
@Component
record VpcPrefixLists(PrefixListService prefixLists, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateVpcPrefixList, VpcApi.ListPrefixLists, VpcApi.GetVpcPrefixListEntries,
        VpcApi.GetVpcPrefixListAssociations, VpcApi.ModifyVpcPrefixList, VpcApi.DeleteVpcPrefixList {
    /** The console's default, where MaxEntries is not given. */
    private static final int DEFAULT_MAX_ENTRIES = 50;
    private static final int MOST_ENTRIES = 200;
    private static final String CREATED = "Created";

    /** A block of a request, with its description. */
    private record Block(String cidr, String description) {}

    @Override
    public CreateVpcPrefixListResponse createVpcPrefixList(AliyunCall call, CreateVpcPrefixListRequest r) {
        var scope = call.scope();
        String family = family(call, r.ipVersion());
        String name = AliyunFormats.name(call, "PrefixListName", r.prefixListName());
        String description = AliyunFormats.description(call, "PrefixListDescription", r.prefixListDescription());
        int max = r.maxEntries() == null ? DEFAULT_MAX_ENTRIES : maxEntries(call, r.maxEntries());
        List<PrefixList.Entry> entries = entries(call, family,
                r.prefixListEntries().stream().map(e -> new Block(e.cidr(), e.description())).toList());
        String group = call.resourceGroup(r.resourceGroupId());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.VPC_PREFIX_LIST, group,
                () -> prefixLists.create(scope, PrefixList.VPC, Ids.random("pl-", 20), name, description, family, max,
                        entries, call.tags(r.tag())).id()));
        return new CreateVpcPrefixListResponse().setPrefixListId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public ListPrefixListsResponse listPrefixLists(AliyunCall call, ListPrefixListsRequest r) {
        var scope = call.scope();
        var narrowed = call.narrow(tags, scope, ResourceType.VPC_PREFIX_LIST,
                r.prefixListIds(), r.tags(), r.resourceGroupId());
        var out = new ListPrefixListsResponse();
        List<PrefixListService.View> shown = AliyunPrefixLists.listed(call, out, prefixLists, PrefixList.VPC, narrowed,
                r.prefixListName(), null);
        List<String> shownIds = shown.stream().map(v -> v.prefixList().id()).toList();
        var entries = prefixLists.entriesOf(shownIds);
        var tagged = tags.of(shownIds);
        var grouped = tags.groups(shownIds, call.defaultResourceGroup());
        return out.setPrefixLists(AliyunFormats.each(shown, ListPrefixListsResponse.PrefixLists::new, (item, v) -> {
            PrefixList p = v.prefixList();
            item.setPrefixListId(p.id()).setPrefixListName(p.name()).setPrefixListDescription(p.description())
                    .setIpVersion(ipVersion(p)).setMaxEntries(p.maxEntries()).setStatus(CREATED)
                    .setPrefixListStatus(CREATED).setCreationTime(AliyunFormats.time(p.createdAt()))
                    .setOwnerId(String.valueOf(AliyunFormats.ownerId(p.accountId()))).setRegionId(p.region())
                    .setCidrBlocks(entries.getOrDefault(p.id(), List.of()).stream().map(PrefixList.Entry::cidr).toList())
                    .setResourceGroupId(grouped.get(p.id()))
                    .setTags(AliyunFormats.keyValueTags(tagged.get(p.id()), ListPrefixListsResponse.Tags::new));
        }));
    }

    @Override
    public GetVpcPrefixListEntriesResponse getVpcPrefixListEntries(AliyunCall call, GetVpcPrefixListEntriesRequest r) {
        var scope = call.scope();
        List<PrefixList.Entry> all = prefixLists.entries(scope, PrefixList.VPC, r.prefixListId());
        var paging = call.paging(100);
        var page = AliyunFormats.page(all, paging);
        var out = new GetVpcPrefixListEntriesResponse();
        return call.paged(out, paging, all.size()).setCount((long) page.size())
                .setPrefixListEntry(AliyunFormats.each(page, GetVpcPrefixListEntriesResponse.PrefixListEntry::new,
                        (item, e) -> item.setPrefixListId(r.prefixListId()).setCidr(e.cidr())
                                .setDescription(e.description()).setRegionId(scope.region())));
    }

    @Override
    public GetVpcPrefixListAssociationsResponse getVpcPrefixListAssociations(AliyunCall call,
                                                                             GetVpcPrefixListAssociationsRequest r) {
        prefixLists.get(call.scope(), PrefixList.VPC, r.prefixListId());
        var out = new GetVpcPrefixListAssociationsResponse();
        return call.paged(out, call.paging(100), 0).setCount(0L).setPrefixListAssociation(List.of());
    }

    @Override
    public ModifyVpcPrefixListResponse modifyVpcPrefixList(AliyunCall call, ModifyVpcPrefixListRequest r) {
        var scope = call.scope();
        PrefixList p = prefixLists.get(scope, PrefixList.VPC, r.prefixListId());
        List<String> remove = new ArrayList<>();
        for (var e : r.removePrefixListEntry()) remove.add(cidr(call, p.addressFamily(), e.cidr()));
        List<PrefixList.Entry> add = entries(call, p.addressFamily(),
                r.addPrefixListEntry().stream().map(e -> new Block(e.cidr(), e.description())).toList());
        String name = r.prefixListName() == null ? null : AliyunFormats.name(call, "PrefixListName", r.prefixListName());
        String description = r.prefixListDescription() == null ? null
                : AliyunFormats.description(call, "PrefixListDescription", r.prefixListDescription());
        Integer max = r.maxEntries() == null ? null : maxEntries(call, r.maxEntries());
        prefixLists.modify(scope, PrefixList.VPC, p.id(), new PrefixListService.Changes(name, description, max,
                remove, add));
        return new ModifyVpcPrefixListResponse().setPrefixListId(p.id());
    }

    @Override
    public void deleteVpcPrefixList(AliyunCall call, DeleteVpcPrefixListRequest r) {
        var scope = call.scope();
        prefixLists.get(scope, PrefixList.VPC, r.prefixListId());
        prefixLists.delete(scope, PrefixList.VPC, r.prefixListId());
    }

    /** IpVersion IPV4 or IPV6 (any case; left out: IPV4), as the family the store keeps (IPv4, IPv6). */
    private static String family(AliyunCall call, String ipVersion) {
        if (AliyunFormats.blank(ipVersion) || ipVersion.equalsIgnoreCase("IPV4")) return "IPv4";
        if (ipVersion.equalsIgnoreCase("IPV6")) return "IPv6";
        throw call.firstError("IpVersion", "UnsupportedFeature.IpVersion");
    }

    private static String ipVersion(PrefixList p) {
        return p.addressFamily().equals("IPv6") ? "IPV6" : "IPV4";
    }

    private static int maxEntries(AliyunCall call, int max) {
        if (max < 1 || max > MOST_ENTRIES) throw call.invalid("MaxEntries");
        return max;
    }

    /** The blocks of a request, each once, canonical, with a well-formed description. */
    private static List<PrefixList.Entry> entries(AliyunCall call, String family, List<Block> given) {
        List<PrefixList.Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block b : given) {
            String cidr = cidr(call, family, b.cidr());
            if (!seen.add(cidr)) throw call.firstError(cidr, "DuplicatedParam.CidrBlock");
            out.add(new PrefixList.Entry(cidr, AliyunFormats.description(call, "Description", b.description())));
        }
        return out;
    }

    private static String cidr(AliyunCall call, String family, String cidr) {
        try {
            return PrefixList.canonical(family, cidr);
        } catch (IllegalArgumentException e) {
            throw call.firstError(cidr, "IllegalParam.CidrBlock");
        }
    }
}
