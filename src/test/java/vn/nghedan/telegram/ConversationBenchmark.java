package vn.nghedan.telegram;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.sandbox.TelegramUser;
import vn.nghedan.support.AppDatabase;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.PackagedApp;
import vn.nghedan.support.TestPostgres;

/**
 * Throughput of the whole bot path: the app as its own process, the real TelegramBots client,
 * the stand-in over HTTP, SQLite with synchronous=FULL. Prints start time, RSS, onboarding
 * updates/s with reply latency, and the raw one-row commit rate of plain JDBC on the same disk.
 *
 * <p>Run: {@code mvn -B -Pbenchmark verify -Dtest=ConversationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (optional {@code -Dbench.residents=2000}; {@code -Dbench.db=postgres} runs the app on the tests'
 * embedded PostgreSQL instead of a SQLite file).
 */
class ConversationBenchmark {

    static final String TOKEN = "4242:benchmark-token";

    @Test
    void onboardingThroughput() throws Exception {
        int residents = Integer.getInteger("bench.residents", 1000);
        Path dir = Files.createTempDirectory("nghedan-bench");
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(1));
        try (StandInServer server = StandInServer.start(api, TOKEN, 0)) {
            AppDatabase db = AppDatabase.forBenchmark(dir.resolve("bench.db"));
            System.out.printf("bench.db=%s%n", db.engine());
            Map<String, String> env = new HashMap<>(db.env());
            env.putAll(Map.of(
                    "TELEGRAM_BOT_TOKEN",
                    TOKEN,
                    "TELEGRAM_API_URL",
                    server.baseUrl(),
                    "NGHEDAN_SEND_RATE",
                    "100000",
                    "NGHEDAN_QUIET_HOURS",
                    "",
                    "ADMIN_PASSWORD",
                    "benchmark-password"));
            // e.g. -Dbench.send_workers=16: the sender's threads (4 by default, see OutboxRelay)
            String workers = System.getProperty("bench.send_workers", "");
            if (!workers.isBlank()) {
                env.put("NGHEDAN_SEND_WORKERS", workers);
            }
            run(api, env, dir, residents);
        }
    }

    private static void run(BotApiStandIn api, Map<String, String> env, Path dir, int residents) throws Exception {
        plainStarts(env, dir);
        try (AppProcess app = new AppProcess(env, dir.resolve("app.log"))) {
            List<String> jvm = new ArrayList<>(launch(app, env, dir));
            // e.g. -Dbench.jvm=-XX:StartFlightRecording=filename=/tmp/bench.jfr to profile the app
            String extra = System.getProperty("bench.jvm", "");
            if (!extra.isBlank()) {
                jvm.addAll(List.of(extra.trim().split("\\s+")));
            }
            Duration start = app.start(jvm);
            Thread.sleep(2000);
            long rss = app.rssKilobytes();
            System.out.printf("bench.start_seconds=%.2f (tuned, as Docker starts it)%n", start.toMillis() / 1000.0);
            System.out.printf("bench.rss_after_start_mb=%d%n", rss / 1024);

            // A server runs for months: measure it warm. The warm-up onboards other residents the
            // same way, so every path the measured run takes has been compiled.
            int warm = Integer.getInteger("bench.warmup", 1000);
            onboard(api, 500_000, warm, Collections.synchronizedList(new ArrayList<>()));
            System.out.printf("bench.measuring app_pid=%d%n", app.pid());
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Duration appCpuBefore = app.cpuTime();
            Map<String, long[]> threadsBefore = app.threadTicks();
            Duration dbCpuBefore = TestPostgres.serverCpuTime();
            long harnessCpuBefore = harnessCpuNanos();
            Duration elapsed = onboard(api, 100_000, residents, latencies);
            Duration appCpu = app.cpuTime().minus(appCpuBefore);
            AppProcess.printThreadCpu("bench.onboarding", threadsBefore, app.threadTicks(), residents * 3);
            Duration dbCpu = TestPostgres.serverCpuTime().minus(dbCpuBefore);
            long harnessCpu = harnessCpuNanos() - harnessCpuBefore;

            double updatesPerSecond = residents * 3 / (elapsed.toMillis() / 1000.0);
            Collections.sort(latencies);
            double raw = rawCommitsPerSecond(dir.resolve("raw.db"));
            System.out.printf(
                    "bench.onboarding.residents=%d updates=%d seconds=%.2f%n",
                    residents, residents * 3, elapsed.toMillis() / 1000.0);
            System.out.printf("bench.onboarding.updates_per_second=%.0f%n", updatesPerSecond);
            System.out.printf(
                    "bench.onboarding.reply_latency_p50_ms=%d p99_ms=%d%n",
                    percentile(latencies, 50), percentile(latencies, 99));
            // The app shares the machine's cores with the stand-in and this driver; what each used
            // tells what the app alone would do with the cores to itself.
            int updates = residents * 3;
            double appMsPerUpdate = appCpu.toNanos() / 1e6 / updates;
            System.out.printf(
                    "bench.onboarding.app_cpu_ms_per_update=%.2f stand_in_and_driver_cpu_ms_per_update=%.2f"
                            + " app_cpu_cores=%.2f%n",
                    appMsPerUpdate, harnessCpu / 1e6 / updates, appCpu.toNanos() / (double) elapsed.toNanos());
            // On PostgreSQL the database's work is in the server's processes, not in the app's.
            System.out.printf("bench.onboarding.db_server_cpu_ms_per_update=%.2f%n", dbCpu.toNanos() / 1e6 / updates);
            System.out.printf(
                    "bench.onboarding.app_alone_updates_per_second_on_%d_cores=%.0f%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / appMsPerUpdate);
            System.out.printf("bench.jdbc.raw_commits_per_second=%.0f%n", raw);
            System.out.printf("bench.onboarding.ratio_to_raw_commits=%.2f%n", updatesPerSecond / raw);
            System.out.printf("bench.rss_after_run_mb=%d%n", app.rssKilobytes() / 1024);
        }
    }

    /**
     * What a ward runs: the packaged jar, extracted, with a class-data-sharing archive from a
     * training run and the options of config/jvm.options — as the Dockerfile does. Without a
     * packaged jar (a benchmark run from an IDE) the app starts from the test class path.
     */
    private static List<String> launch(AppProcess app, Map<String, String> env, Path dir) throws Exception {
        Path options = Path.of(System.getProperty("bench.jvm.options", "config/jvm.options"));
        Path jar = Path.of(System.getProperty("bench.jar", "none"));
        if (Files.isRegularFile(jar) && !Boolean.getBoolean("bench.classpath")) {
            Map<String, String> training = new HashMap<>(env);
            // The training start runs on a database of its own, of the same engine.
            training.putAll(AppDatabase.forBenchmark(dir.resolve("training.db")).env());
            PackagedApp packaged = PackagedApp.prepare(PackagedApp.preferredJava(), jar, options, dir, training);
            app.withJava(packaged.java()).fromJar(packaged.jar());
            System.out.printf(
                    "bench.launch=packaged jar on Java %d with %s, options %s%n",
                    packaged.javaVersion(), packaged.javaVersion() >= 25 ? "AOT cache" : "CDS archive", options);
            return packaged.jvmOptions();
        }
        System.out.printf("bench.launch=test class path, %s%n", options);
        return List.of("@" + options.toAbsolutePath());
    }

    /**
     * The packaged jar started the ways a newcomer would, each on a fresh database, for the
     * figures beside the tuned start: a plain {@code java -jar} (no options at all), and
     * {@code bin/nghe-dan} — the same jar with {@code @config/jvm.options}, which is also what
     * {@code mvn spring-boot:run} now passes. On this JVM (the build's Java, 17 here).
     */
    private static void plainStarts(Map<String, String> env, Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "none"));
        if (!Files.isRegularFile(jar)) {
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path options = Path.of("config/jvm.options").toAbsolutePath();
        startFigure("plain_java_jar", java, List.of(), jar, env, dir);
        startFigure("launcher_bin_nghe_dan", java, List.of("@" + options), jar, env, dir);
    }

    private static void startFigure(
            String label, Path java, List<String> options, Path jar, Map<String, String> env, Path dir)
            throws Exception {
        Map<String, String> own = new HashMap<>(env);
        own.put("SPRING_DATASOURCE_URL", "jdbc:sqlite:" + dir.resolve(label + ".db"));
        try (AppProcess app =
                new AppProcess(own, dir.resolve(label + ".log")).withJava(java).fromJar(jar)) {
            Duration start = app.start(options);
            Thread.sleep(2000);
            System.out.printf(
                    "bench.start.%s: java %s %s-jar %s: start_seconds=%.2f rss_after_start_mb=%d%n",
                    label,
                    Runtime.version().feature(),
                    options.isEmpty() ? "" : String.join(" ", options) + " ",
                    jar.getFileName(),
                    start.toMillis() / 1000.0,
                    app.rssKilobytes() / 1024);
        }
    }

    /** CPU time of this JVM: the stand-in's server threads and the driver. */
    static long harnessCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** /start → consent → neighbourhood for {@code count} residents; answers the time it took. */
    private static Duration onboard(BotApiStandIn api, int base, int count, List<Long> latencies) throws Exception {
        Instant begin = Instant.now();
        // Step 1: /start → the data notice with its accept button.
        phase(
                api,
                base,
                count,
                r -> api.injectText(user(base, r), "/start"),
                m -> m.text().contains("13/2023"),
                latencies);
        // Step 2: accept → the neighbourhood buttons.
        phase(
                api,
                base,
                count,
                r -> press(api, user(base, r), "✅ Tôi đồng ý"),
                m -> m.text().contains("khóm nào"),
                latencies);
        // Step 3: Khóm 1 → the welcome.
        phase(
                api,
                base,
                count,
                r -> press(api, user(base, r), "Khóm 1"),
                m -> m.text().startsWith("Chào mừng"),
                latencies);
        return Duration.between(begin, Instant.now());
    }

    private interface Step {
        void run(int resident) throws Exception;
    }

    /** Sends one update per resident and waits until each got the reply that step leads to. */
    private static void phase(
            BotApiStandIn api, int base, int residents, Step step, Predicate<SentMessage> reply, List<Long> latencies)
            throws Exception {
        long[] sentAt = new long[residents];
        int[] seen = new int[residents];
        for (int r = 0; r < residents; r++) {
            seen[r] = api.messagesTo(user(base, r).id()).size();
            sentAt[r] = System.currentTimeMillis();
            step.run(r);
        }
        for (int r = 0; r < residents; r++) {
            long chat = user(base, r).id();
            int before = seen[r];
            SentMessage m = api.awaitMessage(
                    chat,
                    msg -> msg.messageId() > 0
                            && api.messagesTo(chat).indexOf(msg) >= before
                            && msg.text() != null
                            && reply.test(msg),
                    Duration.ofSeconds(120));
            latencies.add(m.sentAt().toEpochMilli() - sentAt[r]);
        }
    }

    private static void press(BotApiStandIn api, TelegramUser user, String label) {
        long chat = user.id();
        List<SentMessage> messages = api.messagesTo(chat);
        for (int i = messages.size() - 1; i >= 0; i--) {
            SentMessage m = messages.get(i);
            for (SentMessage.Button b : m.allButtons()) {
                if (b.label().equals(label)) {
                    api.injectCallback(user, m.messageId(), b.data());
                    return;
                }
            }
        }
        throw new AssertionError("No button " + label + " for " + user.id());
    }

    static TelegramUser user(int base, int r) {
        return TelegramUser.of(base + r, "Cư dân " + r);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** One-row INSERT commits with the app's connection settings (WAL, synchronous=FULL), for 3 s. */
    static double rawCommitsPerSecond(Path file) throws Exception {
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("synchronous", "FULL");
        p.setProperty("busy_timeout", "5000");
        p.setProperty("foreign_keys", "true");
        p.setProperty("transaction_mode", "IMMEDIATE");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, p)) {
            c.createStatement().execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                long end = System.nanoTime() + 3_000_000_000L;
                long n = 0;
                long begin = System.nanoTime();
                while (System.nanoTime() < end) {
                    insert.setString(1, "row " + n);
                    insert.executeUpdate();
                    n++;
                }
                return n / ((System.nanoTime() - begin) / 1e9);
            }
        }
    }
}
