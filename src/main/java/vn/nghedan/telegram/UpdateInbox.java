package vn.nghedan.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nghedan.platform.DbTime;

/**
 * The durable inbox of updates: a batch is stored (insert-or-ignore on update_id) before the
 * poller may confirm it to Telegram, and processed from here.
 */
@Component
class UpdateInbox {

    /** What the bot asks Telegram for, by polling or by webhook; other kinds are never sent to it. */
    static final List<String> UPDATE_TYPES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    /** Counts updates that arrived, by either path. */
    static final String RECEIVED_METER = "nghedan.updates.received";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    UpdateInbox(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores the batch in one transaction; returns how many were new. The JSON is written before
     * the transaction begins, so the write lock is held only for the inserts.
     */
    public int store(List<Update> updates) throws Exception {
        List<Object[]> rows = new ArrayList<>(updates.size());
        for (Update update : updates) {
            rows.add(new Object[] {
                update.getUpdateId(), UpdateTranslator.chatIdOf(update), json.writeValueAsString(update)
            });
        }
        Integer stored = tx.execute(s -> {
            DbTime.Param now = DbTime.of(clock.instant());
            int n = 0;
            for (Object[] row : rows) {
                n += jdbc.sql("INSERT INTO telegram_update (update_id, chat_id, payload, received_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(row[0], row[1], row[2], now)
                        .update();
            }
            return n;
        });
        return stored == null ? 0 : stored;
    }

    Update read(String payload) throws Exception {
        return json.readValue(payload, Update.class);
    }

    /** The highest update id ever stored, so a restarted poller asks only for newer ones. */
    long highestStored() {
        Long max = jdbc.sql("SELECT MAX(update_id) FROM telegram_update")
                .query(Long.class)
                .optional()
                .orElse(null);
        return max == null ? 0 : max;
    }

    record Row(long updateId, String payload) {}

    List<Row> pending(int limit) {
        return jdbc.sql("SELECT update_id, payload FROM telegram_update WHERE processed_at IS NULL"
                        + " ORDER BY update_id LIMIT ?")
                .param(limit)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * Claims, for the calling transaction, the oldest unprocessed update of chats no other
     * instance is working on (PostgreSQL only): an update is taken only when no earlier update of
     * its chat is unprocessed, and {@code FOR UPDATE SKIP LOCKED} passes over the rows another
     * instance has claimed. So each update is handled once, and a chat's next update waits until
     * the instance handling the one before has committed. The claim lasts until the transaction
     * ends: a dead instance's connection closes, its transaction rolls back, and its updates are
     * claimable again. Updates without a chat (none of the kinds asked for) stand alone.
     */
    List<Row> claim(int limit) {
        return jdbc.sql("SELECT t.update_id, t.payload FROM telegram_update t WHERE t.processed_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM telegram_update e WHERE e.chat_id = t.chat_id"
                        + " AND e.processed_at IS NULL AND e.update_id < t.update_id)"
                        + " ORDER BY t.update_id LIMIT ? FOR UPDATE OF t SKIP LOCKED")
                .param(limit)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2)))
                .list();
    }

    long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM telegram_update WHERE processed_at IS NULL")
                .query(Long.class)
                .single();
    }

    void markProcessed(long updateId, String outcome) {
        jdbc.sql("UPDATE telegram_update SET processed_at = ?, outcome = ? WHERE update_id = ?")
                .params(DbTime.of(clock.instant()), outcome, updateId)
                .update();
    }
}
