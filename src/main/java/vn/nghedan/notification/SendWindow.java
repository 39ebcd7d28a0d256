package vn.nghedan.notification;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The bot's ceiling on sends: never more than {@code ceiling} requests in any window of one
 * second, wherever along the requests one looks — where the relay starts them, where Telegram
 * (or the stand-in) receives them, or where the answers come back.
 *
 * <p>How: {@code ceiling} permits. A send takes one before its request starts and hands it back
 * one window after the answer came back. Whatever moment of a request one picks, two requests that
 * used the same permit are therefore at least a window apart; ceiling + 1 requests inside one
 * window would need two on the same permit. A worker that stalls for the CPU or the network after
 * taking a permit only keeps that permit longer: it cannot bunch with the next send.
 *
 * <p>Why not the token bucket (Bucket4j) the relay used before: a bucket paces the moments tokens
 * are taken, and a request starts — and reaches Telegram — some unknown time later. Run at the
 * ceiling, a worker that waits for the CPU after its token bunches with the next one; at 0.97 of
 * 25/s the benchmark on a loaded machine saw 26 arrivals within a second, and even at 0.9 it saw
 * 27. Neither Bucket4j's greedy nor its interval refill can give a token back at a time that is
 * only known after the request (an interval refill even allows twice the ceiling across an
 * interval's edge). What this costs instead is the round trip: a permit serves one request per
 * window + round trip, about 99 % of the ceiling on loopback and about 90 % against Telegram's
 * ~100 ms — and in exchange the ceiling is a guarantee, so it can sit close to Telegram's 30/s.
 *
 * <p>Starts are also spread: two requests start at least window / ceiling apart (40 ms at 25/s).
 * Without that, a broadcast at the ceiling took all the permits in one burst and got them back
 * together a window later, so a reply that came in between waited for the next burst: up to a
 * second, half a second at the median (RepliesFirstBenchmark: p50 510 ms, p99 905 ms, max 1 s on
 * an idle machine). Spread, the next start is never more than one spacing away, and the worker
 * that gets it sends the reply first.
 */
final class SendWindow {

    /**
     * One second, plus 5 ms for the difference between this class's monotonic clock and the wall
     * clock by which a receiver counts (NTP slews a wall clock by at most 0.05 %).
     */
    static final Duration WINDOW = Duration.ofMillis(1005);

    private final int ceiling;
    private final long windowNanos;
    private final long spacingNanos;
    /** When the last request started (valid once {@code anyStarted}). */
    private long lastStart;

    private boolean anyStarted;
    private final LongSupplier ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** When the permits of finished requests come free again, earliest first. */
    private final ArrayDeque<Long> freeAt = new ArrayDeque<>();
    /** Permits held by requests under way. */
    private int underWay;

    SendWindow(int ceiling) {
        this(ceiling, WINDOW, WINDOW.dividedBy(Math.max(1, ceiling)), System::nanoTime);
    }

    /** Without spreading the starts (only the ceiling per window). */
    SendWindow(int ceiling, Duration window, LongSupplier ticker) {
        this(ceiling, window, Duration.ZERO, ticker);
    }

    SendWindow(int ceiling, Duration window, Duration spacing, LongSupplier ticker) {
        if (ceiling < 1) {
            throw new IllegalArgumentException("ceiling must be at least 1: " + ceiling);
        }
        this.ceiling = ceiling;
        this.windowNanos = window.toNanos();
        this.spacingNanos = spacing.toNanos();
        this.ticker = ticker;
    }

    /** Waits for a permit; call right before the request, and {@link #finished()} after its answer. */
    void start() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long wait;
            while ((wait = tryStart(ticker.getAsLong())) > 0) {
                changed.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The request is over (answered, failed or abandoned): its permit is free one window from now. */
    void finished() {
        lock.lock();
        try {
            finished(ticker.getAsLong());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The permit from {@link #start()} was not used: no request was made, so it is free at once.
     * (A worker takes its permit before it chooses what to send, so that the choice is made at
     * the moment of sending and a reply that came meanwhile goes first; sometimes nothing is left.)
     */
    void abandon() {
        lock.lock();
        try {
            if (underWay == 0) {
                throw new IllegalStateException("abandon() without start()");
            }
            underWay--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a permit if one is free at {@code now} and returns 0; otherwise returns how many
     * nanoseconds until one may be ({@link Long#MAX_VALUE}: not before a request finishes).
     */
    long tryStart(long now) {
        lock.lock();
        try {
            while (!freeAt.isEmpty() && freeAt.peekFirst() - now <= 0) {
                freeAt.pollFirst();
            }
            if (underWay + freeAt.size() < ceiling) {
                long gap = anyStarted ? lastStart + spacingNanos - now : 0;
                if (gap > 0) {
                    return gap;
                }
                lastStart = now;
                anyStarted = true;
                underWay++;
                return 0;
            }
            return freeAt.isEmpty() ? Long.MAX_VALUE : freeAt.peekFirst() - now;
        } finally {
            lock.unlock();
        }
    }

    /** {@link #finished()} at {@code now}. */
    void finished(long now) {
        lock.lock();
        try {
            if (underWay == 0) {
                throw new IllegalStateException("finished() without start()");
            }
            underWay--;
            // Kept in order even if a caller's "now" is a little older than the last one's: a
            // permit may come back late, never early.
            Long last = freeAt.peekLast();
            long at = now + windowNanos;
            freeAt.addLast(last == null || at - last > 0 ? at : last);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
