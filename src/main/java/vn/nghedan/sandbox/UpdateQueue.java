package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * Updates waiting for the bot, with Telegram's getUpdates semantics: an update stays until a poll
 * confirms it with a higher offset (so a bot that crashed after receiving it gets it again), and a
 * poll with a timeout is held until something arrives — the library re-polls at once, so an empty
 * answer straight away would spin a core.
 */
final class UpdateQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private int lastUpdateId;
    /** Numbers the polls: a held poll overtaken by a newer one gets Telegram's 409 Conflict. */
    private long pollNumber;
    /** Polls numbered up to this one were released by {@link #releaseHeldPolls()}. */
    private long releasedUpTo;
    /** Polls waiting for an update now. */
    private int held;

    private volatile Duration maxHold = Duration.ofSeconds(50);

    /**
     * Queues an update and answers its update_id, one more than the last, even across a reset; the
     * content may depend on the id (a callback query's id does).
     */
    int add(IntFunction<ObjectNode> content) {
        lock.lock();
        try {
            int updateId = ++lastUpdateId;
            ObjectNode update = JsonNodeFactory.instance.objectNode().put("update_id", updateId);
            update.setAll(content.apply(updateId));
            pending.addLast(update);
            changed.signalAll();
            return updateId;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Confirms the updates below {@code offset} and answers up to {@code limit} of the rest, waiting
     * up to {@code timeout} (capped by the maximum hold) for one to arrive.
     */
    ArrayNode poll(long offset, int limit, Duration timeout) {
        lock.lock();
        try {
            long mine = ++pollNumber;
            changed.signalAll();
            continueAbove(offset);
            while (offset > 0
                    && !pending.isEmpty()
                    && pending.peekFirst().get("update_id").asLong() < offset) {
                pending.removeFirst();
            }
            long remaining = min(timeout, maxHold).toNanos();
            held++;
            try {
                while (pending.isEmpty() && remaining > 0 && mine > releasedUpTo) {
                    remaining = changed.awaitNanos(remaining);
                    if (mine != pollNumber) {
                        throw BotApiError.conflict();
                    }
                }
            } finally {
                held--;
            }
            ArrayNode batch = JsonNodeFactory.instance.arrayNode();
            pending.stream().limit(limit).forEach(batch::add);
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JsonNodeFactory.instance.arrayNode();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Numbers the next update above {@code updateId}: the app is known to hold updates up to it
     * (this queue starts afresh with every start of the app, its database does not).
     */
    void continueAfter(long updateId) {
        lock.lock();
        try {
            continueAbove(updateId + 1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A bot that confirms ids this queue never issued was restarted on a database that saw them
     * (the sandbox keeps {@code data/sandbox.db}; this queue starts afresh with the app). Telegram's
     * ids only grow, so carry on above the offset — renumbering what waits, which would otherwise
     * be taken as confirmed and dropped unseen. Guarded by the lock.
     */
    private void continueAbove(long offset) {
        if (offset - 1 <= lastUpdateId) {
            return;
        }
        int next = Math.toIntExact(offset);
        for (ObjectNode update : pending) {
            update.put("update_id", next++);
        }
        lastUpdateId = next - 1;
    }

    /**
     * The oldest update not yet delivered, waiting up to {@code wait} for one; null if none came.
     * For webhook delivery: it stays queued until {@link #confirm(long)}, as Telegram keeps an
     * update until the webhook answered it with 2xx.
     */
    ObjectNode awaitFirst(Duration wait) throws InterruptedException {
        lock.lock();
        try {
            long remaining = wait.toNanos();
            while (pending.isEmpty() && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            return pending.peekFirst();
        } finally {
            lock.unlock();
        }
    }

    /** The webhook accepted this update: it is not delivered again. */
    void confirm(long updateId) {
        lock.lock();
        try {
            pending.removeIf(update -> update.get("update_id").asLong() == updateId);
        } finally {
            lock.unlock();
        }
    }

    /** Answers every held poll now (with what is there, usually nothing): the server is stopping. */
    void releaseHeldPolls() {
        lock.lock();
        try {
            releasedUpTo = pollNumber;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void maxHold(Duration maxHold) {
        this.maxHold = maxHold;
    }

    int heldPolls() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** Drops undelivered updates; update_ids go on from the last, or a running poller would skip them. */
    void clear() {
        lock.lock();
        try {
            pending.clear();
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
