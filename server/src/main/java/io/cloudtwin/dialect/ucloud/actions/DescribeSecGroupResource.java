package io.cloudtwin.dialect.ucloud.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudViews;

/** SecGroupId, Limit (20), Offset -> DataSet of the resources bound to the group, TotalCount. */
@Component
public class DescribeSecGroupResource implements UcloudAction {
    private final InstanceService instances;

    public DescribeSecGroupResource(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeSecGroupResource";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String groupId = r.string("SecGroupId");
        var page = instances.membersOf(r.scope(), groupId, Paging.offset(r), Paging.limit(r, 10_000));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("DataSet", page.items().stream().map(DescribeSecGroupResource::resource).toList());
        return out;
    }

    private static Map<String, Object> resource(Instance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ResourceId", i.id());
        m.put("ResourceType", "uhost");
        m.put("Name", i.name());
        m.put("PrivateIp", UcloudViews.address(i));
        m.put("Zone", 0);
        m.put("Tag", i.tag());
        m.put("SubResourceId", "");
        m.put("SubResourceName", "");
        m.put("SubResourceType", "");
        return m;
    }
}
