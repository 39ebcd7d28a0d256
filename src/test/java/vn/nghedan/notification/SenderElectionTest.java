package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;

/**
 * The elected sender: while another instance holds the sender lease this one sends nothing; when
 * that instance stops renewing, this one takes the lease over and delivers what waited.
 */
class SenderElectionTest extends NotificationContextTest {

    @Autowired
    SenderElection election;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void backToSoleSender() {
        election.stop();
        jdbc.sql("DELETE FROM lease WHERE name = ?").param(SenderElection.LEASE).update();
        election.start();
    }

    @Test
    void onlyTheLeaseHolderSendsAndAnotherTakesOverWhenItsLeaseLapses() throws InterruptedException {
        election.stop(); // this instance's lease released, its relay stopped
        clock.runFrom(ward("2026-12-01T10:00"));
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO lease (name, holder, expires_at) VALUES (?, 'other-instance:8080', ?)")
                .params(SenderElection.LEASE, DbTime.of(now.plus(SenderElection.LEASE_LENGTH)))
                .update();

        election.start();
        long chat = resident("K1").getChatId();
        transactions.executeWithoutResult(
                tx -> outbox.reply(chat, new Outgoing.Text("Ý kiến của bạn đã được ghi nhận")));
        signal.wake();

        assertThat(relay.isRunning()).isFalse();
        Thread.sleep(500);
        assertThat(transport.requestsTo(chat)).isEmpty();

        // The other instance died: its lease lapses and this one's next renewal (every 10 s) takes it.
        clock.advance(SenderElection.LEASE_LENGTH.plusSeconds(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (transport.requestsTo(chat).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(transport.requestsTo(chat))
                .extracting(RecordingTransport.Request::text)
                .containsExactly("Ý kiến của bạn đã được ghi nhận");
        assertThat(relay.isRunning()).isTrue();
        assertThat(jdbc.sql("SELECT holder FROM lease WHERE name = ?")
                        .param(SenderElection.LEASE)
                        .query(String.class)
                        .single())
                .isNotEqualTo("other-instance:8080");
    }
}
