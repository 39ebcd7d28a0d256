package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.sandbox.TelegramUser;
import vn.nghedan.support.AppDatabase;
import vn.nghedan.support.AppProcess;

/**
 * The app runs as its own process against the stand-in; 100 residents send 500 updates; the
 * process is killed with SIGKILL midway and started again on the same database (a SQLite file,
 * and a PostgreSQL database). Every
 * update must be processed exactly once, and every reply reach its chat once, in order — except
 * the documented case of a message accepted by Telegram just before the kill (counted).
 */
class CrashRecoveryTest {

    static final String TOKEN = "4242:crash-test-token";
    static final int RESIDENTS = 100;
    static final int SEND_WORKERS = 4;

    /** What each resident sends, and a piece of the one reply each message gets. */
    static final List<String[]> SCRIPT = List.of(
            new String[] {"/start", "Nghị định 13/2023"},
            new String[] {"/help", "Hướng dẫn sử dụng"},
            new String[] {"/cancel", "Không có thao tác nào đang làm dở"},
            new String[] {"xin chào", "Nghị định 13/2023"},
            new String[] {"/lang", "Chọn ngôn ngữ"});

    @TempDir
    Path dir;

    @Test
    void aKilledProcessLosesNoUpdateAndRepeatsNoReply() throws Exception {
        killMidwayAndRestart(AppDatabase.sqlite(dir.resolve("crash.db")));
    }

    @Test
    void onPostgresqlTooALostProcessLosesNoUpdateAndRepeatsNoReply() throws Exception {
        killMidwayAndRestart(AppDatabase.postgres());
    }

    private void killMidwayAndRestart(AppDatabase db) throws Exception {
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        // A little latency per call, so the kill lands while replies are still going out.
        api.latency(Duration.ofMillis(3));
        try (StandInServer server = StandInServer.start(api, TOKEN, 0);
                AppProcess app =
                        new AppProcess(env(server, db), Path.of("target", "crash-test-app-" + db.engine() + ".log"))) {
            app.start(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
            for (String[] step : SCRIPT) {
                for (int r = 0; r < RESIDENTS; r++) {
                    api.injectText(resident(r), step[0]);
                }
            }
            int total = RESIDENTS * SCRIPT.size();
            awaitReplies(api, total * 2 / 5, Duration.ofSeconds(60));
            app.kill();
            int atKill = replies(api).size();
            assertThat(atKill).as("replies when killed").isLessThan(total);

            app.start(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
            awaitReplies(api, total, Duration.ofSeconds(120));
            // Let anything that would be a late duplicate arrive before judging.
            Thread.sleep(1500);

            int duplicates = 0;
            for (int r = 0; r < RESIDENTS; r++) {
                List<String> texts = api.messagesTo(resident(r).id()).stream()
                        .filter(m -> m.kind() == SentMessage.Kind.TEXT)
                        .map(SentMessage::text)
                        .toList();
                List<String> distinct = withoutAdjacentRepeats(texts);
                duplicates += texts.size() - distinct.size();
                assertThat(distinct).as("replies to resident %d in order", r).hasSize(SCRIPT.size());
                for (int i = 0; i < SCRIPT.size(); i++) {
                    assertThat(distinct.get(i)).contains(SCRIPT.get(i)[1]);
                }
            }
            System.out.printf(
                    "crash-test: %d updates, killed after %d replies, duplicates after restart: %d%n",
                    total, atKill, duplicates);
            assertThat(duplicates)
                    .as("messages sent twice (in flight at the kill)")
                    .isLessThanOrEqualTo(SEND_WORKERS);

            app.close();
            try (Connection c = db.connect();
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT COUNT(*), SUM(CASE WHEN processed_at IS NOT NULL THEN 1 ELSE 0 END),"
                                    + " COUNT(DISTINCT update_id) FROM telegram_update")) {
                rs.next();
                assertThat(rs.getInt(1)).as("updates stored").isEqualTo(total);
                assertThat(rs.getInt(2)).as("updates processed").isEqualTo(total);
                assertThat(rs.getInt(3)).isEqualTo(total);
            }
        }
    }

    static Map<String, String> env(StandInServer server, Path db) {
        return env(server, AppDatabase.sqlite(db));
    }

    static Map<String, String> env(StandInServer server, AppDatabase db) {
        Map<String, String> env = new HashMap<>(db.env());
        env.putAll(Map.of(
                "TELEGRAM_BOT_TOKEN",
                TOKEN,
                "TELEGRAM_API_URL",
                server.baseUrl(),
                "NGHEDAN_SEND_RATE",
                "1000",
                "NGHEDAN_QUIET_HOURS",
                "",
                "ADMIN_PASSWORD",
                "crash-test-password"));
        return env;
    }

    static TelegramUser resident(int r) {
        return TelegramUser.of(10_000 + r, "Cư dân " + r);
    }

    static List<SentMessage> replies(BotApiStandIn api) {
        return api.allMessages().stream().filter(m -> m.chatId() >= 10_000).toList();
    }

    static void awaitReplies(BotApiStandIn api, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (replies(api).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Only " + replies(api).size() + " of " + count + " replies in " + timeout);
            }
            Thread.sleep(5);
        }
    }

    static List<String> withoutAdjacentRepeats(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
