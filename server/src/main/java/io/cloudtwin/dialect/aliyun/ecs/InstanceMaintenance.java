package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceHistoryEventsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceHistoryEventsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceMaintenanceAttributesRequest;

/**
 * How instances are maintained (alicloud_instance's maintenance_time, maintenance_action, maintenance_notify, which
 * the provider sets after creating an instance): changed by ModifyInstanceMaintenanceAttributes, answered by
 * DescribeInstanceMaintenanceAttributes. Kept and answered; no maintenance happens here, and no system event
 * (maintenance, failure, expiry) is ever raised, so DescribeInstanceHistoryEvents, which alicloud_ecs_instance_set asks
 * after every launch (SystemFailure.Delete), finds none.
 */
@Component
record InstanceMaintenance(InstanceSettings settings)
        implements EcsApi.ModifyInstanceMaintenanceAttributes, EcsApi.DescribeInstanceHistoryEvents {
    @Override
    public DescribeInstanceHistoryEventsResponse describeInstanceHistoryEvents(AliyunCall call,
                                                                               DescribeInstanceHistoryEventsRequest r) {
        var out = new DescribeInstanceHistoryEventsResponse();
        call.paged(out, call.paging(10), 0);
        return out.setInstanceSystemEventSet(List.of());
    }

    @Override
    public void modifyInstanceMaintenanceAttributes(AliyunCall call, ModifyInstanceMaintenanceAttributesRequest r) {
        if (r.instanceId().isEmpty()) throw call.missing("InstanceId");
        String action = AliyunFormats.or(r.actionOnMaintenance(), null);
        if (action != null && !InstanceDetail.Maintenance.ACTIONS.contains(action)) {
            throw call.error("InvalidParameter", "ActionOnMaintenance must be one of "
                    + String.join(", ", InstanceDetail.Maintenance.ACTIONS));
        }
        String start = null;
        String end = null;
        List<ModifyInstanceMaintenanceAttributesRequest.MaintenanceWindow> windows = r.maintenanceWindow();
        if (!windows.isEmpty()) {
            start = windows.get(0).startTime();
            end = windows.get(0).endTime();
            var window = InstanceDetail.Maintenance.DEFAULT.with(null, null, start, end);
            if (start == null || end == null || !window.valid()) {
                throw call.error("InvalidParameter", "MaintenanceWindow.1 takes a StartTime and an EndTime, each "
                        + "HH:00:00, 1 to 23 hours apart");
            }
        }
        settings.changeMaintenance(call.scope(), r.instanceId(), action, r.notifyOnMaintenance(), start, end);
    }
}
