package io.cloudtwin.dialect.aliyun.ecs;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.CommandService;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCloudAssistantStatusRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCloudAssistantStatusResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * Cloud Assistant's agent on each instance (DescribeCloudAssistantStatus; alicloud_ecs_instance_set's
 * boot_check_os_with_assistant waits for it): running, and so answering, exactly while its instance is Running, as
 * on the public images where it comes installed; its runs are the Cloud Assistant runs with a target on the instance.
 */
@Component
record CloudAssistantAgents(InstanceService instances, CommandService commands, ImageService images,
                            EcsCatalog catalog, WallClock clock) implements EcsApi.DescribeCloudAssistantStatus {
    /** The agent version every instance reports (the emulator's; no agent runs). */
    static final String AGENT_VERSION = "2.2.3.1000";
    /** Instance ids one call may name. */
    private static final int MAX_IDS = 50;
    private static final String LINUX = "linux";

    /** An instance with what its agent answers. */
    private record Agent(Instance instance, String osType) {}

    /**
     * InstanceId.N (at most 50; an unknown one: InvalidInstance.NotFound; none: every instance of the region), OSType
     * (Linux, Windows; any case); PageNumber/PageSize or NextToken/MaxResults -> InstanceCloudAssistantStatusSet.
     */
    @Override
    public DescribeCloudAssistantStatusResponse describeCloudAssistantStatus(AliyunCall call,
            DescribeCloudAssistantStatusRequest r) {
        Scope scope = call.scope();
        if (r.instanceId().size() > MAX_IDS) throw call.firstError("InstanceId", "InstanceIds.ExceedLimit");
        List<Instance> named = r.instanceId().isEmpty()
                ? instances.list(scope, new InstanceFilter(null, null, null, null, null, null), 0, Integer.MAX_VALUE)
                        .items()
                : r.instanceId().stream().distinct().map(id -> instances.get(scope, id)).toList();
        Map<String, String> systemOs = new HashMap<>();
        catalog.images().forEach(i -> systemOs.put(i.path("ImageId").asString(), i.path("OSType").asString()));
        List<Agent> agents = named.stream().map(i -> new Agent(i, osType(scope, i.imageId(), systemOs)))
                .filter(a -> AliyunFormats.blank(r.osType()) || a.osType().equalsIgnoreCase(r.osType())).toList();
        var out = new DescribeCloudAssistantStatusResponse();
        List<Agent> shown = call.listed(out, call.paging(10), false, Listing.of(agents, a -> a.instance().id(),
                id -> new DomainException(DomainError.INSTANCE_NOT_FOUND, id)));
        var activity = commands.activity(shown.stream().map(a -> a.instance().id()).toList());
        String now = AliyunFormats.time(clock.now());
        return out.setInstanceCloudAssistantStatusSet(AliyunFormats.each(shown,
                DescribeCloudAssistantStatusResponse.InstanceCloudAssistantStatus::new, (item, a) -> {
                    boolean up = a.instance().status() == InstanceStatus.RUNNING;
                    var done = activity.getOrDefault(a.instance().id(), CommandService.AgentActivity.NONE);
                    item.setInstanceId(a.instance().id()).setOsType(a.osType())
                            .setCloudAssistantStatus(String.valueOf(up)).setCloudAssistantVersion(AGENT_VERSION)
                            .setLastHeartbeatTime(up ? now : "").setSupportSessionManager(up)
                            .setInvocationCount(done.invocations()).setActiveTaskCount(done.active())
                            .setLastInvokedTime(done.lastInvokedAt() == null ? ""
                                    : AliyunFormats.time(done.lastInvokedAt()));
                }));
    }

    /** Linux or Windows: the OS of the public or custom image the instance runs (an image gone since: Linux). */
    private String osType(Scope scope, String imageId, Map<String, String> systemOs) {
        String os = systemOs.get(imageId);
        if (os == null) os = images.exists(scope, imageId) ? images.get(scope, imageId).osType() : LINUX;
        String lower = os == null || os.isBlank() ? LINUX : os.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
