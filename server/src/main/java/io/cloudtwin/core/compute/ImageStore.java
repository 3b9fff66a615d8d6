package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Custom images and their disks; the rules that use them are ImageService's. */
@Component
public class ImageStore extends ScopedStore<Image> {
    public ImageStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "image", Image.class);
    }

    public void insert(Image i, List<ImageDisk> disks) {
        table.insert(i);
        for (int n = 0; n < disks.size(); n++) {
            ImageDisk d = disks.get(n);
            jdbc.sql("INSERT INTO image_disk (image_id, seq, snapshot_id, device, kind, size_gb) "
                            + "VALUES (:i, :n, :s, :d, :k, :z)")
                    .param("i", i.id()).param("n", n).param("s", d.snapshotId().isEmpty() ? null : d.snapshotId())
                    .param("d", d.device()).param("k", d.kind()).param("z", d.sizeGb()).update();
        }
    }

    /** The scope's images that match, ids among ids (null: any), of that name and family, made from that snapshot. */
    public Page<Image> list(Scope scope, Collection<String> ids, String name, String family, String snapshotId,
                            int offset, int limit) {
        var where = new ScopedTable.Where().in("id", ids).equal("name", name).equal("image_family", family);
        if (snapshotId != null && !snapshotId.isEmpty()) {
            List<String> using = jdbc.sql("SELECT DISTINCT image_id FROM image_disk WHERE snapshot_id = :s")
                    .param("s", snapshotId).query(String.class).list();
            if (using.isEmpty()) return new Page<>(List.of(), 0);
            where.in("id", using);
        }
        return table.list(scope, where, offset, limit);
    }

    /** The disks of each image, in order. */
    public Map<String, List<ImageDisk>> disksOf(Collection<String> imageIds) {
        Map<String, List<ImageDisk>> out = new LinkedHashMap<>();
        if (imageIds.isEmpty()) return out;
        jdbc.sql("SELECT image_id, snapshot_id, device, kind, size_gb FROM image_disk WHERE image_id IN (:ids) "
                        + "ORDER BY image_id, seq")
                .param("ids", imageIds).query((rs, n) -> {
                    String s = rs.getString(2);
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ImageDisk(s == null ? "" : s,
                            rs.getString(3), rs.getString(4), rs.getInt(5)));
                    return null;
                }).list();
        return out;
    }

    /** How many images are made from the snapshot. */
    public long usingSnapshot(String snapshotId) {
        return Rows.count(jdbc, "image_disk", "snapshot_id", snapshotId);
    }

    /** Which of these snapshots some image is made from. */
    public List<String> snapshotsInUse(Collection<String> snapshotIds) {
        return Rows.present(jdbc, "image_disk", "snapshot_id", snapshotIds);
    }

    /** How many instances of the scope run the image. */
    public long instancesUsing(Scope scope, String imageId) {
        return jdbc.sql("SELECT COUNT(*) FROM instance WHERE image_id = :i AND cloud = :c AND account_id = :a")
                .param("i", imageId).param("c", scope.cloud().key()).param("a", scope.accountId()).query(Long.class).single();
    }

    /** Deletes the image with its disks. */
    @Override
    public int delete(String id) {
        jdbc.sql("DELETE FROM image_disk WHERE image_id = :i").param("i", id).update();
        return super.delete(id);
    }
}
