package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

/** Creates Amount instances that start running, each bound to SecurityGroupId or SecurityGroupIds.N. */
@Component
public class RunInstances implements AliyunAction {
    private final io.cloudtwin.core.InstanceLifecycle instances;
    private final io.cloudtwin.core.SecurityGroupService groups;

    public RunInstances(io.cloudtwin.core.InstanceLifecycle instances, io.cloudtwin.core.SecurityGroupService groups) {
        this.instances = instances;
        this.groups = groups;
    }

    @Override
    public String name() {
        return "RunInstances";
    }


    @Override
    public String coverageNote() {
        return "SecurityGroupId or SecurityGroupIds.N (not both, no repeats), VSwitchId (required for VPC groups; "
                + "same VPC), PrivateIpAddress, ClientToken (idempotent), Amount, UniqueSuffix, Tag.N, InstanceName "
                + "(default: the id), HostName (default iZ...Z), UserData, SystemDisk.Category/Size, Description, "
                + "ZoneId, DryRun";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var spec = InstanceSpecs.from(r, InstanceStatus.RUNNING);
        int amount = r.integer("Amount", 1);
        var extras = InstanceSpecs.extras(r, amount);
        InstanceSpecs.requireVSwitch(r, groups, scope);
        r.dryRunCheck();
        String token = r.string("ClientToken");
        var earlier = instances.byToken(scope, name(), token);
        if (earlier.isPresent()) return Map.of("InstanceIdSets", AliyunViews.wrap("InstanceIdSet", earlier.get()));
        java.util.List<String> ids;
        try {
            ids = instances.create(scope, spec, amount, extras, name(), token).stream().map(Instance::id).toList();
        } catch (io.cloudtwin.core.InstanceLifecycle.TokenTaken e) {
            ids = instances.byToken(scope, name(), token).orElseThrow();
        } catch (io.cloudtwin.core.DomainException e) {
            throw InstanceSpecs.refused(r, e);
        }
        return Map.of("InstanceIdSets", AliyunViews.wrap("InstanceIdSet", ids));
    }
}
