package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.FlowLog;
import io.cloudtwin.core.compute.FlowLogService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.ActiveFlowLogRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ActiveFlowLogResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateFlowLogRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateFlowLogResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeactiveFlowLogRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeactiveFlowLogResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteFlowLogRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteFlowLogResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeFlowLogsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeFlowLogsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyFlowLogAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyFlowLogAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * VPC flow logs of a VPC, a vSwitch or a network interface: Active at once, deactivated and activated again. The log
 * service is not emulated: its project and store are names, and no record is ever delivered.
 */
@Component
record FlowLogs(FlowLogService flowLogs, TagService tags)
        implements VpcApi.CreateFlowLog, VpcApi.DescribeFlowLogs, VpcApi.ActiveFlowLog, VpcApi.DeactiveFlowLog,
        VpcApi.ModifyFlowLogAttribute, VpcApi.DeleteFlowLog {
    /** ResourceType as the API names each kind. */
    static final Map<String, FlowLog.Kind> KINDS = Map.of("VPC", FlowLog.Kind.VPC, "VSwitch", FlowLog.Kind.SUBNET,
            "NetworkInterface", FlowLog.Kind.INTERFACE);
    static final Set<String> TRAFFIC_TYPES = Set.of("All", "Allow", "Drop");
    static final Set<Integer> INTERVALS = Set.of(1, 5, 10);
    static final Set<String> TRAFFIC_PATHS = Set.of("all", "internetGateway");
    static final Set<String> IP_VERSIONS = Set.of("IPv4", "DualStack");

    @Override
    public CreateFlowLogResponse createFlowLog(AliyunCall call, CreateFlowLogRequest r) {
        FlowLog.Kind kind = KINDS.get(r.resourceType());
        if (kind == null) throw call.error("InvalidResourceType.NotFound");
        if (!TRAFFIC_TYPES.contains(r.trafficType())) throw call.invalid("TrafficType");
        int interval = r.aggregationInterval() == null ? 10 : r.aggregationInterval();
        if (!INTERVALS.contains(interval)) throw call.error("IllegalParam.AggregationInterval");
        List<String> paths = r.trafficPath().isEmpty() ? List.of("all") : r.trafficPath();
        if (!TRAFFIC_PATHS.containsAll(paths)) throw call.error("IllegalParam.TrafficPath");
        if (paths.stream().distinct().count() < paths.size()) throw call.error("DuplicatedParam.TrafficPath");
        String ipVersion = ipVersion(call, r.ipVersion());
        var tagged = call.tags(r.tag());
        String group = call.resourceGroup(r.resourceGroupId());
        var spec = new FlowLogService.NewFlowLog(or(r.flowLogName(), ""), or(r.description(), ""), kind,
                r.resourceId(), r.trafficType(), or(r.projectName(), ""), or(r.logStoreName(), ""), interval,
                String.join(",", paths), ipVersion);
        var scope = call.scope();
        String id = tags.createIn(ResourceType.FLOW_LOG, group,
                () -> flowLogs.create(scope, Ids.random("fl-", 20), spec, tagged).id());
        return new CreateFlowLogResponse().setFlowLogId(id).setSuccess("true")
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public DescribeFlowLogsResponse describeFlowLogs(AliyunCall call, DescribeFlowLogsRequest r) {
        var scope = call.scope();
        var paging = call.paging(20);
        var wanted = call.narrow(tags, scope, ResourceType.FLOW_LOG, r.flowLogId(), r.tags(), r.resourceGroupId());
        FlowLog.Kind kind = blank(r.resourceType()) ? null : KINDS.get(r.resourceType());
        Boolean active = blank(r.status()) ? null : switch (r.status()) {
            case "Active" -> true;
            case "Inactive" -> false;
            default -> null;
        };
        var out = new DescribeFlowLogsResponse().setSuccess("true");
        boolean none = wanted.isEmpty() || (!blank(r.resourceType()) && kind == null)
                || (!blank(r.status()) && active == null);
        if (none) return call.paged(out.setFlowLogs(List.of()), paging, 0);
        var page = flowLogs.list(scope, new FlowLogService.Filter(wanted.get(), r.flowLogName(), r.description(),
                kind == null ? null : kind.name(), r.resourceId(), r.trafficType(), r.projectName(), r.logStoreName(),
                active, r.vpcId()), paging.offset(), paging.limit());
        List<String> ids = page.items().stream().map(FlowLog::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return call.paged(out.setFlowLogs(AliyunFormats.each(page.items(), DescribeFlowLogsResponse.FlowLog::new,
                (item, f) -> item.setFlowLogId(f.id()).setFlowLogName(f.name()).setDescription(f.description())
                        .setResourceType(resourceType(f.resourceKind())).setResourceId(f.resourceId())
                        .setTrafficType(f.trafficType()).setProjectName(f.logProject())
                        .setLogStoreName(f.logStore()).setAggregationInterval(f.aggregationInterval())
                        .setTrafficPath(new ArrayList<>(Arrays.asList(f.trafficPaths().split(","))))
                        .setStatus(f.active() ? "Active" : "Inactive").setBusinessStatus("Normal")
                        .setRegionId(f.region()).setCreationTime(AliyunFormats.time(f.createdAt()))
                        .setFlowLogDeliverStatus("SUCCESS").setFlowLogDeliverErrorMessage("")
                        .setResourceGroupId(grouped.get(f.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(f.id()), DescribeFlowLogsResponse.Tag::new))
                        .setIpVersion(f.ipVersion()))), paging, page.total());
    }

    @Override
    public ActiveFlowLogResponse activeFlowLog(AliyunCall call, ActiveFlowLogRequest r) {
        flowLogs.activate(call.scope(), r.flowLogId(), true);
        return new ActiveFlowLogResponse().setSuccess("true");
    }

    @Override
    public DeactiveFlowLogResponse deactiveFlowLog(AliyunCall call, DeactiveFlowLogRequest r) {
        flowLogs.activate(call.scope(), r.flowLogId(), false);
        return new DeactiveFlowLogResponse().setSuccess("true");
    }

    @Override
    public ModifyFlowLogAttributeResponse modifyFlowLogAttribute(AliyunCall call, ModifyFlowLogAttributeRequest r) {
        Integer interval = r.aggregationInterval();
        if (interval != null && !INTERVALS.contains(interval)) throw call.error("IllegalParam.AggregationInterval");
        String ipVersion = r.ipVersion() == null ? null : ipVersion(call, r.ipVersion());
        flowLogs.modify(call.scope(), r.flowLogId(), r.flowLogName(), r.description(), interval, ipVersion);
        return new ModifyFlowLogAttributeResponse().setSuccess("true");
    }

    @Override
    public DeleteFlowLogResponse deleteFlowLog(AliyunCall call, DeleteFlowLogRequest r) {
        flowLogs.delete(call.scope(), r.flowLogId());
        return new DeleteFlowLogResponse().setSuccess("true");
    }

    private static String ipVersion(AliyunCall call, String given) {
        String v = given == null ? "IPv4" : given;
        if (!IP_VERSIONS.contains(v)) throw call.invalid("IpVersion");
        return v;
    }

    private static String resourceType(String kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().name().equals(kind)).findFirst().orElseThrow()
                .getKey();
    }
}
