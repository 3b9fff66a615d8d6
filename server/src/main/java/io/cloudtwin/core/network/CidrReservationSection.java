package io.cloudtwin.core.network;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "cidrReservations" of the state document, made through CidrReservationService after the subnets and before
 * anything is given an address in them.
 */
@Section(name = "cidrReservations", order = 22)
record CidrReservationSection(CidrReservationStore store, CidrReservationService reservations)
        implements StateSection.Rows<CidrReservationSection.Document, CidrReservation> {
    public record Document(String cloud, String account, String region, String project, String id, String subnetId,
                           String cidr, String name, String description) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "CIDR reservation", store::exists, scope ->
                reservations.create(scope, d.id(), new CidrReservationService.NewReservation(
                        Fixtures.required(d.subnetId(), "subnetId of CIDR reservation " + d.id()),
                        Fixtures.required(d.cidr(), "cidr of CIDR reservation " + d.id()), null, d.name(),
                        d.description()),
                        Map.of()));
    }
}
