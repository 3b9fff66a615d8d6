package io.cloudtwin.core.compute;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;

/**
 * What a UCloud UHost was created with beyond the cloud-neutral instance row (V20): charge type, machine type, login
 * mode, expiry, and its disks. Rows go with their instance (ON DELETE CASCADE).
 */
@Component
public record UhostDetailStore(JdbcClient jdbc) {
    public void insert(String instanceId, UhostDetail d) {
        jdbc.sql("INSERT INTO uhost_detail (instance_id, charge_type, machine_type, login_mode, expire_at, key_pair_id, "
                        + "interface_id) VALUES (:id, :chargeType, :machineType, :loginMode, :expireAt, :keyPairId, "
                        + ":interfaceId)")
                .param("id", instanceId).param("chargeType", d.chargeType()).param("machineType", d.machineType())
                .param("loginMode", d.loginMode()).param("keyPairId", d.keyPairId(), Types.VARCHAR)
                .param("interfaceId", d.interfaceId(), Types.VARCHAR)
                .param("expireAt", d.expireAt(), Types.TIMESTAMP_WITH_TIMEZONE).update();
        int seq = 0;
        for (UhostDisk disk : d.disks()) {
            jdbc.sql("INSERT INTO uhost_disk (disk_id, instance_id, seq, is_boot, disk_type, size_gb) "
                            + "VALUES (:diskId, :id, :seq, :boot, :type, :size)")
                    .param("diskId", disk.diskId()).param("id", instanceId).param("seq", seq++)
                    .param("boot", disk.boot()).param("type", disk.type()).param("size", disk.sizeGb()).update();
        }
    }

    /** The host's login mode, and its key pair (null unless the mode is KeyPair). */
    public void setLogin(String instanceId, String loginMode, String keyPairId) {
        jdbc.sql("UPDATE uhost_detail SET login_mode = :loginMode, key_pair_id = :keyPairId WHERE instance_id = :id")
                .param("loginMode", loginMode).param("keyPairId", keyPairId, Types.VARCHAR).param("id", instanceId)
                .update();
    }

    /** Grows one of the host's own disks to sizeGb (the host locked); false when that would shrink it. */
    public boolean growDisk(String instanceId, String diskId, int sizeGb) {
        return jdbc.sql("UPDATE uhost_disk SET size_gb = :s WHERE instance_id = :id AND disk_id = :d AND size_gb <= :s")
                .param("s", sizeGb).param("id", instanceId).param("d", diskId).update() == 1;
    }

    /** The scope's host whose default network interface that is, if any. */
    public Optional<String> hostOfInterface(Scope scope, String interfaceId) {
        return jdbc.sql("SELECT d.instance_id FROM uhost_detail d JOIN instance i ON i.id = d.instance_id "
                        + "WHERE d.interface_id = :id AND " + ScopeFilter.clause("i", scope))
                .params(ScopeFilter.params(scope)).param("id", interfaceId).query(String.class).optional();
    }

    /** The details of the given hosts (hosts without a row, e.g. loaded from a fixture, are left out). */
    public Map<String, UhostDetail> find(Collection<String> instanceIds) {
        Map<String, UhostDetail> out = new HashMap<>();
        if (instanceIds.isEmpty()) return out;
        Map<String, List<UhostDisk>> disks = new HashMap<>();
        jdbc.sql("SELECT instance_id, disk_id, is_boot, disk_type, size_gb FROM uhost_disk WHERE instance_id IN (:ids) "
                        + "ORDER BY instance_id, seq")
                .param("ids", instanceIds)
                .query((rs, n) -> disks.computeIfAbsent(rs.getString("instance_id"), k -> new ArrayList<>())
                        .add(new UhostDisk(rs.getString("disk_id"), rs.getBoolean("is_boot"), rs.getString("disk_type"),
                                rs.getInt("size_gb"))))
                .list();
        jdbc.sql("SELECT instance_id, charge_type, machine_type, login_mode, expire_at, key_pair_id, interface_id "
                        + "FROM uhost_detail WHERE instance_id IN (:ids)")
                .param("ids", instanceIds)
                .query((rs, n) -> out.put(rs.getString("instance_id"), new UhostDetail(rs.getString("charge_type"),
                        rs.getString("machine_type"), rs.getString("login_mode"),
                        rs.getObject("expire_at", OffsetDateTime.class),
                        List.copyOf(disks.getOrDefault(rs.getString("instance_id"), List.of())),
                        rs.getString("key_pair_id"), rs.getString("interface_id"))))
                .list();
        return out;
    }
}
