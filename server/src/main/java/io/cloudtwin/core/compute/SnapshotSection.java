package io.cloudtwin.core.compute;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "snapshots" of the state document: each snapshot with what it was taken of. The disk may be gone (a snapshot
 * outlives it), so a snapshot is brought back as described, after the disks (order 53).
 */
@Section(name = "snapshots", order = 53)
record SnapshotSection(SnapshotStore store,
                       SnapshotService snapshots) implements StateSection<SnapshotSection.Document> {
    /**
     * sourceDiskKind: system or data (absent: data); category absent: standard; retentionDays absent: kept; zone and
     * sourceDiskName (UCloud's UDisk snapshots): absent where the cloud answers neither.
     */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String diskId, Integer sourceDiskSize, String sourceDiskKind,
                           String sourceDiskCategory, String instanceId, String category, Integer retentionDays,
                           Boolean encrypted, String zone, String sourceDiskName) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.all().stream().map(s -> new Document(s.cloud().key(), s.accountId(), s.region(), s.projectId(),
                s.id(), s.name(), s.description(), s.diskId(), s.sourceDiskSize(), s.sourceDiskKind(),
                s.sourceDiskCategory(), s.instanceId().isEmpty() ? null : s.instanceId(), s.category(), s.retentionDays(),
                s.encrypted(), s.zone().isEmpty() ? null : s.zone(),
                s.sourceDiskName().isEmpty() ? null : s.sourceDiskName())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "snapshot", store::exists, scope -> {
            if (d.sourceDiskSize() == null || d.sourceDiskSize() < 1) throw new InvalidFixture("snapshot " + d.id() + " has no sourceDiskSize");
            String kind = d.sourceDiskKind() == null ? Disk.DATA : d.sourceDiskKind();
            if (!kind.equals(Disk.DATA) && !kind.equals(Disk.SYSTEM)) {
                throw new InvalidFixture("snapshot " + d.id() + ": sourceDiskKind is system or data");
            }
            snapshots.restore(new Snapshot(d.id(), scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    Fixtures.text(d.name()), Fixtures.text(d.description()),
                    Fixtures.required(d.diskId(), "diskId of snapshot " + d.id()), d.sourceDiskSize(), kind,
                    Fixtures.text(d.sourceDiskCategory()), Fixtures.text(d.instanceId()),
                    d.category() == null ? "standard" : d.category(), d.retentionDays(),
                    Boolean.TRUE.equals(d.encrypted()),
                    fixtures.now(), Fixtures.text(d.zone()), Fixtures.text(d.sourceDiskName())));
        });
    }
}
