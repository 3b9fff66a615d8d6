package io.cloudtwin.core.compute;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Disks; the rules that use them are DiskService's. */
@Component
public class DiskStore extends ScopedStore<Disk> {
    public DiskStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "disk", Disk.class, DomainError.DISK_NOT_FOUND);
    }

    /** Marks the disk attached (or, with instanceId "", detached) at that time. */
    public void setAttachment(String id, String instanceId, String device, DiskStatus status, OffsetDateTime at) {
        boolean attaching = !instanceId.isEmpty();
        jdbc.sql("UPDATE disk SET instance_id = :i, device = :d, status = :s, "
                        + (attaching ? "attached_at = :at" : "detached_at = :at") + " WHERE id = :id")
                .param("i", instanceId).param("d", device).param("s", status.name()).param("at", at).param("id", id).update();
    }

    /** Writes what Disk.settled made of a disk whose attach or detach completed. */
    public void settle(Disk d) {
        jdbc.sql("UPDATE disk SET status = :s, instance_id = :i, device = :d, detached_at = :dt, settles_at = NULL "
                        + "WHERE id = :id")
                .param("s", d.status().name()).param("i", d.instanceId()).param("d", d.device())
                .param("dt", d.detachedAt(), Types.TIMESTAMP_WITH_TIMEZONE).param("id", d.id()).update();
    }

    /** Starts an attach or detach that completes at settlesAt (status ATTACHING or DETACHING). */
    public void begin(String id, String instanceId, String device, DiskStatus status, OffsetDateTime at,
                      OffsetDateTime settlesAt) {
        jdbc.sql("UPDATE disk SET instance_id = :i, device = :d, status = :s, settles_at = :t"
                        + (status == DiskStatus.ATTACHING ? ", attached_at = :at" : "") + " WHERE id = :id")
                .param("i", instanceId).param("d", device).param("s", status.name()).param("t", settlesAt)
                .param("at", at).param("id", id).update();
    }

    /** The disks attached to an instance, system disk first. */
    public List<Disk> ofInstance(String instanceId) {
        return jdbc.sql("SELECT * FROM disk WHERE instance_id = :i ORDER BY kind DESC, attached_at, id")
                .param("i", instanceId).query((rs, n) -> table.map(rs)).list();
    }
}
