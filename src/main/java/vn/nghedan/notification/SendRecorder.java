package vn.nghedan.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the send workers' sends came to — several workers' outcomes in one transaction,
 * so one commit (one fsync) serves them all — and lets each worker go on only once its own
 * outcome is committed. A worker therefore never has more than one message that Telegram
 * accepted but the database does not know about: after a crash, at most one duplicate per
 * worker, exactly as with a commit per message.
 *
 * <p>If a batch fails, its writes are retried one by one, so one bad row fails alone.
 */
final class SendRecorder {

    private static final Logger log = LoggerFactory.getLogger(SendRecorder.class);
    private static final int MAX_BATCH = 128;

    private record Entry(Runnable write, CompletableFuture<Void> done) {}

    private final TransactionTemplate tx;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private volatile Thread thread;

    SendRecorder(TransactionTemplate tx) {
        this.tx = tx;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::loop, "outbox-record");
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Whoever still waits is told so; their rows stay PENDING and are sent after restart.
        List<Entry> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(e -> e.done().completeExceptionally(new IllegalStateException("The sender is stopping")));
    }

    /** Runs {@code write} in a transaction shared with other workers' writes; returns once committed. */
    void record(Runnable write) throws InterruptedException {
        if (thread == null) {
            // Not started (or stopping): write directly, in a transaction of its own.
            tx.executeWithoutResult(s -> write.run());
            return;
        }
        Entry entry = new Entry(write, new CompletableFuture<>());
        queue.put(entry);
        try {
            entry.done().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void loop() {
        List<Entry> batch = new ArrayList<>();
        while (Thread.currentThread() == thread) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                batch.forEach(x -> x.done().completeExceptionally(e));
                return;
            } catch (Throwable e) {
                // Never let the recorder die: the workers waiting on this batch hear of it.
                log.warn("Recording sends failed: {}", e.toString());
                batch.forEach(x -> x.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Entry> batch) {
        try {
            tx.executeWithoutResult(s -> batch.forEach(e -> e.write().run()));
            batch.forEach(e -> e.done().complete(null));
        } catch (RuntimeException together) {
            if (batch.size() > 1) {
                log.debug("A batch of {} send records failed; writing them one by one", batch.size(), together);
            }
            for (Entry e : batch) {
                try {
                    tx.executeWithoutResult(s -> e.write().run());
                    e.done().complete(null);
                } catch (RuntimeException alone) {
                    e.done().completeExceptionally(alone);
                }
            }
        }
    }
}
