package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.platform.DbTime;
import vn.nghedan.platform.Leases;
import vn.nghedan.support.EndToEndTest;

/**
 * A scheduled job runs under ShedLock: while another instance holds the job's lock in the shared
 * database, this instance skips the run; once the lock is free, it runs and holds the lock itself.
 * Shown with the hourly purge of expired buttons.
 */
class ScheduledJobLockTest extends EndToEndTest {

    @Autowired
    Buttons buttons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Leases leases;

    @Test
    void theButtonPurgeSkipsItsRunWhileAnotherInstanceHoldsItsLock() {
        String token = "lk" + Long.toString(System.nanoTime(), 36).substring(0, 8);
        jdbc.sql("INSERT INTO button_set (token, chat_id, generation, expires_at, buttons)"
                        + " VALUES (?, ?, NULL, ?, '[[\"TEST\",null]]')")
                .params(token, 555_000L, DbTime.of(Instant.now().minus(Duration.ofDays(2))))
                .update();
        // The shared context's own purge may have taken the lock already: the other instance takes it.
        // (one statement: the app's own first run could otherwise slip in between a delete and an insert)
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('button-purge', ?, ?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until,"
                        + " locked_at = excluded.locked_at, locked_by = excluded.locked_by")
                .params(Timestamp.from(now.plus(Duration.ofHours(1))), Timestamp.from(now), "other-instance:8080")
                .update();

        buttons.purgeExpired();
        assertThat(exists(token))
                .as("purged although another instance held the lock")
                .isTrue();

        // The other instance's lock lapses: this instance's next run purges and holds the lock.
        jdbc.sql("UPDATE shedlock SET lock_until = ? WHERE name = 'button-purge'")
                .param(Timestamp.from(now.minus(Duration.ofMinutes(1))))
                .update();
        buttons.purgeExpired();
        // The app's own scheduled purge may take the lapsed lock first (this call is then skipped
        // while that run deletes): either way this instance purges, so wait for its commit.
        await().atMost(Duration.ofSeconds(60)).until(() -> !exists(token));
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'button-purge'")
                        .query(String.class)
                        .single())
                .isEqualTo(leases.instanceId());
    }

    private boolean exists(String token) {
        return jdbc.sql("SELECT COUNT(*) FROM button_set WHERE token = ?")
                        .param(token)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
