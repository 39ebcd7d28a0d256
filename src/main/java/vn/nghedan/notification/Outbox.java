package vn.nghedan.notification;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.nghedan.platform.DbTime;

/**
 * Every message to a person is a row here, written in the same transaction as the change that
 * caused it, and delivered afterwards by the relay. So a crash never loses a decided message
 * and never sends one whose cause was rolled back.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxSignal signal;
    private final ImmediateSender immediate;

    Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxSignal signal, ImmediateSender immediate) {
        this.jdbc = jdbc;
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
        if (message instanceof Outgoing.CallbackAnswer answer) {
            afterCommit(() -> immediate.send(chatId, answer));
            return;
        }
        insert(chatId, message, clock.instant(), null, false);
    }

    /**
     * A planned message (announcement, reminder, answer): not before {@code notBefore}, held
     * through quiet hours when {@code broadcast}, and planned once per {@code dedupKey}.
     *
     * @return false when a message with this key was planned already
     */
    public boolean plan(long chatId, Outgoing message, Instant notBefore, String dedupKey, boolean broadcast) {
        return insert(chatId, message, notBefore, dedupKey, broadcast);
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

    /** Drops planned messages to one chat whose key matches the LIKE pattern and that were not sent yet. */
    int dropPlanned(long chatId, String dedupKeyPattern, String why) {
        return jdbc.sql("UPDATE outbox SET status = 'DROPPED', last_error = ? WHERE status = 'PENDING' AND chat_id = ?"
                        + " AND dedup_key LIKE ?")
                .params(why, chatId, dedupKeyPattern)
                .update();
    }

    private boolean insert(long chatId, Outgoing message, Instant notBefore, String dedupKey, boolean broadcast) {
        Instant now = clock.instant();
        int inserted = jdbc.sql("INSERT INTO outbox (chat_id, kind, payload, dedup_key, broadcast, status, not_before,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING")
                .params(
                        chatId,
                        message.kind(),
                        json.writeValueAsString(message),
                        dedupKey,
                        broadcast ? 1 : 0,
                        DbTime.of(notBefore.isBefore(now) ? now : notBefore),
                        DbTime.of(now))
                .update();
        if (inserted > 0) {
            wakeRelayAfterCommit();
        }
        return inserted > 0;
    }

    private void wakeRelayAfterCommit() {
        afterCommit(signal::wake);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    Outgoing read(String kind, String payload) {
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
