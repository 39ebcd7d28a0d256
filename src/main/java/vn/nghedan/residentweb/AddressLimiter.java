package vn.nghedan.residentweb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most a few filings per minute from one network address (a sliding minute), in memory: a
 * restart forgets it, and each instance counts its own, which is enough to slow a script down.
 */
@Component
class AddressLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    AddressLimiter(Clock clock, WebSettings settings) {
        this.clock = clock;
        this.perMinute = settings.filingsPerMinute();
    }

    /** True and counted when this address may file now; false when it files too fast. */
    boolean tryFile(String address) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        if (recent.size() > FORGET_ABOVE) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(since);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Forgets every address (tests start each case with a clean slate). */
    void clear() {
        recent.clear();
    }
}
