package io.cloudtwin.core.routing;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "routeTables" of the state document: the custom route tables, each with the vSwitches associated with it
 * (system tables come with their VPCs). Imported through RouteService as requests make them: the VPC must exist, each
 * vSwitch be of it and have no other custom table. After the VPCs and subnets (order 25).
 */
@Section(name = "routeTables", order = 25)
record RouteTableSection(RouteStore store, RouteService routes) implements StateSection<RouteTableSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String name, String description, String associateType, List<String> vSwitchIds) implements Scoped {}

    @Override
    public List<Document> export() {
        Map<String, List<String>> associated = routes.allAssociations();
        return routes.allTables().stream().filter(t -> !t.system()).map(t -> new Document(t.cloud().key(), t.accountId(),
                t.region(), t.projectId(), t.id(), t.vpcId(), t.name(), t.description(), t.associateType(),
                associated.getOrDefault(t.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "route table", store::exists, scope -> {
            routes.createTable(scope, d.id(), new RouteService.NewTable(Fixtures.required(d.vpcId(), "vpcId of route table " + d.id()),
                    Fixtures.text(d.name()), Fixtures.text(d.description()), d.associateType()), Map.of());
            for (String vSwitch : Fixtures.list(d.vSwitchIds())) routes.associate(scope, d.id(), vSwitch);
        });
    }
}
