package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.platform.AfterCommit;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.SqlRows;

/**
 * Every message to a person is a row here, written in the same transaction as the change that
 * caused it, and delivered afterwards by the relay. So a crash never loses a decided message
 * and never sends one whose cause was rolled back.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxSignal signal;
    private final ImmediateSender immediate;
    /**
     * Replies this process wrote, by their stored JSON, until a worker sends them: the worker
     * takes the message from here instead of parsing the JSON it just read (a tenth of a send
     * worker's time in FilingBenchmark). Only a shortcut: a reply written before a restart, or
     * whose JSON some other row shares, is parsed as before.
     */
    private final Map<String, Outgoing> written = new ConcurrentHashMap<>();

    private static final int KEPT_WRITTEN = 2_000;

    Outbox(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            JsonMapper json,
            Clock clock,
            OutboxSignal signal,
            ImmediateSender immediate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.clock = clock;
        this.signal = signal;
        this.immediate = immediate;
    }

    /**
     * A reply in a conversation: goes out at once, quiet hours or not. A button-press answer is
     * not stored: it only stops a spinner and is worthless after seconds, so it is sent right
     * after the commit and never retried.
     */
    public void reply(long chatId, Outgoing message) {
        replies(chatId, List.of(message));
    }

    /**
     * A turn's replies, in order, written in one statement (a turn often says two or three
     * things: each its own INSERT was a statement more per update). Button-press answers are
     * sent after the commit, as {@link #reply} says.
     */
    public void replies(long chatId, List<Outgoing> messages) {
        DbTime.Param now = DbTime.of(clock.instant());
        List<Object> params = new ArrayList<>(messages.size() * 7);
        int rows = 0;
        Map<String, Outgoing> byJson = new HashMap<>();
        for (Outgoing message : messages) {
            if (message instanceof Outgoing.CallbackAnswer answer) {
                AfterCommit.run(() -> immediate.send(chatId, answer));
                continue;
            }
            String payload = json.writeValueAsString(message);
            byJson.put(payload, message);
            params.addAll(Arrays.asList(chatId, message.kind(), payload, false, Lane.REPLY.number(), now, now));
            rows++;
        }
        if (rows == 0) {
            return;
        }
        AfterCommit.run(() -> {
            if (written.size() > KEPT_WRITTEN) {
                // replies never sent (dropped, or sent by another instance) are not kept for ever
                written.clear();
            }
            written.putAll(byJson);
        });
        signal.writing(List.of(chatId));
        jdbc.sql("INSERT INTO outbox (chat_id, kind, payload, broadcast, lane, status, not_before, created_at)"
                        + " VALUES " + SqlRows.of("(?, ?, ?, ?, ?, 'PENDING', ?, ?)", rows))
                .params(params)
                .update();
        wakeRelayAfterCommit();
    }

    /**
     * The last reply to a person who was just forgotten: sent like any reply, then deleted as soon
     * as it went out ({@link OutboxPurge}), so not even its chat id stays.
     */
    public void lastWord(long chatId, Outgoing message) {
        insert(chatId, message, clock.instant(), OutboxPurge.ERASED + UUID.randomUUID(), Lane.REPLY);
    }

    /**
     * A planned message (announcement, reminder, answer): not before {@code notBefore}, sent in
     * its lane (a broadcast is held through quiet hours), and planned once per {@code dedupKey}.
     *
     * @return false when a message with this key was planned already
     */
    public boolean plan(long chatId, Outgoing message, Instant notBefore, String dedupKey, Lane lane) {
        return insert(chatId, message, notBefore, dedupKey, lane);
    }

    /** Drops planned messages whose key starts with the prefix and that were not sent yet. */
    public int dropPlanned(String dedupKeyPrefix) {
        return jdbc.sql("UPDATE outbox SET status = 'DROPPED', last_error = 'replaced'"
                        + " WHERE status = 'PENDING' AND dedup_key LIKE :prefix ESCAPE '\\'")
                .param(
                        "prefix",
                        dedupKeyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .update();
    }

    /**
     * Drops everything not yet sent to one chat: the person cannot be reached there any more (they
     * stopped following the ward's Zalo account), so nothing waits for them to be retried.
     */
    public int dropPending(long chatId, String why) {
        return jdbc.sql("UPDATE outbox SET status = 'DROPPED', last_error = ? WHERE status = 'PENDING' AND chat_id = ?")
                .params(why, chatId)
                .update();
    }

    /** Drops planned messages to one chat whose key matches the LIKE pattern and that were not sent yet. */
    int dropPlanned(long chatId, String dedupKeyPattern, String why) {
        return jdbc.sql("UPDATE outbox SET status = 'DROPPED', last_error = ? WHERE status = 'PENDING' AND chat_id = ?"
                        + " AND dedup_key LIKE ?")
                .params(why, chatId, dedupKeyPattern)
                .update();
    }

    /** A message for {@link #planAll}: the arguments of {@link #plan}. */
    record Planned(long chatId, Outgoing message, Instant notBefore, String dedupKey, Lane lane) {}

    /**
     * Plans many messages in one batch, as {@link #plan} would one by one: a broadcast to a
     * neighbourhood is thousands of rows written in its cause's transaction, which holds SQLite's
     * only write lock meanwhile. A message object shared by several rows is serialised once.
     *
     * @return for each message, whether it was new (false: its key was planned already)
     */
    boolean[] planAll(List<Planned> messages) {
        Instant now = clock.instant();
        DbTime.Param createdAt = DbTime.of(now);
        Map<Outgoing, String> payloads = new IdentityHashMap<>();
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (Planned m : messages) {
            rows.add(new Object[] {
                m.chatId(),
                m.message().kind(),
                payloads.computeIfAbsent(m.message(), json::writeValueAsString),
                m.dedupKey(),
                m.lane() == Lane.BROADCAST,
                m.lane().number(),
                DbTime.of(m.notBefore().isBefore(now) ? now : m.notBefore()),
                createdAt
            });
        }
        signal.writing(messages.stream().map(Planned::chatId).distinct().toList());
        int[] counts = jdbcTemplate.batchUpdate(
                "INSERT INTO outbox (chat_id, kind, payload, dedup_key, broadcast, lane, status, not_before,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING",
                rows);
        boolean[] added = new boolean[counts.length];
        boolean any = false;
        for (int i = 0; i < counts.length; i++) {
            added[i] = counts[i] > 0;
            any |= added[i];
        }
        if (any) {
            wakeRelayAfterCommit();
        }
        return added;
    }

    private boolean insert(long chatId, Outgoing message, Instant notBefore, String dedupKey, Lane lane) {
        return planAll(List.of(new Planned(chatId, message, notBefore, dedupKey, lane)))[0];
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.run(signal::wake);
    }

    Outgoing read(String kind, String payload) {
        Outgoing kept = written.remove(payload);
        if (kept != null && kept.kind().equals(kind)) {
            return kept;
        }
        Class<? extends Outgoing> type = switch (kind) {
            case "TEXT" -> Outgoing.Text.class;
            case "DOCUMENT" -> Outgoing.Document.class;
            case "LOCATION" -> Outgoing.Location.class;
            case "VENUE" -> Outgoing.Venue.class;
            case "CALLBACK" -> Outgoing.CallbackAnswer.class;
            default -> throw new IllegalStateException("Unknown outbox kind " + kind);
        };
        return json.readValue(payload, type);
    }
}
