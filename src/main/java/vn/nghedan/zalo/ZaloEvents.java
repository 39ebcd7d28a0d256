package vn.nghedan.zalo;

import com.fasterxml.jackson.databind.JsonNode;
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
import vn.nghedan.platform.DatabaseEngine;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Retention;
import vn.nghedan.resident.Address;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.resident.ResidentForgotten;

/**
 * The Zalo inbox ({@code zalo_event}): events stored before the webhook answers, unique by
 * Zalo's message id, and worked through in order per person. Like Telegram's raw updates they hold
 * what people wrote (Decree 13/2023): a forgotten person's go at once, every processed one after
 * NGHEDAN_RETENTION.
 */
@Component
class ZaloEvents {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ChatAddresses addresses;
    private final DatabaseEngine engine;
    private final Duration retention;

    ZaloEvents(
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock,
            ChatAddresses addresses,
            DatabaseEngine engine,
            @Value(Retention.PROPERTY) String retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.addresses = addresses;
        this.engine = engine;
        this.retention = Retention.parse(retention);
    }

    record Row(long id, long chatId, String eventName, String payload) {}

    /**
     * Stores a signed event; returns whether it was new. Only what a person did is kept (their
     * messages, follow and unfollow): the echoes of the OA's own messages ({@code oa_send_*}) and
     * events without a person are not.
     */
    boolean store(JsonNode event, String raw) {
        String name = event.path("event_name").asText("");
        String user = personOf(event);
        if (user == null || !(name.startsWith("user_") || name.equals("follow") || name.equals("unfollow"))) {
            return false;
        }
        String messageId = event.path("message").path("msg_id").asText("");
        if (messageId.isEmpty()) {
            // A follow or unfollow has no message: the person and the moment identify it (Zalo sends
            // the same timestamp again when it retries the event).
            messageId = name + ":" + user + ":" + event.path("timestamp").asText("");
        }
        String id = messageId.length() > 128 ? messageId.substring(0, 128) : messageId;
        Boolean stored = tx.execute(s -> {
            Address address = new Address(Messenger.ZALO, user);
            if (name.equals("unfollow") && addresses.knownKey(address).isEmpty()) {
                // Someone the ward never talked to: nothing to stop, and no id of theirs to keep.
                return false;
            }
            long chat = addresses.keyFor(address);
            return jdbc.sql("INSERT INTO zalo_event (message_id, chat_id, event_name, payload, received_at)"
                                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING")
                            .params(
                                    id,
                                    chat,
                                    name.length() > 64 ? name.substring(0, 64) : name,
                                    raw,
                                    DbTime.of(clock.instant()))
                            .update()
                    > 0;
        });
        return Boolean.TRUE.equals(stored);
    }

    /** The person of an event: the sender of a message, the follower of a follow. */
    static String personOf(JsonNode event) {
        String name = event.path("event_name").asText("");
        JsonNode who = name.equals("follow") || name.equals("unfollow") ? event.path("follower") : event.path("sender");
        String id = who.path("id").asText("");
        return id.isBlank() || id.length() > 128 ? null : id;
    }

    /**
     * The next events to handle, in the calling transaction: each person's oldest unprocessed one.
     * On PostgreSQL several instances share the inbox, so each claims its rows ({@code FOR UPDATE
     * SKIP LOCKED}) and a person's next event waits until the one before is committed; on SQLite
     * one process reads them in order.
     */
    List<Row> next(int limit) {
        return jdbc.sql("SELECT z.id, z.chat_id, z.event_name, z.payload FROM zalo_event z WHERE z.processed_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM zalo_event e WHERE e.chat_id = z.chat_id"
                        + " AND e.processed_at IS NULL AND e.id < z.id) ORDER BY z.id LIMIT ?"
                        + (engine.claimsRows() ? " FOR UPDATE OF z SKIP LOCKED" : ""))
                .param(limit)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void markProcessed(long id, String outcome) {
        jdbc.sql("UPDATE zalo_event SET processed_at = ?, outcome = ? WHERE id = ?")
                .params(DbTime.of(clock.instant()), outcome, id)
                .update();
    }

    @EventListener
    void forget(ResidentForgotten forgotten) {
        if (forgotten.chatId() != null && !ChatAddresses.isTelegram(forgotten.chatId())) {
            jdbc.sql("DELETE FROM zalo_event WHERE chat_id = ?")
                    .param(forgotten.chatId())
                    .update();
            jdbc.sql("DELETE FROM zalo_choice WHERE chat_id = ?")
                    .param(forgotten.chatId())
                    .update();
            // Their Zalo name.
            jdbc.sql("DELETE FROM zalo_profile WHERE chat_id = ?")
                    .param(forgotten.chatId())
                    .update();
        }
    }

    @Scheduled(cron = Retention.CRON, zone = "Asia/Ho_Chi_Minh")
    // once a night across instances
    @SchedulerLock(name = "zalo-retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void purgeOld() {
        tx.executeWithoutResult(
                s -> jdbc.sql("DELETE FROM zalo_event WHERE processed_at IS NOT NULL AND processed_at < ?")
                        .param(DbTime.of(clock.instant().minus(retention)))
                        .update());
    }
}
