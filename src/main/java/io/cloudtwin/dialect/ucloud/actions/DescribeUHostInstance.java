package io.cloudtwin.dialect.ucloud.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudViews;
import io.cloudtwin.store.InstanceStore;

/** Zone, UHostIds.N, Tag, Offset (0), Limit (20, <= 100) -> UHostSet, TotalCount. */
@Component
public class DescribeUHostInstance implements UcloudAction {
    private final InstanceService instances;

    public DescribeUHostInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeUHostInstance";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var ids = r.strings("UHostIds");
        var filter = new InstanceStore.Filter(ids, null, null, null, r.string("Zone"), r.string("Tag"));
        var page = instances.list(r.scope(), filter, Paging.offset(r), Paging.limit(r, 100));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("UHostSet", page.items().stream().map(UcloudViews::host).toList());
        return out;
    }
}
