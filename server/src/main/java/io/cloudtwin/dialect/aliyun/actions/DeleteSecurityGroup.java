package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.SecurityGroupService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

@Component
public class DeleteSecurityGroup implements AliyunAction {
    private final io.cloudtwin.core.GroupLifecycle groups;

    public DeleteSecurityGroup(io.cloudtwin.core.GroupLifecycle groups) {
        this.groups = groups;
    }

    @Override
    public String name() {
        return "DeleteSecurityGroup";
    }


    @Override
    public String coverageNote() {
        return "refused while instances are in it";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        groups.delete(scope, r.required("SecurityGroupId"));
        return Map.of();
    }
}
