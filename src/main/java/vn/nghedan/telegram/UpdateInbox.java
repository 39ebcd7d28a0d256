package vn.nghedan.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.SqlRows;

/**
 * The durable inbox of updates: a batch is stored (insert-or-ignore on update_id) before the
 * poller may confirm it to Telegram, and processed from here.
 */
@Component
class UpdateInbox implements ReceivedUpdates {

    /** What the bot asks Telegram for, by polling or by webhook; other kinds are never sent to it. */
    static final List<String> UPDATE_TYPES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    /** Received updates kept in memory for the processor at most (a burst of polls' worth). */
    private static final int RECEIVED_KEPT = 20_000;

    /** Counts updates that arrived, by either path. */
    static final String RECEIVED_METER = "nghedan.updates.received";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    /**
     * Updates stored by this process and not yet handled, as received: the processor takes them
     * from here instead of parsing their stored JSON again (a tenth of its work per update). Only
     * a shortcut: after a restart, or for a row stored by another instance, the JSON is read.
     */
    private final Map<Long, Update> received = new ConcurrentHashMap<>();

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
        return store(updates, u -> null);
    }

    /**
     * Stores the batch; {@code receivedJson} gives an update's JSON as it arrived when known
     * (polling, {@link RawGetUpdates}), else (null) the update is written as JSON here.
     */
    int store(List<Update> updates, Function<Update, String> receivedJson) throws Exception {
        if (updates.isEmpty()) {
            return 0;
        }
        Map<Long, Update> byId = new HashMap<>();
        List<Object> values = new ArrayList<>(updates.size() * 4);
        for (Update update : updates) {
            byId.put(update.getUpdateId().longValue(), update);
            String payload = receivedJson.apply(update);
            values.addAll(Arrays.asList(
                    update.getUpdateId(),
                    UpdateTranslator.chatIdOf(update),
                    payload != null ? payload : json.writeValueAsString(update),
                    null));
        }
        Integer stored = tx.execute(s -> {
            DbTime.Param now = DbTime.of(clock.instant());
            for (int i = 3; i < values.size(); i += 4) {
                values.set(i, now);
            }
            if (received.size() > RECEIVED_KEPT) {
                // Rows handled elsewhere (another instance, a rolled-back store) are never taken.
                received.clear();
            }
            // One statement for the batch (a poll brings up to 100); it names the rows that were new.
            List<Long> added = jdbc.sql("INSERT INTO telegram_update (update_id, chat_id, payload, received_at) VALUES "
                            + SqlRows.of("(?, ?, ?, ?)", updates.size())
                            + " ON CONFLICT DO NOTHING RETURNING update_id")
                    .params(values)
                    .query(Long.class)
                    .list();
            // Before the commit, so the processor (which sees the rows only after it) finds them.
            added.forEach(id -> received.put(id, byId.get(id)));
            return added.size();
        });
        return stored == null ? 0 : stored;
    }

    /**
     * The update of a row: as received if this process stored it, else parsed from its JSON. It
     * stays at hand until marked processed (a batch that ends early reads its rest again).
     */
    Update read(Row row) throws Exception {
        Update update = received.get(row.updateId());
        if (update != null) {
            return update;
        }
        String payload = row.payload() != null
                ? row.payload()
                : payloads(List.of(row.updateId())).get(row.updateId());
        return json.readValue(payload, Update.class);
    }

    /** The highest update id ever stored, so a restarted poller asks only for newer ones. */
    @Override
    public long highestUpdateId() {
        Long max = jdbc.sql("SELECT MAX(update_id) FROM telegram_update")
                .query(Long.class)
                .optional()
                .orElse(null);
        return max == null ? 0 : max;
    }

    /** A pending update; its payload is null when this process holds the update as received. */
    record Row(long updateId, String payload) {}

    /**
     * The oldest pending updates, in order. Their JSON is read only for those this process does
     * not hold as received (after a restart): a press carries its whole message, a few kilobytes
     * in overflow pages, and reading them back was most of this query's cost (FilingBenchmark).
     * The ids come from the pending index alone.
     */
    List<Row> pending(int limit) {
        List<Long> ids = jdbc.sql("SELECT update_id FROM telegram_update WHERE processed_at IS NULL"
                        + " ORDER BY update_id LIMIT ?")
                .param(limit)
                .query(Long.class)
                .list();
        List<Long> unknown =
                ids.stream().filter(id -> !received.containsKey(id)).toList();
        Map<Long, String> payloads = unknown.isEmpty() ? Map.of() : payloads(unknown);
        return ids.stream().map(id -> new Row(id, payloads.get(id))).toList();
    }

    private Map<Long, String> payloads(List<Long> ids) {
        Map<Long, String> payloads = new HashMap<>();
        jdbc.sql("SELECT update_id, payload FROM telegram_update WHERE update_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    payloads.put(rs.getLong(1), rs.getString(2));
                });
        return payloads;
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
        received.remove(updateId);
        jdbc.sql("UPDATE telegram_update SET processed_at = ?, outcome = ? WHERE update_id = ?")
                .params(DbTime.of(clock.instant()), outcome, updateId)
                .update();
    }

    /** Marks several updates with one outcome in one statement. */
    void markProcessed(Collection<Long> updateIds, String outcome) {
        if (updateIds.isEmpty()) {
            return;
        }
        updateIds.forEach(received::remove);
        jdbc.sql("UPDATE telegram_update SET processed_at = :at, outcome = :outcome WHERE update_id IN (:ids)")
                .param("at", DbTime.of(clock.instant()))
                .param("outcome", outcome)
                .param("ids", updateIds)
                .update();
    }
}
