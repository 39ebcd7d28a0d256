package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppDatabase;
import vn.nghedan.support.AppProcess;

/**
 * Two app processes on one PostgreSQL database in webhook mode, behind a forwarder that hands
 * Telegram's deliveries to them alternately (as the reverse proxy of docs/deploy does); 100
 * residents send 500 updates; the instance that sends (holds the sender lease) is killed with
 * SIGKILL midway. Every update must be handled exactly once, every chat's replies arrive in order,
 * at most one duplicate per send worker (the messages in flight at the kill), never more than the
 * ceiling in any second across both instances, and the scheduled planning run once in all.
 */
class TwoInstancesTest {

    private static final String SECRET = "two-instances_secret";
    private static final int SEND_RATE = 50;
    private static final String PLANNER_RAN = "Hourly reminder planning runs on this instance";

    @Test
    void twoInstancesShareTheWorkAndOneDyingLosesNothing() throws Exception {
        long began = System.nanoTime();
        BotApiStandIn api = new BotApiStandIn();
        api.latency(Duration.ofMillis(3));
        AppDatabase db = AppDatabase.postgres();
        Path logA = freshLog("a");
        Path logB = freshLog("b");
        try (StandInServer server = StandInServer.start(api, CrashRecoveryTest.TOKEN, 0);
                Forwarder forwarder = Forwarder.start();
                AppProcess a = new AppProcess(env(server, db, forwarder, "instance-a"), logA);
                AppProcess b = new AppProcess(env(server, db, forwarder, "instance-b"), logB)) {
            forwarder.to(a.port(), b.port());
            List<String> jvm = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
            // Both at once, as a deployment starts them: Flyway's lock lets one migrate the database.
            CompletableFuture<Duration> startingA = CompletableFuture.supplyAsync(() -> start(a, jvm));
            start(b, jvm);
            startingA.join();

            for (String[] step : CrashRecoveryTest.SCRIPT) {
                for (int r = 0; r < CrashRecoveryTest.RESIDENTS; r++) {
                    api.injectText(CrashRecoveryTest.resident(r), step[0]);
                }
            }
            int total = CrashRecoveryTest.RESIDENTS * CrashRecoveryTest.SCRIPT.size();
            awaitDistinctReplies(api, total / 5, Duration.ofSeconds(90));

            assertThat(a.isAlive())
                    .as("instance a running; its log:%n%s", a.tail())
                    .isTrue();
            assertThat(b.isAlive())
                    .as("instance b running; its log:%n%s", b.tail())
                    .isTrue();
            String sender = query(db, "SELECT holder FROM lease WHERE name = 'outbox-sender'");
            AppProcess killed = sender.equals("instance-a") ? a : b;
            killed.kill();
            int atKill = CrashRecoveryTest.replies(api).size();
            int handledAtKill = count(db, "SELECT COUNT(*) FROM telegram_update WHERE processed_at IS NOT NULL");
            assertThat(atKill).as("replies when the sender was killed").isLessThan(total);

            awaitDistinctReplies(api, total, Duration.ofSeconds(120));
            AppProcess survivor = killed == a ? b : a;
            assertThat(survivor.isAlive()).as("the other instance running").isTrue();
            // Let anything that would be a late duplicate arrive before judging.
            Thread.sleep(1500);

            int duplicates = 0;
            for (int r = 0; r < CrashRecoveryTest.RESIDENTS; r++) {
                List<String> texts = texts(api, r);
                List<String> distinct = CrashRecoveryTest.withoutAdjacentRepeats(texts);
                duplicates += texts.size() - distinct.size();
                assertThat(distinct).as("replies to resident %d in order", r).hasSize(CrashRecoveryTest.SCRIPT.size());
                for (int i = 0; i < CrashRecoveryTest.SCRIPT.size(); i++) {
                    assertThat(distinct.get(i))
                            .contains(CrashRecoveryTest.SCRIPT.get(i)[1]);
                }
            }
            int busiestSecond = api.maxMessagesInAnyWindow(Duration.ofSeconds(1));
            assertThat(duplicates)
                    .as("messages sent twice (in flight at the kill)")
                    .isLessThanOrEqualTo(CrashRecoveryTest.SEND_WORKERS);
            assertThat(busiestSecond).as("messages in the busiest second").isLessThanOrEqualTo(SEND_RATE);
            assertThat(forwarder.answered(a.port(), 200))
                    .as("deliveries instance a accepted")
                    .isPositive();
            assertThat(forwarder.answered(b.port(), 200))
                    .as("deliveries instance b accepted")
                    .isPositive();
            assertThat(query(db, "SELECT holder FROM lease WHERE name = 'outbox-sender'"))
                    .as("the sender after the kill")
                    .isNotEqualTo(sender);

            a.close();
            b.close();
            assertThat(count(db, "SELECT COUNT(*) FROM telegram_update")).isEqualTo(total);
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM telegram_update WHERE processed_at IS NOT NULL AND outcome = 'OK'"))
                    .as("updates handled")
                    .isEqualTo(total);
            // An update handled twice would have written its reply twice.
            assertThat(count(
                            db,
                            "SELECT COUNT(*) FROM (SELECT chat_id FROM outbox WHERE chat_id >= 10000"
                                    + " GROUP BY chat_id HAVING COUNT(*) <> " + CrashRecoveryTest.SCRIPT.size()
                                    + ") t"))
                    .as("chats whose replies were not written exactly once each")
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'"))
                    .as("replies not sent")
                    .isZero();
            // The planner's schedule fires every second on both instances; its lock lets one run.
            long plannerRuns = Files.readAllLines(logA).stream()
                            .filter(l -> l.contains(PLANNER_RAN))
                            .count()
                    + Files.readAllLines(logB).stream()
                            .filter(l -> l.contains(PLANNER_RAN))
                            .count();
            assertThat(plannerRuns).as("runs of the reminder planning").isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM shedlock WHERE name = 'reminder-planning'"))
                    .isEqualTo(1);
            System.out.printf(
                    "two-instances: %d updates, %s killed after %d replies (%d updates handled), duplicates: %d, busiest second: %d"
                            + " (ceiling %d), deliveries a/b: %d/%d, test took %d s%n",
                    total,
                    sender,
                    atKill,
                    handledAtKill,
                    duplicates,
                    busiestSecond,
                    SEND_RATE,
                    forwarder.answered(a.port(), 200),
                    forwarder.answered(b.port(), 200),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());
        }
    }

