package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

/** The parameters RunInstances and CreateInstance share. */
final class InstanceSpecs {
    private InstanceSpecs() {}

    static InstanceService.NewInstance from(AliyunRequest r, InstanceStatus target) {
        String imageId = r.required("ImageId");
        String instanceType = r.required("InstanceType");
        Set<String> groups = new LinkedHashSet<>();
        String single = r.optional("SecurityGroupId");
        if (single != null) groups.add(single);
        groups.addAll(r.repeated("SecurityGroupIds", 10));
        if (groups.isEmpty()) throw new AliyunException(AliyunError.MISSING_PARAMETER, "SecurityGroupId");
        String name = r.optional("InstanceName", "");
        if (name.length() > 128) throw new AliyunException(AliyunError.INVALID_PARAMETER, "InstanceName");
        int[] shape = AliyunViews.shape(instanceType);
        List<InstanceService.GroupRef> refs = groups.stream().map(g -> new InstanceService.GroupRef(g, 1)).toList();
        return new InstanceService.NewInstance(r.optional("ZoneId", ""), name, r.optional("Description", ""), imageId,
                instanceType, r.optional("VpcId", ""), shape[0], shape[1], target, refs, "");
    }
}
