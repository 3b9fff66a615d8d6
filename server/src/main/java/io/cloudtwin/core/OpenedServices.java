package io.cloudtwin.core;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The services a cloud opens once for an account and never closes (Aliyun's flow log and traffic mirror services):
 * opening one twice is SERVICE_OPENED, the primary key deciding between concurrent openings. Opening only marks the
 * account; nothing is billed or refused without it.
 */
@Component
public record OpenedServices(JdbcClient jdbc, WallClock clock) {
    /** An opened service of an account (cloud: its key, as stored), as the state document carries it. */
    public record Opened(String cloud, String accountId, String service) {}

    /** Opens the service for the scope's account; SERVICE_OPENED when it is open already. */
    public void open(Scope scope, String service) {
        try {
            jdbc.sql("INSERT INTO opened_service (cloud, account_id, service, opened_at) VALUES (:c, :a, :s, :at)")
                    .param("c", scope.cloud().key()).param("a", scope.accountId()).param("s", service)
                    .param("at", clock.now()).update();
        } catch (DuplicateKeyException e) {
            throw new DomainException(DomainError.SERVICE_OPENED, service);
        }
    }

    public boolean isOpen(Scope scope, String service) {
        return jdbc.sql("SELECT COUNT(*) FROM opened_service WHERE cloud = :c AND account_id = :a AND service = :s")
                .param("c", scope.cloud().key()).param("a", scope.accountId()).param("s", service)
                .query(Long.class).single() > 0;
    }

    /** Every account's opened services, in the order they were opened. */
    public List<Opened> all() {
        return jdbc.sql("SELECT cloud, account_id, service FROM opened_service ORDER BY opened_at, account_id, service")
                .query((rs, n) -> new Opened(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
