package io.cloudtwin.store;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signature nonces seen recently, in the shared store so that replays are caught across server processes. */
@Repository
public class NonceStore implements io.cloudtwin.core.Nonces {
    private final JdbcClient jdbc;

    public NonceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the nonce; false if this credential used it already. Runs in its own (auto-commit) statement. */
    @Override
    public boolean firstUse(String credential, String nonce, OffsetDateTime now) {
        try {
            jdbc.sql("INSERT INTO signature_nonce (credential, nonce, seen_at) VALUES (:c, :n, :t)")
                    .param("c", credential).param("n", nonce).param("t", now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void forgetBefore(OffsetDateTime cutoff) {
        jdbc.sql("DELETE FROM signature_nonce WHERE seen_at < :t").param("t", cutoff).update();
    }
}
