package vn.nghedan.officials.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username
 * from one address within {@link #WINDOW}, that address may not try that username for
 * {@link #LOCK}, not even with the right password. The key is username and address together, so
 * a stranger guessing elsewhere cannot lock the ward admin out of their own office.
 *
 * <p>Kept in memory: a restart forgets the counts (the attacker gains one more round of ten), and
 * several instances count separately. Bounded: the least recently seen keys are dropped first.
 *
 * <p>Public because {@code console} and the tests of {@code console} use it.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 20_000;

    private record Key(String username, String address) {}

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }

    private final Clock clock;
    private final Map<Key, Attempts> attempts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Attempts> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the lock on this username from this address ends; null when it may try. */
    synchronized Instant lockedUntil(String username, String address) {
        Attempts a = attempts.get(new Key(username, address));
        if (a == null || a.lockedUntil == null) {
            return null;
        }
        if (clock.instant().isBefore(a.lockedUntil)) {
            return a.lockedUntil;
        }
        attempts.remove(new Key(username, address));
        return null;
    }

    /** Counts a failure; true when it is the one that starts a lock. */
    synchronized boolean failed(String username, String address) {
        Instant now = clock.instant();
        Attempts a = attempts.computeIfAbsent(new Key(username, address), k -> new Attempts());
        a.failures.addLast(now);
        while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(now.minus(WINDOW))) {
            a.failures.removeFirst();
        }
        if (a.failures.size() >= MAX_FAILURES && a.lockedUntil == null) {
            a.lockedUntil = now.plus(LOCK);
            return true;
        }
        return false;
    }

    /** A right password before the lock wipes the slate for this username and address. */
    synchronized void succeeded(String username, String address) {
        attempts.remove(new Key(username, address));
    }
}
