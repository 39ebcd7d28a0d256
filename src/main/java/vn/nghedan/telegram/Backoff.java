package vn.nghedan.telegram;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;

/**
 * Retries a call to the Bot API (registering for polling, setting the webhook) with exponential
 * backoff, 1 s up to a minute, so the app keeps serving the console and API while Telegram is
 * unreachable.
 */
final class Backoff {

    interface Attempt {
        void run() throws Exception;
    }

    private Backoff() {}

    /** Tries until the attempt succeeds (true) or {@code keepTrying} turns false or the thread is interrupted. */
    static boolean retry(String what, Logger log, BooleanSupplier keepTrying, Attempt attempt, Runnable afterFailure) {
        long delay = 1000;
        while (keepTrying.getAsBoolean()) {
            try {
                attempt.run();
                return true;
            } catch (Exception e) {
                afterFailure.run();
                // The exception's class only: messages may hold a URL, and URLs hold the token.
                log.warn("{} failed ({}); retrying in {} s", what, e.getClass().getSimpleName(), delay / 1000);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException ie) {
                    return false;
                }
                delay = Math.min(delay * 2, 60_000);
            }
        }
        return false;
    }
}
