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

    public DescribeInstances(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstances";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var ids = r.jsonList("InstanceIds", 100);
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
        var page = instances.list(scope, filter, paging.offset(), paging.limit());
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(page.total()));
        out.put("Instances", page.items().stream().map(AliyunViews::instance).toList());
        return out;
    }
}
