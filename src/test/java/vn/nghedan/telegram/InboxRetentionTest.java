package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Retention;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.SettableClock;

/**
 * Raw updates (names, usernames, phones, texts) are kept NGHEDAN_RETENTION after they were
 * processed, then purged. The data notice tells residents how long.
 */
class InboxRetentionTest extends EndToEndTest {

    /** Long before anything the other tests store: the purge below touches only these rows. */
    private static final Instant LONG_AGO = Instant.parse("2020-03-01T02:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void processedUpdatesGoAfterTheRetention() {
        long old = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        long recent = old + 1;
        insert(old, LONG_AGO.plusSeconds(1));
        insert(recent, LONG_AGO.plus(Duration.ofDays(20)));
        SettableClock clock = new SettableClock(LONG_AGO.plus(Duration.ofDays(29)));
        InboxPurge purge = new InboxPurge(jdbc, tx, clock, "30d");

        tx.executeWithoutResult(s -> purge.purgeProcessedBefore());
        assertThat(left(old, recent)).as("29 days on, both stay").containsExactly(old, recent);

        clock.advance(Duration.ofDays(2));
        tx.executeWithoutResult(s -> purge.purgeProcessedBefore());
        assertThat(left(old, recent)).as("31 days on, the old one went").containsExactly(recent);

        clock.advance(Duration.ofDays(30));
        tx.executeWithoutResult(s -> purge.purgeProcessedBefore());
        assertThat(left(old, recent)).isEmpty();
    }

    @Test
    void theRetentionIsWrittenLikeTheOtherDurations() {
        assertThat(Retention.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Retention.parse(" 36h ")).isEqualTo(Duration.ofHours(36));
        assertThat(Retention.parse("PT12H")).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> Retention.parse("0d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDataNoticeSaysHowLongRawMessagesAreKept() {
        var chat = newResident("Cô Mười");
        chat.send("/start");
        assertThat(chat.expect("Nghị định 13/2023").text())
                .contains("được xóa sau 30 ngày")
                .contains("/forget");
    }

    /** An update received and processed at {@code at}. */
    private void insert(long updateId, Instant at) {
        tx.executeWithoutResult(s -> jdbc.sql("INSERT INTO telegram_update (update_id, chat_id, payload, received_at,"
                        + " processed_at, outcome) VALUES (?, ?, ?, ?, ?, ?)")
                .params(updateId, 77L, "{\"update_id\":" + updateId + "}", DbTime.of(at), DbTime.of(at), "HANDLED")
                .update());
    }

    private List<Long> left(long... ids) {
        return jdbc.sql("SELECT update_id FROM telegram_update WHERE update_id IN (?, ?) ORDER BY update_id")
                .params(ids[0], ids[1])
                .query(Long.class)
                .list();
    }
}
