package vn.nghedan.officials.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ConsoleTestSupport;
import vn.nghedan.platform.DbTime;

/** The outgoing-message page reads the outbox. */
class ConsoleNotificationsTest extends ConsoleTestSupport {

    @Test
    void failedMessagesAreListedWithTheirError() {
        String error = "Forbidden: bot was blocked by the user " + marker();
        DbTime.Param now = DbTime.of(clock.instant());
        jdbc.sql("INSERT INTO outbox (chat_id, kind, payload, status, not_before, attempts, last_error, created_at)"
                        + " VALUES (987654, 'TEXT', '{}', 'FAILED', ?, 1, ?, ?)")
                .params(now, error, now)
                .update();
        Session admin = signIn(ADMIN);

        Reply page = admin.get("/console/notifications");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(error, "Gửi không được", "Bot đang gửi tin bình thường.")
                .doesNotContain("987654");
    }
}
