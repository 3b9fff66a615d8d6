package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.dialect.aliyun.Documented;
import io.cloudtwin.store.InstanceStore;

/**
 * Disks: every instance has one system disk (id d- and the instance id's suffix, its category and size from
 * SystemDisk.*), In_use while the instance stands. Filters InstanceId, DiskIds (JSON array), DiskType
 * (system/all; data: none), ZoneId, Category; pages.
 */
@Component
public class DescribeDisks implements AliyunAction {
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;

    public DescribeDisks(InstanceService instances, InstanceLifecycle lifecycle) {
        this.instances = instances;
        this.lifecycle = lifecycle;
    }

    @Override
    public String name() {
        return "DescribeDisks";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var paging = r.paging(10);
        r.dryRunCheck();
        String type = r.string("DiskType", "all");
        List<String> diskIds = r.list("DiskIds");
        String instanceId = r.string("InstanceId");
        List<Instance> all = "data".equals(type) ? List.of()
                : instances.list(scope, new InstanceStore.Filter(instanceId == null ? null : List.of(instanceId), null,
                        null, null, r.string("ZoneId"), null), 0, Integer.MAX_VALUE).items();
        var details = lifecycle.details(all.stream().map(Instance::id).toList());
        String category = r.string("Category");
        List<Map<String, Object>> disks = all.stream()
                .filter(i -> diskIds.isEmpty() || diskIds.contains(InstanceLifecycle.diskId(i.id())))
                .map(i -> disk(i, details.get(i.id())))
                .filter(d -> category == null || category.equals(d.get("Category")))
                .toList();
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(disks.size()));
        out.put("Disks", disks.subList(Math.min(disks.size(), paging.offset()),
                (int) Math.min(disks.size(), (long) paging.offset() + paging.limit())));
        return out;
    }

    private static Map<String, Object> disk(Instance i, io.cloudtwin.store.InstanceDetailStore.Detail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("DiskId", InstanceLifecycle.diskId(i.id()));
        m.put("DiskName", "");
        m.put("Description", "");
        m.put("Type", "system");
        m.put("Category", d == null ? "cloud_efficiency" : d.systemDiskCategory());
        m.put("Size", d == null ? 40 : d.systemDiskSize());
        m.put("Status", "In_use");
        m.put("InstanceId", i.id());
        m.put("RegionId", i.region());
        m.put("ZoneId", i.zone());
        m.put("ImageId", i.imageId());
        m.put("Device", "/dev/xvda");
        m.put("Portable", false);
        m.put("DeleteWithInstance", true);
        m.put("Encrypted", false);
        m.put("DiskChargeType", "PostPaid");
        m.put("CreationTime", AliyunViews.instance(i).get("CreationTime"));
        return m;
    }
}
