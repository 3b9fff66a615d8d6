package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "images" of the state document: the custom images, each with its disks (the first its system disk), whose
 * snapshots must be in the document (or the store) too: after the snapshots (order 54); sharedWith, the accounts it
 * is shared with (ModifyImageSharePermission).
 */
@Section(name = "images", order = 54)
record ImageSection(ImageStore store, ImageService images) implements StateSection<ImageSection.Document> {
    /**
     * One disk: its snapshot (absent: an empty data disk, or the system disk of an image described from a UCloud
     * host), device, size in GiB.
     */
    public record DiskDocument(String snapshotId, String device, Integer sizeGb) {}

    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String family, String version, String platform, String architecture,
                           String bootMode, String sourceInstanceId, List<DiskDocument> disks,
                           List<String> sharedWith) implements Scoped {}

    @Override
    public List<Document> export() {
        List<Image> all = store.all();
        var disks = store.disksOf(all.stream().map(Image::id).toList());
        var shares = store.allShares();
        return all.stream().map(i -> new Document(i.cloud().key(), i.accountId(), i.region(), i.projectId(), i.id(),
                i.name(), i.description(), i.imageFamily(), i.imageVersion(), i.platform(), i.architecture(),
                i.bootMode(), i.sourceInstanceId().isEmpty() ? null : i.sourceInstanceId(),
                disks.getOrDefault(i.id(), List.of()).stream().map(d -> new DiskDocument(
                        d.snapshotId().isEmpty() ? null : d.snapshotId(), d.device(), d.sizeGb())).toList(),
                shares.containsKey(i.id()) ? shares.get(i.id()).stream().map(ImageShare::accountId).toList() : null))
                .toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "image", store::exists, scope -> {
            List<DiskDocument> given = Fixtures.list(d.disks());
            if (given.isEmpty()) throw new InvalidFixture("image " + d.id() + " needs a first disk (its system disk)");
            List<ImageDisk> disks = new ArrayList<>();
            for (int n = 0; n < given.size(); n++) {
                DiskDocument g = given.get(n);
                if (g.sizeGb() == null || g.sizeGb() < 1) throw new InvalidFixture("a disk of image " + d.id() + " has no sizeGb");
                disks.add(new ImageDisk(Fixtures.text(g.snapshotId()), g.device() == null ? DiskService.device(n) : g.device(),
                        n == 0 ? Disk.SYSTEM : Disk.DATA, g.sizeGb()));
            }
            String name = Fixtures.text(d.name());
            images.restore(new Image(d.id(), scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                    name.isEmpty() ? d.id() : name, Fixtures.text(d.description()), Fixtures.text(d.family()),
                    Fixtures.text(d.version()), Fixtures.text(d.platform()),
                    d.architecture() == null ? "x86_64" : d.architecture(), "linux",
                    d.bootMode() == null ? "BIOS" : d.bootMode(), disks.get(0).sizeGb(), Fixtures.text(d.sourceInstanceId()),
                    fixtures.now()), disks);
            images.share(scope, d.id(), Fixtures.list(d.sharedWith()), List.of());
        });
    }
}
