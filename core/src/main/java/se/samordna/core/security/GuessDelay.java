package se.samordna.core.security;

import java.time.Duration;

/**
 * How long the start-up dialog waits after a wrong password before the next try: nothing after the
 * first two (a typo), then 2, 4, 8, 16 s and at most 30 s. There is no limit: the user is never locked
 * out of their own data. The delay slows guessing at the dialog; a copied key file is guarded by the
 * slow key derivation instead (see decision record 0016).
 */
public final class GuessDelay {
    private static final int FREE_TRIES = 2;
    private static final long MAX_SECONDS = 30;

    private GuessDelay() {
    }

    public static Duration after(int failedTries) {
        if (failedTries <= FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedTries - FREE_TRIES, 5);
        return Duration.ofSeconds(Math.min(MAX_SECONDS, 1L << doublings));
    }
}
