package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.Filing;
import vn.nghedan.support.FilingCrowd;

/**
 * 300 onboarded residents file a submission each, all at once, through the real client and the
 * stand-in; the app process is killed with SIGKILL after some but not all of them were told their
 * #number, and started again on the same SQLite file. Those still waiting press confirm again.
 * Every number a resident was told must be a filed submission of theirs, each resident must have
 * exactly one, and nothing may be sent twice beyond the sends in flight at the kill.
 */
class FilingCrashTest {

    static final int RESIDENTS = 300;
    /** The kill comes once this many residents have their confirmation: a third of the way. */
    static final int KILL_AFTER = RESIDENTS / 3;

    static final List<String> JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;

    @Test
    void aKilledProcessFilesEveryConfirmedSubmissionOnceAndForgetsNone() throws Exception {
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        Path db = dir.resolve("filing-crash.db");
        FilingCrowd crowd = FilingCrowd.of(api, 70_000, RESIDENTS);
        try (StandInServer server = StandInServer.start(api, CrashRecoveryTest.TOKEN, 0);
                AppProcess app = new AppProcess(
                        CrashRecoveryTest.env(server, db), Path.of("target", "filing-crash-test-app.log"))) {
            long begin = System.nanoTime();
            app.start(JVM);
            long started = System.nanoTime();
            crowd.onboard(Duration.ofSeconds(90));
            long onboarded = System.nanoTime();

            crowd.startFiling();
            // The send rate (1,000 a second in this environment) keeps the remaining confirmations
            // from all going out in the moment between seeing the hundredth and the kill.
            crowd.driveUntil(() -> crowd.filed() >= KILL_AFTER, Duration.ofSeconds(90));
            app.kill();
            long killed = System.nanoTime();
            int atKill = confirmations(api);
            List<FilingCrowd.Member> unanswered = crowd.waitingForConfirmation();
            assertThat(atKill)
                    .as("confirmations sent when the process was killed")
                    .isPositive()
                    .isLessThan(RESIDENTS);
            // What the dead process had committed: filed, but not all of it told yet.
            int filedAtKill;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                filedAtKill = filed(c).size();
            }

            app.start(JVM);
            long restarted = System.nanoTime();
            // Nothing happened after they pressed confirm, so they press it again.
            unanswered.forEach(crowd::pressConfirmAgain);
            crowd.driveUntil(
                    () -> crowd.members().stream().allMatch(m -> m.stage() == FilingCrowd.Stage.DONE),
                    Duration.ofSeconds(90));
            for (FilingCrowd.Member m : unanswered) {
                // The second press is refused, and said so: the draft was filed by the first.
                api.awaitMessage(
                        m.user().id(),
                        msg -> msg.text() != null && msg.text().contains(FilingCrowd.STALE),
                        Duration.ofSeconds(60));
            }
            long finished = System.nanoTime();
            // Judge duplicates only once the app has nothing left to send.
            awaitOutboxDrained(db, Duration.ofSeconds(60));
            app.close();
            System.out.printf(
                    "filing-crash-test: start %.1f s, onboarding %.1f s, burst until kill %.1f s, restart %.1f s,"
                            + " rest of the burst %.1f s, total %.1f s%n",
                    seconds(begin, started),
                    seconds(started, onboarded),
                    seconds(onboarded, killed),
                    seconds(killed, restarted),
                    seconds(restarted, finished),
                    seconds(begin, System.nanoTime()));

            Map<Long, Filed> told = new HashMap<>();
            int duplicates = 0;
            for (FilingCrowd.Member m : crowd.members()) {
                List<SentMessage> filing = api.messagesTo(m.user().id()).stream()
                        .filter(msg -> msg.messageId() > m.welcomeMessageId() && msg.text() != null)
                        .toList();
                Set<Long> numbers = new HashSet<>();
                filing.stream()
                        .filter(msg -> msg.text().contains(FilingCrowd.FILED))
                        .forEach(msg -> numbers.add(Filing.numberIn(msg)));
                assertThat(numbers)
                        .as("numbers told to resident %d", m.user().id())
                        .containsExactly(m.number());
                Filed other = told.put(m.number(), new Filed(m.user().id(), m.text()));
                assertThat(other).as("#%d told to two residents", m.number()).isNull();
                duplicates += sentTwice(filing);
            }

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                // The number is the primary key: every number told is one row, of that resident,
                // with their text, and there is no row nobody was told about.
                assertThat(filed(c)).as("submissions in the database").isEqualTo(told);
                assertThat(perAuthor(c)).as("submissions per resident").containsOnlyKeys(1L);
                assertThat(failedOrUnprocessedUpdates(c))
                        .as("updates that failed (and got an apology) or were never handled")
                        .isZero();
            }

            System.out.printf(
                    "filing-crash-test: %d residents, killed after %d confirmations (%d filed by then, %d pressed"
                            + " confirm again), submissions %d, duplicates %d%n",
                    RESIDENTS, atKill, filedAtKill, unanswered.size(), told.size(), duplicates);
            assertThat(duplicates)
                    .as("messages sent twice (in flight at the kill)")
                    .isLessThanOrEqualTo(CrashRecoveryTest.SEND_WORKERS);
        }
    }

    static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    static int confirmations(BotApiStandIn api) {
        return (int) api.allMessages().stream()
                .filter(m -> m.text() != null && m.text().contains(FilingCrowd.FILED))
                .count();
    }

    /**
     * Messages that repeat an earlier one of the same filing word for word, buttons included: the
     * filing's prompts and replies all differ, so a repeat can only be a send done twice.
     */
    static int sentTwice(List<SentMessage> messages) {
        Set<String> seen = new HashSet<>();
        int twice = 0;
        for (SentMessage m : messages) {
            if (!seen.add(m.text() + m.labels())) {
                twice++;
            }
        }
        return twice;
    }

    record Filed(long authorTelegramId, String text) {}

    /** #number → author and text, from the file the app wrote. */
    static Map<Long, Filed> filed(Connection c) throws SQLException {
        Map<Long, Filed> rows = new HashMap<>();
        try (ResultSet rs = c.createStatement()
                .executeQuery("SELECT s.id, r.telegram_user_id, s.text FROM submission s"
                        + " LEFT JOIN resident r ON r.id = s.resident_id")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new Filed(rs.getLong(2), rs.getString(3)));
            }
        }
        return rows;
    }

    /** How many residents have how many submissions: {1: 300} when each has exactly one. */
    static Map<Long, Long> perAuthor(Connection c) throws SQLException {
        Map<Long, Long> histogram = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM submission GROUP BY resident_id")) {
            while (rs.next()) {
                histogram.merge(rs.getLong(1), 1L, Long::sum);
            }
        }
        return histogram;
    }

    static int failedOrUnprocessedUpdates(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement()
                .executeQuery(
                        "SELECT COUNT(*) FROM telegram_update WHERE outcome = 'FAILED' OR processed_at IS NULL")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Waits until the outbox holds no message still to be sent (read beside the running app). */
    static void awaitOutboxDrained(Path db, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                    ResultSet rs =
                            c.createStatement().executeQuery("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(rs.getInt(1) + " messages still unsent after " + timeout);
                }
            }
            Thread.sleep(50);
        }
    }
}
