package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceLifecycle;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunErrors;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.InstanceBatch;
import io.cloudtwin.dialect.aliyun.api.InstanceStatusChange;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.RebootInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RebootInstancesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.StartInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.StartInstancesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.StopInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.StopInstancesResponse;

/**
 * The batch forms of the instance lifecycle, InstanceId.N of the region (1 to 100). BatchOptimization AllTogether
 * (the default): every instance changes or none does, and the first refusal is the answer; SuccessFirst: each
 * instance on its own, its refusal reported as its Code and Message. Each answers every instance's PreviousStatus
 * and CurrentStatus (Code 200 when it changed).
 */
@Component
record InstanceBatches(InstanceService instances, InstanceLifecycle lifecycle)
        implements EcsApi.StartInstances, EcsApi.StopInstances, EcsApi.RebootInstances, EcsApi.DeleteInstances {
    static final String ALL_TOGETHER = "AllTogether";
    static final String SUCCESS_FIRST = "SuccessFirst";

    @Override
    public StartInstancesResponse startInstances(AliyunCall call, StartInstancesRequest r) {
        return new StartInstancesResponse().setInstanceResponses(
                changed(call, r, instances::start, StartInstancesResponse.InstanceResponse::new));
    }

    @Override
    public StopInstancesResponse stopInstances(AliyunCall call, StopInstancesRequest r) {
        boolean stopCharging = StoppedModes.stopCharging(call, r.stoppedMode());
        return new StopInstancesResponse().setInstanceResponses(changed(call, r,
                (scope, id) -> lifecycle.stop(scope, id, stopCharging), StopInstancesResponse.InstanceResponse::new));
    }

    @Override
    public RebootInstancesResponse rebootInstances(AliyunCall call, RebootInstancesRequest r) {
        return new RebootInstancesResponse().setInstanceResponses(
                changed(call, r, instances::reboot, RebootInstancesResponse.InstanceResponse::new));
    }

    @Override
    public void deleteInstances(AliyunCall call, DeleteInstancesRequest r) {
        lifecycle.deleteAll(call.scope(), r.instanceId(), Boolean.TRUE.equals(r.force()));
    }

    /** Changes the batch as its BatchOptimization says; one answer item per instance, in the request's order. */
    private <T extends InstanceStatusChange> List<T> changed(AliyunCall call, InstanceBatch r,
                                                             InstanceLifecycle.StatusChanger changer,
                                                             Supplier<T> item) {
        String mode = r.batchOptimization() == null ? ALL_TOGETHER : r.batchOptimization();
        if (!mode.equals(ALL_TOGETHER) && !mode.equals(SUCCESS_FIRST)) throw call.invalid("BatchOptimization");
        var steps = mode.equals(ALL_TOGETHER)
                ? lifecycle.changeAllTogether(call.scope(), r.instanceId(), changer)
                : lifecycle.changeEach(call.scope(), r.instanceId(), changer);
        return AliyunFormats.each(steps, item, (t, s) -> {
            t.setInstanceId(s.instanceId()).setPreviousStatus(status(s.change().previous()))
                    .setCurrentStatus(status(s.change().current()));
            if (s.refused() == null) {
                t.setCode("200").setMessage("success");
            } else {
                var error = AliyunErrors.of(s.refused(), call.spec());
                t.setCode(error.code()).setMessage(error.answerMessage());
            }
        });
    }

    private static String status(InstanceStatus s) {
        return s == null ? "" : AliyunFormats.status(s);
    }
}
