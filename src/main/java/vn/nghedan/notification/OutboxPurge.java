package vn.nghedan.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Retention;
import vn.nghedan.resident.ResidentForgotten;

/**
 * What the outbox may keep, and for how long (Decree 13/2023). A forgotten person's messages go
 * at once, the {@code /mydata} export among them; the one confirming the erasure is planned under
 * an {@link #ERASED} key and goes as soon as it was sent. Payloads of messages sent (or given up)
 * longer than the retention ago are emptied; the rows stay, for the counts and the notices' keys.
 */
@Component
class OutboxPurge {

    /** Prefix of the dedup key of a message deleted once it was sent. */
    static final String ERASED = "erased:";

    /** Just past every key starting with {@link #ERASED} (';' follows ':'). */
    private static final String ERASED_END = "erased;";

    static final String EMPTY = "{}";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retention;

    OutboxPurge(JdbcClient jdbc, TransactionTemplate tx, Clock clock, @Value(Retention.PROPERTY) String retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.retention = Retention.parse(retention);
    }

    @EventListener
    void forget(ResidentForgotten forgotten) {
        if (forgotten.chatId() != null) {
            jdbc.sql("DELETE FROM outbox WHERE chat_id = ?")
                    .param(forgotten.chatId())
                    .update();
        }
    }

    /** The last word to a forgotten person, once delivered (or given up). */
    @Scheduled(fixedDelayString = "${nghedan.erased-sweep-ms:10000}", initialDelay = 10_000)
    @SchedulerLock(name = "erased-outbox-sweep", lockAtMostFor = "PT1M")
    void sweepErased() {
        // Looked for outside a transaction, as a range of the unique dedup_key index (no scan of
        // the outbox): the write lock is taken only when there is something to delete.
        List<Long> done = jdbc.sql(
                        "SELECT id FROM outbox WHERE dedup_key >= ? AND dedup_key < ? AND status <> 'PENDING'")
                .params(ERASED, ERASED_END)
                .query(Long.class)
                .list();
        if (!done.isEmpty()) {
            tx.executeWithoutResult(s -> jdbc.sql("DELETE FROM outbox WHERE id IN (:ids) AND status <> 'PENDING'")
                    .param("ids", done)
                    .update());
        }
    }

    @Scheduled(cron = Retention.CRON, zone = "Asia/Ho_Chi_Minh")
    // once a night across instances (a second run would find nothing, but still hold the write lock)
    @SchedulerLock(name = "outbox-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void purgeOld() {
        tx.executeWithoutResult(s -> purgeSentBefore());
    }

    /** Empties the payloads of messages done with before the retention; returns how many. */
    int purgeSentBefore() {
        DbTime.Param cutoff = DbTime.of(clock.instant().minus(retention));
        return jdbc.sql("UPDATE outbox SET payload = ? WHERE status <> 'PENDING' AND payload <> ?"
                        + " AND COALESCE(sent_at, created_at) < ?")
                .params(EMPTY, EMPTY, cutoff)
                .update();
    }
}
