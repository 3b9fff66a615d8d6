package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The capacity_reservation rows (V144); the rules are CapacityReservationService's. */
@Component
public class CapacityReservationStore extends ScopedStore<CapacityReservation> {
    public CapacityReservationStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "capacity_reservation", CapacityReservation.class,
                DomainError.CAPACITY_RESERVATION_NOT_FOUND);
    }

    /** The reservation no longer ends at a set time. */
    public void clearEnd(String id) {
        jdbc.sql("UPDATE capacity_reservation SET end_time = NULL WHERE id = :id").param("id", id).update();
    }
}
