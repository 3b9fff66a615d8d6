package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Custom images and their disks; the rules that use them are ImageService's. */
@Component
public class ImageStore extends ScopedStore<Image> {
    private static final String SHARES = "SELECT image_id, account_id, shared_at FROM image_share ";
    private static final RowMapper<ImageShare> SHARE = (rs, n) -> new ImageShare(rs.getString(1), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class));

    public ImageStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "image", Image.class, DomainError.IMAGE_NOT_FOUND);
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

    /** Shares the image with an account from at on (already shared: nothing changes). */
    public void share(String imageId, String accountId, OffsetDateTime at) {
        jdbc.sql("INSERT INTO image_share (image_id, account_id, shared_at) SELECT :i, :a, :t FROM image WHERE id = :i "
                        + "AND NOT EXISTS (SELECT 1 FROM image_share WHERE image_id = :i AND account_id = :a)")
                .param("i", imageId).param("a", accountId).param("t", at).update();
    }

    /** Stops sharing the image with an account (not shared: nothing changes). */
    public void unshare(String imageId, String accountId) {
        Rows.delete(jdbc, "image_share", "image_id", imageId, "account_id", accountId);
    }

    /** Whether the image is shared with that account. */
    public boolean sharedWith(String imageId, String accountId) {
        return jdbc.sql("SELECT COUNT(*) FROM image_share WHERE image_id = :i AND account_id = :a").param("i", imageId)
                .param("a", accountId).query(Long.class).single() > 0;
    }

    /** How many accounts the image is shared with. */
    public long shareCount(String imageId) {
        return Rows.count(jdbc, "image_share", "image_id", imageId);
    }

    /** A page of the accounts the image is shared with, the earliest first, and how many there are. */
    public Page<ImageShare> shares(String imageId, int offset, int limit) {
        long total = shareCount(imageId);
        List<ImageShare> items = jdbc.sql(SHARES + "WHERE image_id = :i ORDER BY shared_at, account_id "
                        + "LIMIT :limit OFFSET :offset")
                .param("i", imageId).param("limit", limit).param("offset", offset).query(SHARE).list();
        return new Page<>(items, total);
    }

    /** Which of these images are shared with some account. */
    public List<String> shared(Collection<String> imageIds) {
        return Rows.present(jdbc, "image_share", "image_id", imageIds);
    }

    /** Every share of every image (state export). */
    public Map<String, List<ImageShare>> allShares() {
        return Rows.grouped(jdbc.sql(SHARES + "ORDER BY image_id, shared_at, account_id").query(SHARE).list(),
                ImageShare::imageId, s -> s);
    }

    /**
     * The images of another account shared with the scope's account in its region (a scope without one: any), ids
     * among ids (null or empty: any), of that name and family (null: any).
     */
    public List<Image> sharedWith(Scope scope, Collection<String> ids, String name, String family) {
        StringBuilder condition = new StringBuilder("cloud = :c AND account_id <> :a AND id IN "
                + "(SELECT image_id FROM image_share WHERE account_id = :a)");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("c", scope.cloud().key(), "a", scope.accountId()));
        // a scope without a region (an action that takes none) has the account's every region
        if (scope.region() != null) {
            condition.append(" AND region = :r");
            params.put("r", scope.region());
        }
        if (ids != null && !ids.isEmpty()) {
            condition.append(" AND id IN (:ids)");
            params.put("ids", ids);
        }
        if (name != null) {
            condition.append(" AND name = :name");
            params.put("name", name);
        }
        if (family != null) {
            condition.append(" AND image_family = :family");
            params.put("family", family);
        }
        return table.select(condition.toString(), params);
    }

    /** Deletes the image with its disks. */
    @Override
    public int delete(String id) {
        jdbc.sql("DELETE FROM image_disk WHERE image_id = :i").param("i", id).update();
        return super.delete(id);
    }
}
