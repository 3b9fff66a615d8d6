package io.cloudtwin.core.eip;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The eip_segment rows (V142); the rules are EipSegmentService's. */
@Component
public class EipSegmentStore extends ScopedStore<EipSegment> {
    public EipSegmentStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "eip_segment", EipSegment.class, DomainError.EIP_SEGMENT_NOT_FOUND);
    }
}
