package io.cloudtwin.core.compute;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "flowLogs" of the state document, imported after the VPCs, subnets and interfaces they watch. */
@Section(name = "flowLogs", order = 72)
record FlowLogSection(FlowLogStore store, FlowLogService flowLogs)
        implements StateSection.Rows<FlowLogSection.Document, FlowLog> {
    /** resourceKind: VPC, SUBNET or INTERFACE. */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String resourceKind, String resourceId, String trafficType,
                           String logProject, String logStore, Integer aggregationInterval, String trafficPaths,
                           String ipVersion, Boolean active) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "flow log", store::exists, scope ->
                flowLogs.restore(scope, d.id(), new FlowLogService.NewFlowLog(Fixtures.text(d.name()),
                        Fixtures.text(d.description()),
                        Fixtures.choice(FlowLog.Kind.class, d.resourceKind(), "resourceKind of flow log " + d.id()),
                        Fixtures.required(d.resourceId(), "resourceId of flow log " + d.id()),
                        d.trafficType() == null ? "All" : d.trafficType(), Fixtures.text(d.logProject()),
                        Fixtures.text(d.logStore()), d.aggregationInterval() == null ? 10 : d.aggregationInterval(),
                        d.trafficPaths() == null ? "all" : d.trafficPaths(),
                        d.ipVersion() == null ? "IPv4" : d.ipVersion()),
                        d.active() == null || d.active()));
    }
}
