package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
import io.cloudtwin.dialect.aliyun.ecs.api.CreatePrefixListRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreatePrefixListResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeletePrefixListRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListAssociationsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListAssociationsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListAttributesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListAttributesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribePrefixListsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyPrefixListRequest;

/**
 * Prefix lists: named sets of CIDR blocks of one address family that security group rules name as their peer
 * (SourcePrefixListId, DestPrefixListId). A prefix list that a rule names is not deleted.
 */
@Component
record PrefixLists(PrefixListService prefixLists, TagService tags, ClientTokens tokens)
        implements EcsApi.CreatePrefixList, EcsApi.DescribePrefixLists, EcsApi.DescribePrefixListAttributes,
        EcsApi.ModifyPrefixList, EcsApi.DeletePrefixList, EcsApi.DescribePrefixListAssociations {
    /** 2 to 128 characters, a letter first; letters, digits, periods, underscores and hyphens. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}0-9._-]{1,127}");

    @Override
    public CreatePrefixListResponse createPrefixList(AliyunCall call, CreatePrefixListRequest r) {
        var scope = call.scope();
        String family = family(call, r.addressFamily());
        String name = name(call, r.prefixListName());
        String description = EcsNames.description(call, "Description", r.description());
        List<PrefixList.Entry> entries = new ArrayList<>();
        Set<String> blocks = new HashSet<>();
        for (var e : r.entry()) {
            String cidr = cidr(call, family, e.cidr());
            if (!blocks.add(cidr)) throw call.error("InvalidParameter.CidrDuplicated", cidr);
            entries.add(new PrefixList.Entry(cidr, entryDescription(call, e.description())));
        }
        String group = call.resourceGroup(r.resourceGroupId());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.PREFIX_LIST, group,
                () -> prefixLists.create(scope, PrefixList.ECS, Ids.random("pl-", 20), name, description, family,
                        r.maxEntries(), entries, call.tags(r.tag())).id()));
        return new CreatePrefixListResponse().setPrefixListId(id);
    }

    @Override
    public DescribePrefixListsResponse describePrefixLists(AliyunCall call, DescribePrefixListsRequest r) {
        var scope = call.scope();
        var narrowed = call.narrow(tags, scope, ResourceType.PREFIX_LIST,
                r.prefixListId(), r.tag(), r.resourceGroupId());
        var out = new DescribePrefixListsResponse();
        List<PrefixListService.View> shown = AliyunPrefixLists.listed(call, out, prefixLists, PrefixList.ECS, narrowed,
                r.prefixListName(), r.addressFamily());
        return out.setPrefixLists(AliyunFormats.each(shown, DescribePrefixListsResponse.PrefixList::new, (item, v) ->
                item.setPrefixListId(v.prefixList().id()).setPrefixListName(v.prefixList().name())
                        .setDescription(v.prefixList().description()).setAddressFamily(v.prefixList().addressFamily())
                        .setMaxEntries(v.prefixList().maxEntries()).setAssociationCount((int) v.associations())
                        .setCreationTime(AliyunFormats.time(v.prefixList().createdAt()))));
    }

    @Override
    public DescribePrefixListAttributesResponse describePrefixListAttributes(AliyunCall call,
                                                                             DescribePrefixListAttributesRequest r) {
        var scope = call.scope();
        PrefixList p = prefixLists.get(scope, PrefixList.ECS, r.prefixListId());
        return new DescribePrefixListAttributesResponse().setPrefixListId(p.id()).setPrefixListName(p.name())
                .setDescription(p.description()).setAddressFamily(p.addressFamily()).setMaxEntries(p.maxEntries())
                .setCreationTime(AliyunFormats.time(p.createdAt()))
                .setEntries(AliyunFormats.each(prefixLists.entries(scope, PrefixList.ECS, p.id()),
                        DescribePrefixListAttributesResponse.Entry::new,
                        (item, e) -> item.setCidr(e.cidr()).setDescription(e.description())));
    }

    @Override
    public void modifyPrefixList(AliyunCall call, ModifyPrefixListRequest r) {
        var scope = call.scope();
        PrefixList p = prefixLists.get(scope, PrefixList.ECS, r.prefixListId());
        List<String> remove = new ArrayList<>();
        for (var e : r.removeEntry()) remove.add(cidr(call, p.addressFamily(), e.cidr()));
        List<PrefixList.Entry> add = new ArrayList<>();
        Set<String> blocks = new HashSet<>();
        for (var e : r.addEntry()) {
            String cidr = cidr(call, p.addressFamily(), e.cidr());
            if (!blocks.add(cidr)) throw call.error("InvalidParameter.CidrDuplicated", cidr);
            add.add(new PrefixList.Entry(cidr, entryDescription(call, e.description())));
        }
        prefixLists.modify(scope, PrefixList.ECS, p.id(), new PrefixListService.Changes(
                r.prefixListName() == null ? null : name(call, r.prefixListName()),
                EcsNames.description(call, "Description", r.description()), null, remove, add));
    }

    @Override
    public void deletePrefixList(AliyunCall call, DeletePrefixListRequest r) {
        prefixLists.delete(call.scope(), PrefixList.ECS, r.prefixListId());
    }

    @Override
    public DescribePrefixListAssociationsResponse describePrefixListAssociations(
            AliyunCall call, DescribePrefixListAssociationsRequest r) {
        List<String> all = prefixLists.associations(call.scope(), PrefixList.ECS, r.prefixListId());
        var paging = call.paging(10);
        var out = new DescribePrefixListAssociationsResponse();
        return call.paged(out, paging, all.size()).setPrefixListAssociations(AliyunFormats.each(
                AliyunFormats.page(all, paging), DescribePrefixListAssociationsResponse.PrefixListAssociation::new,
                (item, group) -> item.setResourceId(group).setResourceType("securitygroup")));
    }

    private static String family(AliyunCall call, String family) {
        if (!"IPv4".equals(family) && !"IPv6".equals(family)) {
            throw call.firstError("AddressFamily", "InvalidParameter.AddressFamily");
        }
        return family;
    }

    private static String name(AliyunCall call, String name) {
        if (name == null || !NAME.matcher(name).matches() || url(name) || name.startsWith("com.aliyun")
                || name.startsWith("com.alibabacloud")) {
            throw call.firstError("PrefixListName", "InvalidParameter.PrefixListName");
        }
        return name;
    }

    /** An entry's description: none (the provider sends an empty one), or as a prefix list's. */
    private static String entryDescription(AliyunCall call, String description) {
        if (description == null || description.isEmpty()) return "";
        return EcsNames.description(call, "Description", description);
    }

    /** A block of the prefix list's address family, in its canonical form. */
    private static String cidr(AliyunCall call, String family, String cidr) {
        try {
            return PrefixList.canonical(family, cidr);
        } catch (IllegalArgumentException e) {
            throw call.firstError(cidr, "InvalidParameter.CidrMalformed");
        }
    }
}
