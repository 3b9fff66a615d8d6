package io.cloudtwin.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ClientToken idempotency, for every create that documents it: the first request with a token (per cloud, account
 * and action) creates, and a request that repeats the token gets the first one's ids instead of creating again, also
 * when both run at once (the token's row is claimed in the creating transaction: the second waits for it, then
 * answers what the first made).
 */
@Component
public record ClientTokens(JdbcClient jdbc, WallClock clock, Transactions transaction) {
    /** A token some request of this action claimed meanwhile: its ids are the answer. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super("client token taken", null, false, false);
        }
    }

    /** Runs create (which answers the ids it made) once per token; without a token, every time. */
    public List<String> once(Scope scope, String action, String token, Supplier<List<String>> create) {
        if (token == null || token.isEmpty()) return transaction.call(create);
        Optional<List<String>> earlier = result(scope, action, token);
        if (earlier.isPresent()) return earlier.get();
        try {
            return transaction.call(() -> {
                if (!claim(scope, action, token)) throw new Taken();
                List<String> ids = create.get();
                record(scope, action, token, ids);
                return ids;
            });
        } catch (Taken | DataIntegrityViolationException e) {
            return result(scope, action, token).orElseThrow(() -> new DomainException(DomainError.BUSY, token));
        }
    }

    /** The ids the first request with this token made, if any. */
    public Optional<List<String>> result(Scope scope, String action, String token) {
        if (token == null || token.isEmpty()) return Optional.empty();
        return jdbc.sql("SELECT result FROM client_token WHERE cloud = :c AND account_id = :a AND action = :act "
                        + "AND token = :t")
                .param("c", scope.cloud().key()).param("a", scope.accountId()).param("act", action).param("t", token)
                .query(String.class).optional()
                .map(s -> s.isEmpty() ? List.<String>of() : List.of(s.split(",")));
    }

    private boolean claim(Scope scope, String action, String token) {
        return jdbc.sql("INSERT INTO client_token (cloud, account_id, action, token, created_at) "
                        + "SELECT :c, :a, :act, :t, :now WHERE NOT EXISTS (SELECT 1 FROM client_token "
                        + "WHERE cloud = :c AND account_id = :a AND action = :act AND token = :t)")
                .param("c", scope.cloud().key()).param("a", scope.accountId()).param("act", action).param("t", token)
                .param("now", clock.now()).update() == 1;
    }

    private void record(Scope scope, String action, String token, List<String> ids) {
        jdbc.sql("UPDATE client_token SET result = :r WHERE cloud = :c AND account_id = :a AND action = :act AND token = :t")
                .param("r", String.join(",", ids)).param("c", scope.cloud().key()).param("a", scope.accountId())
                .param("act", action).param("t", token).update();
    }
}
