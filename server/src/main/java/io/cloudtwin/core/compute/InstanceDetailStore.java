package io.cloudtwin.core.compute;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.UniqueWrites;

/** Host names, user data, system disks and public sides of instances; attribute updates. */
@Component
public record InstanceDetailStore(JdbcClient jdbc, UniqueWrites writes) {
    private static final String COLUMNS = "instance_id, host_name, user_data, system_disk_id, system_disk_category, "
            + "system_disk_size, instance_charge_type, internet_charge_type, bandwidth_out, bandwidth_in, public_ip, "
            + "spot_strategy, spot_price_limit, spot_duration, spot_interruption_behavior, auto_renew, "
            + "auto_renew_period, period_unit, period, renewal_status, period_start, auto_release_time, "
            + "metadata_http_endpoint, metadata_http_tokens, metadata_hop_limit, deletion_protection, "
            + "maintenance_action, maintenance_notify, maintenance_start, maintenance_end, auto_renew_unit";

    /** Inserts an instance's details; false (and nothing inserted) when another instance has its public IP. */
    public boolean insert(InstanceDetail d) {
        var net = d.internet();
        var bill = d.billing();
        return writes.inSavepoint(() -> jdbc.sql("INSERT INTO instance_detail (" + COLUMNS + ") VALUES (:id, :h, :u, "
                        + ":disk, :cat, :size, :charge, :netCharge, :out, :in, :ip, :spot, :price, :hours, "
                        + ":interruption, :renew, :renewPeriod, :unit, :period, :status, :start, :release, :endpoint, "
                        + ":tokens, :hops, :protection, :action, :notify, :windowStart, :windowEnd, :renewUnit)")
                .param("id", d.instanceId()).param("h", d.hostName()).param("u", d.userData())
                .param("disk", d.systemDiskId()).param("cat", d.systemDiskCategory()).param("size", d.systemDiskSize())
                .param("charge", net.instanceChargeType()).param("netCharge", net.internetChargeType())
                .param("out", net.bandwidthOut()).param("in", net.bandwidthIn())
                .param("ip", net.publicIp(), Types.VARCHAR).param("spot", bill.spotStrategy())
                .param("price", bill.spotPriceLimit()).param("hours", bill.spotDuration())
                .param("interruption", bill.spotInterruptionBehavior()).param("renew", bill.autoRenew())
                .param("renewPeriod", bill.autoRenewPeriod()).param("unit", bill.periodUnit())
                .param("period", bill.period()).param("status", bill.renewalStatus())
                .param("start", bill.periodStart(), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("release", d.autoReleaseTime(), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("endpoint", d.metadata().httpEndpoint()).param("tokens", d.metadata().httpTokens())
                .param("hops", d.metadata().hopLimit()).param("protection", d.deletionProtection())
                .param("action", d.maintenance().action()).param("notify", d.maintenance().notice())
                .param("windowStart", d.maintenance().windowStart(), Types.VARCHAR)
                .param("windowEnd", d.maintenance().windowEnd(), Types.VARCHAR)
                .param("renewUnit", bill.autoRenewUnit()).update());
    }

    /** Sets how an instance is maintained. */
    public void setMaintenance(String id, InstanceDetail.Maintenance m) {
        jdbc.sql("UPDATE instance_detail SET maintenance_action = :a, maintenance_notify = :n, maintenance_start = :s, "
                        + "maintenance_end = :e WHERE instance_id = :id").param("a", m.action()).param("n", m.notice())
                .param("s", m.windowStart(), Types.VARCHAR).param("e", m.windowEnd(), Types.VARCHAR).param("id", id)
                .update();
    }

    /** Protects an instance from deletion, or not. */
    public void setDeletionProtection(String id, boolean on) {
        jdbc.sql("UPDATE instance_detail SET deletion_protection = :on WHERE instance_id = :id").param("on", on)
                .param("id", id).update();
    }

    /** Sets how an instance serves its metadata. */
    public void setMetadata(String id, InstanceDetail.MetadataOptions m) {
        jdbc.sql("UPDATE instance_detail SET metadata_http_endpoint = :e, metadata_http_tokens = :t, "
                        + "metadata_hop_limit = :h WHERE instance_id = :id").param("e", m.httpEndpoint())
                .param("t", m.httpTokens()).param("h", m.hopLimit()).param("id", id).update();
    }

    /** Sets when an instance releases itself (null: never). */
    public void setAutoReleaseTime(String id, OffsetDateTime time) {
        jdbc.sql("UPDATE instance_detail SET auto_release_time = :t WHERE instance_id = :id")
                .param("t", time, Types.TIMESTAMP_WITH_TIMEZONE).param("id", id).update();
    }

    /** Sets how an instance is bought: its charge type and its billing terms. */
    public void setBilling(String id, String instanceChargeType, InstanceDetail.Billing bill) {
        jdbc.sql("UPDATE instance_detail SET instance_charge_type = :charge, auto_renew = :renew, "
                        + "auto_renew_period = :renewPeriod, auto_renew_unit = :renewUnit, period_unit = :unit, "
                        + "period = :period, "
                        + "renewal_status = :status, period_start = :start WHERE instance_id = :id")
                .param("charge", instanceChargeType).param("renew", bill.autoRenew())
                .param("renewPeriod", bill.autoRenewPeriod()).param("renewUnit", bill.autoRenewUnit())
                .param("unit", bill.periodUnit()).param("period", bill.period()).param("status", bill.renewalStatus())
                .param("start", bill.periodStart(), Types.TIMESTAMP_WITH_TIMEZONE).param("id", id).update();
    }

    /**
     * Sets an instance's public bandwidth, its billing and its static public IP (null: none); false (and nothing
     * changed) when another instance has that address.
     */
    public boolean setInternet(String id, InstanceDetail.Internet net) {
        return writes.inSavepoint(() -> jdbc.sql("UPDATE instance_detail SET internet_charge_type = :netCharge, "
                        + "bandwidth_out = :out, bandwidth_in = :in, public_ip = :ip WHERE instance_id = :id")
                .param("netCharge", net.internetChargeType()).param("out", net.bandwidthOut())
                .param("in", net.bandwidthIn()).param("ip", net.publicIp(), Types.VARCHAR).param("id", id).update());
    }

    /** One instance's details (none for a UCloud host). */
    public Optional<InstanceDetail> find(String id) {
        return Optional.ofNullable(of(List.of(id)).get(id));
    }

    public Map<String, InstanceDetail> of(Collection<String> ids) {
        Map<String, InstanceDetail> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        jdbc.sql("SELECT " + COLUMNS + " FROM instance_detail WHERE instance_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new InstanceDetail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), new InstanceDetail.Internet(rs.getString(7), rs.getString(8),
                        rs.getInt(9), rs.getInt(10), rs.getString(11)), new InstanceDetail.Billing(rs.getString(12),
                        rs.getDouble(13), rs.getInt(14), rs.getString(15), rs.getString(20), rs.getInt(17),
                        rs.getString(31), rs.getString(18), rs.getInt(19), rs.getObject(21, OffsetDateTime.class)),
                        rs.getObject(22, OffsetDateTime.class), new InstanceDetail.MetadataOptions(rs.getString(23),
                        rs.getString(24), rs.getInt(25)), rs.getBoolean(26), new InstanceDetail.Maintenance(
                        rs.getString(27), rs.getBoolean(28), rs.getString(29), rs.getString(30))))
                .list().forEach(d -> out.put(d.instanceId(), d));
        return out;
    }

