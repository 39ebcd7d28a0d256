package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.SettableClock;

/**
 * Payloads of messages sent (or given up) are emptied NGHEDAN_RETENTION later; the rows stay for
 * the counts and the notices' keys.
 */
class OutboxRetentionTest extends EndToEndTest {

    /** Long before anything the other tests store: the purge below touches only these rows. */
    private static final Instant LONG_AGO = Instant.parse("2020-03-01T02:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void sentPayloadsAreEmptiedAfterTheRetention() {
        String key = "retention-test:" + UUID.randomUUID() + ":";
        long sent = insert(key + "sent", "SENT", LONG_AGO, LONG_AGO.plusSeconds(2));
        long dropped = insert(key + "dropped", "DROPPED", LONG_AGO, null);
        long sentLater = insert(key + "later", "SENT", LONG_AGO, LONG_AGO.plus(Duration.ofDays(10)));
        SettableClock clock = new SettableClock(LONG_AGO.plus(Duration.ofDays(29)));
        OutboxPurge purge = new OutboxPurge(jdbc, tx, clock, "30d");

        tx.executeWithoutResult(s -> purge.purgeSentBefore());
        assertThat(payloads(key)).as("29 days on").containsOnly("{\"text\":\"Zyx private words\",\"buttons\":[]}");

        clock.advance(Duration.ofDays(2));
        tx.executeWithoutResult(s -> purge.purgeSentBefore());
        assertThat(payload(sent)).isEqualTo(OutboxPurge.EMPTY);
        assertThat(payload(dropped)).isEqualTo(OutboxPurge.EMPTY);
        assertThat(payload(sentLater)).as("sent 10 days after the others").contains("Zyx private words");

        clock.advance(Duration.ofDays(10));
        tx.executeWithoutResult(s -> purge.purgeSentBefore());
        assertThat(payloads(key)).containsOnly(OutboxPurge.EMPTY).hasSize(3);
        jdbc.sql("DELETE FROM outbox WHERE dedup_key LIKE ?").param(key + "%").update();
    }

    private long insert(String key, String status, Instant created, Instant sentAt) {
        return tx.execute(s -> {
            jdbc.sql("INSERT INTO outbox (chat_id, kind, payload, dedup_key, status, not_before, created_at, sent_at)"
                            + " VALUES (?, 'TEXT', ?, ?, ?, ?, ?, ?)")
                    .params(
                            88L,
                            "{\"text\":\"Zyx private words\",\"buttons\":[]}",
                            key,
                            status,
                            DbTime.of(created),
                            DbTime.of(created),
                            sentAt == null ? null : DbTime.of(sentAt))
                    .update();
            return jdbc.sql("SELECT id FROM outbox WHERE dedup_key = ?")
                    .param(key)
                    .query(Long.class)
                    .single();
        });
    }

    private String payload(long id) {
        return jdbc.sql("SELECT payload FROM outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private List<String> payloads(String keyPrefix) {
        return jdbc.sql("SELECT payload FROM outbox WHERE dedup_key LIKE ?")
                .param(keyPrefix + "%")
                .query(String.class)
                .list();
    }
}
