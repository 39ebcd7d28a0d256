package vn.nghedan.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.conversation.Conversations;
import vn.nghedan.platform.DatabaseEngine;
import vn.nghedan.platform.WorkLoop;

/**
 * Works through the inbox in update order (so each chat's messages keep their order): each
 * update is handled and marked done in the same transaction as the replies it wrote to the
 * outbox. An update whose handling fails is rolled back, marked FAILED and answered with a
 * polite apology, so no chat is ever stuck behind it.
 *
 * <p>On SQLite one process reads the pending updates and handles them in order. On PostgreSQL
 * several instances may share the inbox: each transaction claims its updates ({@link
 * UpdateInbox#claim}, a chat's oldest unprocessed one, skipping rows another instance holds), so
 * an update is handled once and a chat by one instance at a time, in order.
 */
@Component
class InboxProcessor extends WorkLoop {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    /** Updates handled per transaction: under load they share one commit. */
    private static final int BATCH = 50;
    /**
     * A batch also ends after this long: its transaction holds SQLite's only write lock, and the
     * poller (storing the next updates) and the sender (recording what it sent) queue behind it.
     * Measured with the onboarding benchmark, 50-update batches (~60 ms) left the sender idle
     * while the processor worked, and the processor idle while the sender caught up.
     */
    private static final long BATCH_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private final UpdateInbox inbox;
    private final DatabaseEngine engine;
    private final Conversations conversations;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final Counter processed;
    private final Counter failed;

    InboxProcessor(
            UpdateInbox inbox,
            DatabaseEngine engine,
            Conversations conversations,
            TransactionTemplate tx,
            MeterRegistry meters) {
        super("inbox-processor", log);
        this.inbox = inbox;
        this.engine = engine;
        this.conversations = conversations;
        this.tx = tx;
        this.savepoint = new TransactionTemplate(tx.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.processed = Counter.builder("nghedan.updates.processed").register(meters);
        this.failed = Counter.builder("nghedan.updates.failed").register(meters);
        Gauge.builder("nghedan.updates.inbox_lag", inbox, i -> {
                    try {
                        return i.pendingCount();
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                })
                .register(meters);
    }

    @Override
    protected int round() {
        return engine.claimsRows() ? claimAndProcess() : processPending();
    }

    /** SQLite: the one process reads what is pending and handles it; returns how many it read. */
    private int processPending() {
        List<UpdateInbox.Row> rows = inbox.pending(BATCH);
        if (!rows.isEmpty()) {
            processBatch(rows);
        }
        return rows.size();
    }

    /**
     * PostgreSQL: claims a batch and handles it in the transaction that holds the claim, so the
     * claim ends exactly when the outcome and the replies are committed (or rolled back, by a
     * crash, for another instance to take up). Returns how many it claimed.
     */
    private int claimAndProcess() {
        int[] handled = {0};
        Integer claimed = tx.execute(outer -> {
            List<UpdateInbox.Row> rows = inbox.claim(BATCH);
            for (UpdateInbox.Row row : rows) {
                if (process(read(row))) {
                    handled[0]++;
                }
            }
            return rows.size();
        });
        processed.increment(handled[0]);
        return claimed == null ? 0 : claimed;
    }

    /**
     * Handles a batch in one transaction (one commit, one fsync, for the lot). First without
     * savepoints, the updates marked done together at the end: a savepoint and a mark per update
     * were four statements of the dozen an update costs. If any update fails, that attempt is
     * rolled back whole and the batch is handled again, each update in its own savepoint, so the
     * failing one is rolled back alone and answered with an apology.
     */
    void processBatch(List<UpdateInbox.Row> rows) {
        // Reading the JSON needs no database: done before the transaction, it keeps the write
        // lock's hold shorter for everyone queued behind it.
        List<Read> reads = rows.stream().map(this::read).toList();
        Integer handled;
        try {
            handled = tx.execute(outer -> processTogether(reads));
        } catch (RuntimeException e) {
            log.debug("A batch failed; handling it again update by update: {}", e.toString());
            handled = tx.execute(outer -> processOneByOne(reads));
        }
        processed.increment(handled == null ? 0 : handled);
    }

    /** The batch, or as much of it as fits the time, with no savepoints; throws if any fails. */
    private int processTogether(List<Read> reads) {
        long until = System.nanoTime() + BATCH_NANOS;
        Map<String, List<Long>> done = new HashMap<>();
        int handled = 0;
        for (Read read : reads) {
            String outcome = "UNREADABLE";
            if (read.translation() != null) {
                handle(read.translation());
                outcome = outcome(read.translation());
                handled++;
            }
            done.computeIfAbsent(outcome, o -> new ArrayList<>()).add(read.updateId());
            if (System.nanoTime() - until > 0) {
                // The rest stays pending and comes first in the next batch, still in order.
                break;
            }
        }
        done.forEach((outcome, ids) -> inbox.markProcessed(ids, outcome));
        return handled;
    }

    /** The batch with each update in a savepoint: a failing update is rolled back alone. */
    private int processOneByOne(List<Read> reads) {
        long until = System.nanoTime() + BATCH_NANOS;
        int handled = 0;
        for (Read read : reads) {
            if (process(read)) {
                handled++;
            }
            if (System.nanoTime() - until > 0) {
                return handled;
            }
        }
        return handled;
    }

    /** An inbox row and what it says, or null if it could not be read. */
    private record Read(long updateId, UpdateTranslator.Translation translation) {}

    private Read read(UpdateInbox.Row row) {
        try {
            return new Read(row.updateId(), UpdateTranslator.translate(inbox.read(row)));
        } catch (Exception e) {
            log.warn("Update {} could not be read: {}", row.updateId(), e.toString());
            return new Read(row.updateId(), null);
        }
    }

    /** Returns whether the update was handled (not unreadable, not failed). */
    private boolean process(Read read) {
        UpdateTranslator.Translation translation = read.translation();
        if (translation == null) {
            inbox.markProcessed(read.updateId(), "UNREADABLE");
            return false;
        }
        try {
            savepoint.executeWithoutResult(s -> {
                handle(translation);
                inbox.markProcessed(read.updateId(), outcome(translation));
            });
            return true;
        } catch (RuntimeException e) {
            failed.increment();
            log.error("Update {} failed; the person gets an apology", read.updateId(), e);
            try {
                savepoint.executeWithoutResult(s -> {
                    if (translation instanceof UpdateTranslator.Private p) {
                        conversations.apologise(p.inbound());
                    }
                    inbox.markProcessed(read.updateId(), "FAILED");
                });
            } catch (RuntimeException again) {
                // Even the apology failed: never let one update hold up everyone behind it.
                log.error("Update {} could not be answered either; skipped", read.updateId(), again);
                inbox.markProcessed(read.updateId(), "FAILED");
            }
            return false;
        }
    }

    private void handle(UpdateTranslator.Translation translation) {
        if (translation instanceof UpdateTranslator.Private p) {
            conversations.handle(p.inbound());
        } else if (translation instanceof UpdateTranslator.Group g) {
            conversations.handleGroupChat(g.chatId());
        }
    }

    private static String outcome(UpdateTranslator.Translation t) {
        if (t instanceof UpdateTranslator.Ignored i) {
            return "IGNORED";
        }
        return t instanceof UpdateTranslator.Group ? "GROUP" : "OK";
    }
}
