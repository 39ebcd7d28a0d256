package vn.nghedan.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' clock: they move time instead of sleeping. Frozen, it stands where it was put (exact
 * planned times); running, it moves at real speed from where it was put (the relay's pauses and
 * backoffs are real waits measured against it).
 */
final class MutableClock extends Clock {

    private volatile Instant base = Instant.parse("2026-12-01T03:00:00Z");
    private volatile long baseNanos = System.nanoTime();
    private volatile boolean frozen = true;

    synchronized void freezeAt(Instant at) {
        base = at;
        baseNanos = System.nanoTime();
        frozen = true;
    }

    synchronized void runFrom(Instant at) {
        base = at;
        baseNanos = System.nanoTime();
        frozen = false;
    }

    synchronized void advance(Duration by) {
        base = instant().plus(by);
        baseNanos = System.nanoTime();
    }

    @Override
    public synchronized Instant instant() {
        return frozen ? base : base.plusNanos(System.nanoTime() - baseNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application reads instants; zones are applied in code");
    }
}
