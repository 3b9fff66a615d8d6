package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

@Component
public class DescribeInstanceAttribute implements AliyunAction {
    private final InstanceService instances;

    public DescribeInstanceAttribute(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeInstanceAttribute";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return AliyunViews.instance(instances.get(r.scope(), r.required("InstanceId")));
    }
}
