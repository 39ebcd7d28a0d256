package vn.nghedan.telegram;

import java.time.Clock;
import java.time.Duration;
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
 * Raw updates hold names, usernames, phone numbers and texts (Decree 13/2023): a forgotten
 * person's go at once — the update that asked for it too, in the same transaction — and every
 * processed one goes after the retention. Unprocessed ones stay: they are still work to do.
 */
@Component
class InboxPurge {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration retention;

    InboxPurge(JdbcClient jdbc, TransactionTemplate tx, Clock clock, @Value(Retention.PROPERTY) String retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.retention = Retention.parse(retention);
    }

    @EventListener
    void forget(ResidentForgotten forgotten) {
        if (forgotten.chatId() != null) {
            jdbc.sql("DELETE FROM telegram_update WHERE chat_id = ?")
                    .param(forgotten.chatId())
                    .update();
        }
    }

    @Scheduled(cron = Retention.CRON, zone = "Asia/Ho_Chi_Minh")
    // once a night across instances
    @SchedulerLock(name = "inbox-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void purgeOld() {
        tx.executeWithoutResult(s -> purgeProcessedBefore());
    }

    /** Deletes updates processed before the retention; returns how many. */
    int purgeProcessedBefore() {
        return jdbc.sql("DELETE FROM telegram_update WHERE processed_at IS NOT NULL AND processed_at < ?")
                .param(DbTime.of(clock.instant().minus(retention)))
                .update();
    }
}
