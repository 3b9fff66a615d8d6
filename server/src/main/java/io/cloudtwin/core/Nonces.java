package io.cloudtwin.core;

import java.time.OffsetDateTime;

/**
 * Remembers signature nonces for as long as a request carrying them could still be accepted (its signed timestamp
 * plus the allowed clock skew): a replay inside that window is refused, and after it the timestamp check refuses it.
 */
public interface Nonces {
    /** Longest nonce any store accepts (the signature_nonce column); the dialects refuse longer ones first. */
    int MAX_LENGTH = 128;

    /** Records the nonce until keepUntil; false if this credential used it already and it is still remembered. */
    boolean firstUse(String credential, String nonce, OffsetDateTime now, OffsetDateTime keepUntil);

    /** Forgets the nonces whose keepUntil is before now. */
    void forgetBefore(OffsetDateTime now);

    /** Forgets every nonce (admin reset). */
    void clear();
}
