package io.cloudtwin.core.compute;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.WallClock;

/**
 * The "disks" of the state document: system disks of the document's instances and data disks, attached (instanceId,
 * device) or not. An Aliyun instance of a document written before disks were kept gets its system disk made from
 * what its instance row says of it.
 */
@Section(name = "disks", order = 52)
record DiskSection(DiskStore store, InstanceStore instances, InstanceDetailStore details, DiskService disks,
                   WallClock clock) implements StateSection<DiskSection.Document> {
    /**
     * kind: system or data; status follows from instanceId (an attach or detach under way is exported as completed).
     * chargeType (absent: PostPaid) and tag (UCloud's group; absent: none) of a data disk.
     */
    public record Document(String cloud, String account, String region, String project, String zone, String id,
                           String name, String description, String category, Integer sizeGb, String kind,
                           String instanceId, String device, Boolean deleteWithInstance, Boolean encrypted,
                           String performanceLevel, String chargeType, String tag) {}

    @Override
    public List<Document> export() {
        var now = clock.now();
        return store.all().stream().map(stored -> stored.settled(now)).map(d -> new Document(d.cloud().key(),
                d.accountId(), d.region(), d.projectId(), d.zone(), d.id(), d.name(), d.description(), d.category(),
                d.sizeGb(), d.kind(), d.instanceId().isEmpty() ? null : d.instanceId(),
                d.device().isEmpty() ? null : d.device(), d.deleteWithInstance(), d.encrypted(), d.performanceLevel(),
                d.chargeType().equals("PostPaid") ? null : d.chargeType(), d.tag().isEmpty() ? null : d.tag()))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "disk " + d.id());
        String id = d.id() == null ? Ids.Shape.DISK.next(scope.cloud()) : d.id();
        if (store.exists(id)) return false;
        String kind = d.kind() == null ? Disk.DATA : d.kind();
        if (!kind.equals(Disk.DATA) && !kind.equals(Disk.SYSTEM)) throw new InvalidFixture("disk " + id + ": kind is system or data");
        if (d.sizeGb() == null || d.sizeGb() < 1) throw new InvalidFixture("disk " + id + " has no sizeGb");
        var spec = new DiskService.NewDisk(Fixtures.text(d.zone()), d.name(), d.description(),
                Fixtures.required(d.category(), "category of disk " + id), d.sizeGb(), Boolean.TRUE.equals(d.deleteWithInstance()),
                Boolean.TRUE.equals(d.encrypted()), d.performanceLevel(), null);
        String instanceId = Fixtures.text(d.instanceId());
        if (kind.equals(Disk.SYSTEM)) {
            Instance i = instances.find(scope, Fixtures.required(instanceId, "instanceId of system disk " + id))
                    .orElseThrow(() -> new InvalidFixture("system disk " + id + " names instance " + instanceId
                            + ", which is not in its scope"));
            if (store.ofInstance(i.id()).stream().anyMatch(Disk::system)) {
                throw new InvalidFixture("instance " + i.id() + " has two system disks");
            }
            disks.createForInstance(i, id, spec, List.of());
            return true;
        }
        disks.create(scope, id, spec, new DiskService.Terms(d.chargeType() == null ? "PostPaid" : d.chargeType(),
                Fixtures.text(d.tag())), Map.of(), instanceId.isEmpty() ? null : instanceId);
        return true;
    }

    /** Aliyun instances without a system disk (a document of before) get the one their instance row describes. */
    @Override
    public void finish(Fixtures fixtures) {
        Set<String> withSystemDisk = new HashSet<>();
        for (Disk d : store.all()) if (d.system()) withSystemDisk.add(d.instanceId());
        for (Instance i : instances.all()) {
            if (i.cloud() != Cloud.ALIYUN || withSystemDisk.contains(i.id())) continue;
            InstanceDetail detail = details.of(List.of(i.id())).get(i.id());
            disks.createForInstance(i, InstanceLifecycle.diskId(i.id()), new DiskService.NewDisk(i.zone(), "", "",
                    detail == null ? "cloud_efficiency" : detail.systemDiskCategory(),
                    detail == null ? 40 : detail.systemDiskSize(), true, false, "", null), List.of());
        }
    }
}
