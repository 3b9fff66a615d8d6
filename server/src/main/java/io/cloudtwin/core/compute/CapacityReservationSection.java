package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "capacityReservations" of the state document, before the instances that use them (whose labels say which).
 */
@Section(name = "capacityReservations", order = 19)
record CapacityReservationSection(CapacityReservationStore store, CapacityReservationService reservations)
        implements StateSection.Rows<CapacityReservationSection.Document, CapacityReservation> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String instanceType, String zoneId, Integer instanceAmount,
                           String platform, String matchCriteria, OffsetDateTime startTime, OffsetDateTime endTime,
                           String endTimeType, String status) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "capacity reservation", store::exists, scope -> reservations.create(scope, d.id(),
                new CapacityReservationService.NewReservation(Fixtures.text(d.name()), Fixtures.text(d.description()),
                        Fixtures.required(d.instanceType(), "instanceType of capacity reservation " + d.id()),
                        Fixtures.required(d.zoneId(), "zoneId of capacity reservation " + d.id()),
                        d.instanceAmount() == null ? 1 : d.instanceAmount(), Fixtures.text(d.platform(), "linux"),
                        Fixtures.text(d.matchCriteria(), "Open"), d.startTime(), d.endTime(),
                        Fixtures.text(d.endTimeType(), "Unlimited")),
                Fixtures.text(d.status(), CapacityReservation.ACTIVE), Map.of()));
    }
}
