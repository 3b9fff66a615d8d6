package io.cloudtwin.core.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The vswitch_cidr_reservation rows (V126). */
@Component
public class CidrReservationStore extends ScopedStore<CidrReservation> {
    public CidrReservationStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "vswitch_cidr_reservation", CidrReservation.class, DomainError.CIDR_RESERVATION_NOT_FOUND);
    }

    /** How many reservations of this IP version the VPC has. */
    long countInVpc(String vpcId, String ipVersion) {
        return jdbc.sql("SELECT COUNT(*) FROM vswitch_cidr_reservation WHERE vpc_id = :v AND ip_version = :ip")
                .param("v", vpcId).param("ip", ipVersion).query(Long.class).single();
    }
}
