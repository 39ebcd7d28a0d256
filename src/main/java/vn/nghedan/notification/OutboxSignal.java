package vn.nghedan.notification;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.AfterCommit;

/** Wakes the relay when a message was committed, so replies don't wait for the next poll. */
@Component
class OutboxSignal {

    /** Chats remembered at most; then all are forgotten at once (and every question answered yes). */
    private static final int REMEMBERED_CHATS = 50_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong stamps = new AtomicLong();
    private final Map<Long, Long> lastWritten = new ConcurrentHashMap<>();
    private volatile long forgottenAt;
    private final Condition changed = lock.newCondition();
    private boolean pending;

    void wake() {
        lock.lock();
        try {
            pending = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until woken or the timeout passes; returns at once if woken meanwhile. */
    void await(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!pending && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            pending = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rows for these chats are being written in the current transaction: each is marked now and
     * again once it commits, so a send worker can tell whether a chat may have a row it has not
     * seen ({@link #writtenSince}).
     */
    void writing(Collection<Long> chatIds) {
        chatIds.forEach(this::mark);
        AfterCommit.run(() -> chatIds.forEach(this::mark));
    }

    /** The moment to compare with {@link #writtenSince}. */
    long stamp() {
        return stamps.get();
    }

    /**
     * Whether rows for the chat were marked written after {@code stamp} (or the marks were
     * forgotten since, or another instance may have written: this instance only knows its own).
     */
    boolean writtenSince(long chatId, long stamp) {
        return forgottenAt > stamp || lastWritten.getOrDefault(chatId, 0L) > stamp;
    }

    private void mark(long chatId) {
        lastWritten.put(chatId, stamps.incrementAndGet());
        if (lastWritten.size() > REMEMBERED_CHATS) {
            forgottenAt = stamps.incrementAndGet();
            lastWritten.clear();
        }
    }
}
