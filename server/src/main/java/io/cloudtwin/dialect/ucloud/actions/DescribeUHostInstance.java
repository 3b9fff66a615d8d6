package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.compute.InstanceFilter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudViews;
import io.cloudtwin.dialect.ucloud.UhostDetails;
import io.cloudtwin.core.compute.InstanceStore;

/** Zone, UHostIds.N, Tag, VPCId, SubnetId, Offset (0), Limit (20, <= 100) -> UHostSet[UHostInstanceSet], TotalCount. */
@Component
public class DescribeUHostInstance implements UcloudAction {
    private final InstanceService instances;
    private final UhostDetails details;

    public DescribeUHostInstance(InstanceService instances, UhostDetails details) {
        this.instances = instances;
        this.details = details;
    }

    @Override
    public String name() {
        return "DescribeUHostInstance";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var ids = r.strings("UHostIds");
        var filter = new InstanceFilter(ids, null, null, null, r.string("Zone"), r.string("Tag"),
                r.string("VPCId"), r.string("SubnetId"));
        var page = instances.list(r.scope(), filter, Paging.offset(r), Paging.limit(r, 100));
        var byId = details.of(page.items());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("UHostSet", page.items().stream().map(i -> UcloudViews.host(i, byId.get(i.id()))).toList());
        return out;
    }
}
