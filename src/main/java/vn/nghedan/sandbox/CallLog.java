package vn.nghedan.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Every call the stand-in answered: successes and errors apart. Bounded, so a sandbox that runs for
 * weeks (a poll every 50 s, reminders, …) does not grow without end; tests stay far below the
 * bound.
 */
final class CallLog {

    private static final int KEPT_PER_LIST = 100_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<BotCall> succeeded = new ArrayDeque<>();
    private final Deque<RejectedCall> rejected = new ArrayDeque<>();

    void recordSuccess(BotCall call) {
        lock.lock();
        try {
            keepBounded(succeeded).addLast(call);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void recordRejection(RejectedCall call) {
        lock.lock();
        try {
            keepBounded(rejected).addLast(call);
        } finally {
            lock.unlock();
        }
    }

    /** Successful calls of one method (any case), or all of them for null, oldest first. */
    List<BotCall> succeeded(String method) {
        lock.lock();
        try {
            return succeeded.stream()
                    .filter(call -> method == null || call.method().equalsIgnoreCase(method))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    List<RejectedCall> rejected() {
        lock.lock();
        try {
            return List.copyOf(rejected);
        } finally {
            lock.unlock();
        }
    }

    /** The first successful call of the method, made already or yet to come, that matches. */
    BotCall await(String method, Predicate<BotCall> matches, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                for (BotCall call : succeeded) {
                    if (call.method().equalsIgnoreCase(method) && matches.test(call)) {
                        return call;
                    }
                }
                if (remaining <= 0) {
                    throw new AssertionError("No matching " + method + " call within " + timeout + "; there were "
                            + succeeded(method).size() + " " + method + " calls and these errors: " + rejected);
                }
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + method, e);
        } finally {
            lock.unlock();
        }
    }

    void clear() {
        lock.lock();
        try {
            succeeded.clear();
            rejected.clear();
        } finally {
            lock.unlock();
        }
    }

    private static <T> Deque<T> keepBounded(Deque<T> calls) {
        if (calls.size() >= KEPT_PER_LIST) {
            calls.removeFirst();
        }
        return calls;
    }
}
