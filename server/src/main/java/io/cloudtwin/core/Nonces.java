package io.cloudtwin.core;

import java.time.OffsetDateTime;

/** Remembers signature nonces for the replay window. */
public interface Nonces {
    /** Records the nonce; false if this credential used it already within the window. */
    boolean firstUse(String credential, String nonce, OffsetDateTime now);

    /** Forgets what is older than the cutoff. */
    void forgetBefore(OffsetDateTime cutoff);
}
