package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.store.InstanceStore;

/**
 * Lists the region's instances, filtered by InstanceIds (JSON array), Status, SecurityGroupId, InstanceName, ZoneId,
 * VpcId, ImageId and InstanceType, paged by PageNumber/PageSize or NextToken/MaxResults.
 */
@Component
public class DescribeInstances implements AliyunAction {
    private final InstanceService instances;
    private final io.cloudtwin.core.InstanceLifecycle lifecycle;
    private final io.cloudtwin.core.TagService tags;

    public DescribeInstances(InstanceService instances, io.cloudtwin.core.InstanceLifecycle lifecycle,
                             io.cloudtwin.core.TagService tags) {
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeInstances";
    }

    @Override
    public String coverageNote() {
        return "filters InstanceIds, Status, SecurityGroupId, InstanceName, ZoneId, VpcId, VSwitchId, ImageId, InstanceType, Tag.N; PageNumber/PageSize, or NextToken/MaxResults seeking past the last instance shown";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        java.util.List<String> ids = new java.util.ArrayList<>(r.list("InstanceIds"));
        Map<String, String> tagFilter = r.tags("Tag");
        if (!tagFilter.isEmpty()) {
            var tagged = tags.idsHaving(scope, io.cloudtwin.core.TagService.Kind.INSTANCE, tagFilter);
            if (ids.isEmpty()) ids.addAll(tagged);
            else ids.retainAll(tagged);
            if (ids.isEmpty()) ids.add("");
        }
        String status = r.string("Status");
        InstanceStatus wanted = null;
        if (status != null) {
            wanted = AliyunViews.statusOf(status);
            if (wanted == null) throw r.error("InvalidStatus.NotFound");
        }
        var paging = r.paging(10);
        r.dryRunCheck();
        var filter = new InstanceStore.Filter(ids, wanted, r.string("SecurityGroupId"), r.string("InstanceName"),
                r.string("ZoneId"), null, r.string("VpcId"), r.string("VSwitchId"), r.string("ImageId"),
                r.string("InstanceType"));
        Map<String, Object> out;
        io.cloudtwin.core.Page<io.cloudtwin.core.Instance> page;
        if (paging.tokenMode()) {
            // NextToken seeks past the last instance shown: creations and deletions between pages shift nothing
            page = instances.list(scope, filter, 0, paging.limit() + 1, after(paging));
            boolean more = page.items().size() > paging.limit();
            var items = more ? page.items().subList(0, paging.limit()) : page.items();
            var last = items.isEmpty() ? null : items.get(items.size() - 1);
            page = new io.cloudtwin.core.Page<>(items, page.total());
            out = new LinkedHashMap<>(paging.answer(page.total(), more ? cursor(last) : null));
        } else {
            page = instances.list(scope, filter, paging.offset(), paging.limit());
            out = new LinkedHashMap<>(paging.answer(page.total()));
        }
        var shownIds = page.items().stream().map(io.cloudtwin.core.Instance::id).toList();
        var details = lifecycle.details(shownIds);
        var tagged = tags.of(shownIds);
        out.put("Instances", page.items().stream().map(i -> InstanceViews.full(i, details.get(i.id()),
                tagged.get(i.id()))).toList());
        return out;
    }

    /** A keyset cursor: the instance's creation time (epoch seconds and nanoseconds) and id. */
    private static String cursor(io.cloudtwin.core.Instance i) {
        java.time.Instant t = i.createdAt().toInstant();
        return t.getEpochSecond() + "." + t.getNano() + "/" + i.id();
    }

    private static InstanceStore.After after(io.cloudtwin.dialect.aliyun.spec.Paging paging) {
        String c = paging.cursor();
        if (c == null) return null;
        try {
            int dot = c.indexOf('.'), slash = c.indexOf('/');
            if (dot <= 0 || slash <= dot + 1 || slash == c.length() - 1) throw paging.invalidToken();
            java.time.Instant t = java.time.Instant.ofEpochSecond(Long.parseLong(c.substring(0, dot)),
                    Integer.parseInt(c.substring(dot + 1, slash)));
            return new InstanceStore.After(t.atOffset(java.time.ZoneOffset.UTC), c.substring(slash + 1));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw paging.invalidToken();
        }
    }
}
