package io.cloudtwin.dialect.aliyun.slb;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.balancing.AccessList;
import io.cloudtwin.core.balancing.AccessListEntry;
import io.cloudtwin.core.balancing.AccessListService;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.slb.api.AddAccessControlListEntryRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateAccessControlListRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateAccessControlListResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteAccessControlListRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAccessControlListAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAccessControlListAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAccessControlListsRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAccessControlListsResponse;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveAccessControlListEntryRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetAccessControlListAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import tools.jackson.databind.JsonNode;

/**
 * Access control lists (acl-): named lists of address blocks of one IP version that listeners bind with AclId (the
 * core's, V86). AclEntrys is a string holding a JSON array of {entry, comment}, as the provider and the CLI send it.
 */
@Component
record AccessControlLists(AccessListService acls, TagService tags)
        implements SlbApi.CreateAccessControlList, SlbApi.DescribeAccessControlLists,
        SlbApi.DescribeAccessControlListAttribute, SlbApi.SetAccessControlListAttribute,
        SlbApi.AddAccessControlListEntry, SlbApi.RemoveAccessControlListEntry, SlbApi.DeleteAccessControlList {
    private static final Set<String> VERSIONS = Set.of(AccessList.IPV4, AccessList.IPV6);
    private static final int ENTRIES_A_CALL = 50;
    private static final int MAX_NAME = 80;
    private static final int MAX_COMMENT = 256;

    @Override
    public CreateAccessControlListResponse createAccessControlList(AliyunCall call, CreateAccessControlListRequest r) {
        String version = blank(r.addressIPVersion()) ? AccessList.IPV4 : r.addressIPVersion();
        if (!VERSIONS.contains(version)) throw call.invalid("AddressIPVersion");
        AccessList acl = acls.create(call.scope(), Ids.random("acl-", 22), name(call, r.aclName()), version,
                call.tags(r.tag()));
        return new CreateAccessControlListResponse().setAclId(acl.id());
    }

    private static String name(AliyunCall call, String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) throw call.invalid("AclName");
        return name;
    }

    @Override
    public DescribeAccessControlListsResponse describeAccessControlLists(AliyunCall call,
                                                                         DescribeAccessControlListsRequest r) {
        Scope scope = call.scope();
        var wanted = tags.narrow(scope, ResourceType.ACCESS_LIST, List.of(), call.tags(r.tag()));
        var paging = call.paging(10);
        Page<AccessList> page = wanted.isEmpty() ? new Page<>(List.of(), 0) : acls.list(scope, wanted.get(),
                r.aclName(), blank(r.addressIPVersion()) ? null : r.addressIPVersion(), paging.offset(),
                paging.limit());
        var out = new DescribeAccessControlListsResponse();
        call.paged(out, paging, page.total());
        var tagged = tags.of(page.items().stream().map(AccessList::id).toList());
        return out.setCount(page.items().size()).setAcls(page.items().stream().map(a ->
                new DescribeAccessControlListsResponse.Acl().setAclId(a.id()).setAclName(a.name())
                        .setAddressIPVersion(a.ipVersion()).setCreateTime(AliyunFormats.time(a.createdAt()))
                        .setResourceGroupId(AliyunFormats.defaultResourceGroup(a.accountId()))
                        .setTags(AliyunFormats.tags(tagged.get(a.id()), DescribeAccessControlListsResponse.Tag::new)))
                .toList());
    }

    @Override
    public DescribeAccessControlListAttributeResponse describeAccessControlListAttribute(AliyunCall call,
            DescribeAccessControlListAttributeRequest r) {
        var v = acls.get(call.scope(), r.aclId());
        AccessList a = v.acl();
        List<AccessListEntry> entries = v.entries().stream()
                .filter(e -> blank(r.aclEntryComment()) || e.comment().equals(r.aclEntryComment())).toList();
        int total = entries.size();
        if (r.page() != null || r.pageSize() != null) {
            int size = r.pageSize() == null ? 10 : r.pageSize();
            int number = r.page() == null ? 1 : r.page();
            if (size < 1) throw call.invalid("PageSize");
            if (number < 1) throw call.invalid("Page");
            long from = Math.min((long) (number - 1) * size, total);
            entries = entries.subList((int) from, (int) Math.min(from + size, total));
        }
        return new DescribeAccessControlListAttributeResponse().setAclId(a.id()).setAclName(a.name())
                .setAddressIPVersion(a.ipVersion()).setCreateTime(AliyunFormats.time(a.createdAt()))
                .setResourceGroupId(AliyunFormats.defaultResourceGroup(a.accountId())).setTotalAclEntry(total)
                .setAclEntrys(entries.stream().map(e -> new DescribeAccessControlListAttributeResponse.AclEntry()
                        .setAclEntryIP(e.entry()).setAclEntryComment(e.comment())).toList())
                .setRelatedListeners(v.listeners().stream().map(l -> new DescribeAccessControlListAttributeResponse
                        .RelatedListener().setLoadBalancerId(l.loadBalancerId()).setListenerPort(l.port())
                        .setProtocol(l.protocol()).setAclType(aclType(l))).toList())
                .setTags(AliyunFormats.tags(tags.of(a.id()),
                        DescribeAccessControlListAttributeResponse.Tag::new));
    }

    private static String aclType(Listener l) {
        return new Settings(l).text("AclType", "");
    }

    @Override
    public void setAccessControlListAttribute(AliyunCall call, SetAccessControlListAttributeRequest r) {
        acls.rename(call.scope(), r.aclId(), name(call, r.aclName()));
    }

    @Override
    public void addAccessControlListEntry(AliyunCall call, AddAccessControlListEntryRequest r) {
        if (blank(r.aclId())) throw call.missing("AclId");
        acls.add(call.scope(), r.aclId(), entries(call, r.aclEntrys()));
    }

    @Override
    public void removeAccessControlListEntry(AliyunCall call, RemoveAccessControlListEntryRequest r) {
        acls.remove(call.scope(), r.aclId(), entries(call, r.aclEntrys()).stream()
                .map(AccessListService.NewEntry::entry).toList());
    }

    @Override
    public void deleteAccessControlList(AliyunCall call, DeleteAccessControlListRequest r) {
        acls.delete(call.scope(), r.aclId());
    }

    /** The {entry, comment} pairs of an AclEntrys parameter; malformed: InvalidParameter naming it. */
    private static List<AccessListService.NewEntry> entries(AliyunCall call, String text) {
        JsonNode array = JsonValue.parseLenient(text);
        if (array == null || !array.isArray() || array.isEmpty()) throw call.invalid("AclEntrys");
        if (array.size() > ENTRIES_A_CALL) throw call.firstError("AclEntrys", "AclEntryExceedLimit");
        List<AccessListService.NewEntry> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) throw call.invalid("AclEntrys");
            String entry = ServerList.text(call, "AclEntrys", item, "entry");
            if (entry == null || entry.isBlank()) throw call.invalid("AclEntrys");
            String comment = ServerList.text(call, "AclEntrys", item, "comment");
            if (comment != null && comment.length() > MAX_COMMENT) {
                throw call.firstError("AclEntrys", "InvalidParam.Comment");
            }
            out.add(new AccessListService.NewEntry(entry.trim(), comment == null ? "" : comment));
        }
        return out;
    }
}
