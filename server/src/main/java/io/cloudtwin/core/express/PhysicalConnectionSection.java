package io.cloudtwin.core.express;

import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "physicalConnections" of the state document: Express Connect circuits, before the routers on them. */
@Section(name = "physicalConnections", order = 90)
record PhysicalConnectionSection(PhysicalConnectionStore store, PhysicalConnectionService connections)
        implements StateSection.Rows<PhysicalConnectionSection.Document, PhysicalConnection> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String accessPointId, String type, String lineOperator, String portType, Integer bandwidth,
                           String peerLocation, String circuitCode, String redundantId, String name,
                           String description, String status, String chargeType, OffsetDateTime enabledAt,
                           OffsetDateTime endTime) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "physical connection", store::exists, scope -> connections.create(scope, d.id(),
                new PhysicalConnectionService.NewConnection(
                        Fixtures.required(d.accessPointId(), "accessPointId of physical connection " + d.id()),
                        Fixtures.text(d.type(), "VPC"),
                        Fixtures.required(d.lineOperator(), "lineOperator of physical connection " + d.id()),
                        Fixtures.text(d.portType()), d.bandwidth(), Fixtures.text(d.peerLocation()),
                        Fixtures.text(d.circuitCode()), Fixtures.text(d.redundantId()), Fixtures.text(d.name()),
                        Fixtures.text(d.description())),
                new PhysicalConnectionService.Standing(Fixtures.text(d.status(), PhysicalConnection.ALLOCATED),
                        Fixtures.text(d.chargeType()), d.enabledAt(), d.endTime()),
                Map.of()));
    }
}
