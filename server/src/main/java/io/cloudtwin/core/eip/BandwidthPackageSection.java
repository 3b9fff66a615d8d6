package io.cloudtwin.core.eip;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "bandwidthPackages" of the state document, imported through BandwidthPackageService as CreateBandwidthPackage
 * makes them, after the EIPs (order 65); times in ISO 8601.
 */
@Section(name = "bandwidthPackages", order = 67)
record BandwidthPackageSection(BandwidthPackageStore store, BandwidthPackageService packages)
        implements StateSection<BandwidthPackageSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String eip,
                           int bandwidth, String enableTime, String disableTime) implements Scoped {}

    @Override
    public List<Document> export() {
        return packages.all().stream().map(p -> new Document(p.cloud().key(), p.accountId(), p.region(),
                p.projectId(), p.id(), p.eipId(), p.bandwidth(), p.enableTime().toString(), p.disableTime().toString()))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "bandwidth package", store::exists, scope -> {
            if (d.bandwidth() < 1) throw new InvalidFixture("bandwidth package " + d.id() + ": bandwidth must be 1 Mbps or more");
            OffsetDateTime from = time(d.id(), d.enableTime());
            OffsetDateTime to = time(d.id(), d.disableTime());
            if (!to.isAfter(from)) throw new InvalidFixture("bandwidth package " + d.id() + ": disableTime must follow enableTime");
            packages.create(scope, d.id(), Fixtures.required(d.eip(), "eip of bandwidth package " + d.id()), d.bandwidth(), from,
                    Duration.between(from, to).toSeconds());
        });
    }

    private static OffsetDateTime time(String id, String v) {
        try {
            return OffsetDateTime.parse(Fixtures.required(v, "enableTime and disableTime of bandwidth package " + id));
        } catch (DateTimeParseException e) {
            throw new InvalidFixture("bandwidth package " + id + ": not an ISO 8601 time: " + v);
        }
    }
}
