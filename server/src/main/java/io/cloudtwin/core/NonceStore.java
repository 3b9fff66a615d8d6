package io.cloudtwin.core;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Signature nonces, in the store: replays are caught across server processes (PostgreSQL) and restarts (H2 file). */
@Component
public record NonceStore(JdbcClient jdbc) implements Nonces {
    /** Records the nonce; false if this credential used it already. Runs in its own (auto-commit) statement. */
    @Override
    public boolean firstUse(String credential, String nonce, OffsetDateTime now, OffsetDateTime keepUntil) {
        try {
            jdbc.sql("INSERT INTO signature_nonce (credential, nonce, seen_at, keep_until) VALUES (:c, :n, :t, :k)")
                    .param("c", credential).param("n", nonce).param("t", now).param("k", keepUntil).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void forgetBefore(OffsetDateTime now) {
        jdbc.sql("DELETE FROM signature_nonce WHERE keep_until < :t").param("t", now).update();
    }

    @Override
    public void clear() {
        jdbc.sql("DELETE FROM signature_nonce").update();
    }
}
