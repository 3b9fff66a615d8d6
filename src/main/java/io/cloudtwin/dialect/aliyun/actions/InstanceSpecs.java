package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

/** The parameters RunInstances and CreateInstance share. The instance's VPC is its security groups' VPC. */
final class InstanceSpecs {
    private InstanceSpecs() {}

    static InstanceService.NewInstance from(AliyunRequest r, InstanceStatus target) {
        String imageId = r.required("ImageId");
        String instanceType = r.required("InstanceType");
        Set<String> groups = new LinkedHashSet<>();
        String single = r.string("SecurityGroupId");
        if (single != null) groups.add(single);
        groups.addAll(r.list("SecurityGroupIds"));
        if (groups.isEmpty()) throw r.missing("SecurityGroupId");
        String name = r.string("InstanceName", "");
        if (name.length() > 128) throw r.invalid("InstanceName");
        String description = r.string("Description", "");
        if (description.length() > 256) throw r.invalid("Description");
        int[] shape = AliyunViews.shape(instanceType);
        List<InstanceService.GroupRef> refs = groups.stream().map(g -> new InstanceService.GroupRef(g, 1)).toList();
        return new InstanceService.NewInstance(r.string("ZoneId", ""), name, description, imageId,
                instanceType, "", shape[0], shape[1], target, refs, "");
    }
}
