package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "snapshotPolicies" of the state document (Aliyun's automatic snapshot policies), each with the disks that follow
 * it; imported through SnapshotPolicyService as requests make and apply them, after the disks.
 */
@Section(name = "snapshotPolicies", order = 57)
record SnapshotPolicySection(SnapshotPolicyStore store, SnapshotPolicyService policies)
        implements StateSection<SnapshotPolicySection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           List<String> timePoints, List<String> repeatWeekdays, Integer retentionDays,
                           Boolean crossRegionCopy, List<String> targetCopyRegions, Integer copiedRetentionDays,
                           List<String> disks) implements Scoped {}

    @Override
    public List<Document> export() {
        var applied = store.allApplied();
        return store.all().stream().map(p -> new Document(p.cloud().key(), p.accountId(), p.region(), p.projectId(),
                p.id(), p.name(), p.timePoints(), p.repeatWeekdays(), p.retentionDays(), p.crossRegionCopy(),
                p.targetCopyRegions(), p.copiedRetentionDays(), applied.entrySet().stream()
                        .filter(e -> e.getValue().equals(p.id())).map(Map.Entry::getKey).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "snapshot policy", store::exists, scope -> {
            policies.create(scope, d.id(), new SnapshotPolicyService.NewPolicy(Fixtures.text(d.name()),
                    required(d.timePoints(), "timePoints of snapshot policy " + d.id()),
                    required(d.repeatWeekdays(), "repeatWeekdays of snapshot policy " + d.id()),
                    d.retentionDays() == null ? -1 : d.retentionDays(), Boolean.TRUE.equals(d.crossRegionCopy()),
                    Fixtures.list(d.targetCopyRegions()),
                    d.copiedRetentionDays() == null ? -1 : d.copiedRetentionDays()),
                    Map.of());
            policies.apply(scope, d.id(), Fixtures.list(d.disks()));
        });
    }

    private static List<String> required(List<String> v, String what) {
        if (v == null || v.isEmpty()) throw new InvalidFixture("missing " + what);
        return v;
    }
}
