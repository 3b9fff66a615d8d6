package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.AccountSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeUserBusinessBehaviorRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeUserBusinessBehaviorResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyUserBusinessBehaviorRequest;

/**
 * An account's business behaviours (alicloud_ecs_session_manager_status): statusKey sessionManagerStatus, whether
 * Cloud Assistant's session manager may open sessions, enabled or disabled (the value of an account that never set
 * it). The account's, in every region; no session is opened either way.
 */
@Component
record UserBusinessBehaviors(AccountSettings settings)
        implements EcsApi.DescribeUserBusinessBehavior, EcsApi.ModifyUserBusinessBehavior {
    /** A status an account may set: its values, and the value before it sets one. */
    private record Status(Set<String> values, String initial) {}

    private static final Map<String, Status> STATUSES =
            Map.of("sessionManagerStatus", new Status(Set.of("enabled", "disabled"), "disabled"));

    @Override
    public DescribeUserBusinessBehaviorResponse describeUserBusinessBehavior(AliyunCall call,
            DescribeUserBusinessBehaviorRequest r) {
        Status status = status(call, r.statusKey());
        return new DescribeUserBusinessBehaviorResponse()
                .setStatusValue(settings.get(call.scope(), r.statusKey()).orElse(status.initial()));
    }

    @Override
    public void modifyUserBusinessBehavior(AliyunCall call, ModifyUserBusinessBehaviorRequest r) {
        if (!status(call, r.statusKey()).values().contains(r.statusValue())) throw call.error("InvalidParams");
        settings.set(call.scope(), r.statusKey(), r.statusValue());
    }

    /** The status statusKey names; another key: InvalidParams. */
    private static Status status(AliyunCall call, String key) {
        Status status = STATUSES.get(key);
        if (status == null) throw call.error("InvalidParams");
        return status;
    }
}