    private static Map<String, String> env(StandInServer server, AppDatabase db, Forwarder forwarder, String id) {
        Map<String, String> env = new HashMap<>(CrashRecoveryTest.env(server, db));
        env.put("NGHEDAN_SEND_RATE", Integer.toString(SEND_RATE));
        env.put("NGHEDAN_TELEGRAM_MODE", "webhook");
        env.put("NGHEDAN_WEBHOOK_URL", forwarder.url());
        env.put("NGHEDAN_WEBHOOK_SECRET", SECRET);
        env.put("NGHEDAN_INSTANCE_ID", id);
        // A quick failover, so the test does not wait out the default 30 s.
        env.put("NGHEDAN_SENDER_LEASE", "8s");
        // Every second instead of hourly: run alone, each instance would plan dozens of times.
        env.put("NGHEDAN_REMINDERS_CHECK_CRON", "* * * * * *");
        return env;
    }

    private static Duration start(AppProcess app, List<String> jvm) {
        try {
            return app.start(jvm);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path freshLog(String name) throws IOException {
        Path log = Path.of("target", "two-instances-" + name + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    private static List<String> texts(BotApiStandIn api, int resident) {
        return api.messagesTo(CrashRecoveryTest.resident(resident).id()).stream()
                .filter(m -> m.kind() == SentMessage.Kind.TEXT)
                .map(SentMessage::text)
                .toList();
    }

    private static void awaitDistinctReplies(BotApiStandIn api, int count, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int got;
        while ((got = distinctReplies(api)) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Only " + got + " of " + count + " replies in " + timeout);
            }
            Thread.sleep(20);
        }
    }

    private static int distinctReplies(BotApiStandIn api) {
        int n = 0;
        for (int r = 0; r < CrashRecoveryTest.RESIDENTS; r++) {
            n += CrashRecoveryTest.withoutAdjacentRepeats(texts(api, r)).size();
        }
        return n;
    }

    private static String query(AppDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static int count(AppDatabase db, String sql) throws SQLException {
        return Integer.parseInt(query(db, sql));
    }

    /**
     * Telegram's one webhook URL in front of two instances, handing each delivery to the next
     * instance in turn, as a round-robin reverse proxy would; an instance that does not answer
     * makes the delivery fail (502), and Telegram's retry goes to the other one.
     */
    static final class Forwarder implements AutoCloseable {

        private final HttpServer server;
        private final AtomicInteger next = new AtomicInteger();
        private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        private volatile int[] ports = new int[0];

        private Forwarder(HttpServer server) {
            this.server = server;
        }

        static Forwarder start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Forwarder forwarder = new Forwarder(server);
            server.createContext("/telegram/webhook", forwarder::forward);
            server.start();
            return forwarder;
        }

        void to(int... ports) {
            this.ports = ports.clone();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/telegram/webhook";
        }

        int answered(int port, int status) {
            AtomicInteger n = answers.get(port + ":" + status);
            return n == null ? 0 : n.get();
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int[] targets = ports;
                if (targets.length == 0) {
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
                int port = targets[Math.floorMod(next.getAndIncrement(), targets.length)];
                int status = post(port, body, exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token"));
                answers.computeIfAbsent(port + ":" + status, k -> new AtomicInteger())
                        .incrementAndGet();
                exchange.sendResponseHeaders(status == 0 ? 502 : status, -1);
            }
        }

        private static int post(int port, byte[] body, String secret) {
            HttpURLConnection connection = null;
            try {
                connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/telegram/webhook")
                        .toURL()
                        .openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(30_000);
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                if (secret != null) {
                    connection.setRequestProperty("X-Telegram-Bot-Api-Secret-Token", secret);
                }
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
                int status = connection.getResponseCode();
                try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (in != null) {
                        in.readAllBytes();
                    }
                }
                return status;
            } catch (IOException e) {
                return 0;
            } finally {
                if (connection != null) {
                    connection.disconnect();
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