    /** The instance's system disk is another one now, of that size. */
    public void setSystemDisk(String id, String diskId, int sizeGb) {
        jdbc.sql("UPDATE instance_detail SET system_disk_id = :d, system_disk_size = :s WHERE instance_id = :id")
                .param("d", diskId).param("s", sizeGb).param("id", id).update();
    }

    /** Changes the host name and user data of an instance; null leaves a field as it is. */
    public void update(String id, String hostName, String userData) {
        jdbc.sql("UPDATE instance_detail SET host_name = COALESCE(:h, host_name), user_data = COALESCE(:u, user_data) "
                        + "WHERE instance_id = :id")
                .param("h", hostName, Types.VARCHAR).param("u", userData, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Renames or re-describes an instance (its own row); null leaves a field as it is. */
    public void rename(String id, String name, String description) {
        jdbc.sql("UPDATE instance SET name = COALESCE(:n, name), description = COALESCE(:d, description) WHERE id = :id")
                .param("n", name, Types.VARCHAR).param("d", description, Types.VARCHAR)
                .param("id", id).update();
    }

    /** Replaces an instance's groups by the given ones (kept ones keep their binding order). */
    public void replaceGroups(String instanceId, Collection<String> groupIds, OffsetDateTime now) {
        jdbc.sql("DELETE FROM membership WHERE instance_id = :i AND group_id NOT IN (:g)")
                .param("i", instanceId).param("g", groupIds).update();
        for (String g : groupIds) {
            jdbc.sql("INSERT INTO membership (instance_id, group_id, priority, created_at) SELECT :i, :g, 1, :now "
                            + "WHERE NOT EXISTS (SELECT 1 FROM membership WHERE instance_id = :i AND group_id = :g)")
                    .param("i", instanceId).param("g", g).param("now", now).update();
        }
    }
}
