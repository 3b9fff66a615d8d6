package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Creates one instance, Stopped, as the real CreateInstance does. */
@Component
public class CreateInstance implements AliyunAction {
    private final io.cloudtwin.core.InstanceLifecycle instances;
    private final io.cloudtwin.core.SecurityGroupService groups;

    public CreateInstance(io.cloudtwin.core.InstanceLifecycle instances, io.cloudtwin.core.SecurityGroupService groups) {
        this.instances = instances;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "CreateInstance";
    }

    @Override
    public String coverageNote() {
        return "created Stopped; one SecurityGroupId";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var spec = InstanceSpecs.from(r, InstanceStatus.STOPPED);
        var extras = InstanceSpecs.extras(r, 1);
        InstanceSpecs.requireVSwitch(r, groups, scope);
        r.dryRunCheck();
        String token = r.string("ClientToken");
        var earlier = instances.byToken(scope, name(), token);
        if (earlier.isPresent()) return Map.of("InstanceId", earlier.get().get(0));
        try {
            return Map.of("InstanceId", instances.create(scope, spec, 1, extras, name(), token).get(0).id());
        } catch (io.cloudtwin.core.InstanceLifecycle.TokenTaken e) {
            return Map.of("InstanceId", instances.byToken(scope, name(), token).orElseThrow().get(0));
        } catch (io.cloudtwin.core.DomainException e) {
            throw InstanceSpecs.refused(r, e);
        }
    }
}
