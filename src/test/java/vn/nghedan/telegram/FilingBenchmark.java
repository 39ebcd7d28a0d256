package vn.nghedan.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.support.AppDatabase;
import vn.nghedan.support.AppProcess;
import vn.nghedan.support.FilingCrowd;
import vn.nghedan.support.TestPostgres;

/**
 * Filing throughput through the whole bot path: the app as its own process, the real TelegramBots
 * client, the stand-in over HTTP, SQLite with synchronous=FULL. {@code N} onboarded residents file
 * one submission each, all at once, by the quickest path ({@code /new <text>} → kind → topic →
 * [similar: file anyway] → no files → public → confirm), each pressing on the moment the bot's
 * reply arrives. Prints submissions/s, the latency from pressing confirm to the "#number" reply
 * (and from {@code /new} to it), and the raw one-row commit rate of plain JDBC on the same disk.
 *
 * <p>Run: {@code mvn -B -Pbenchmark verify -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=FilingBenchmark} (optional {@code -Dbench.filings=1000 -Dbench.warmup=500}; {@code -Dbench.same_text=true}
 * for a crowd reporting one matter in the same words; {@code
 * -Dbench.db=postgres} runs the app on the tests' embedded PostgreSQL; {@code
 * -Dbench.jvm=-XX:StartFlightRecording=filename=/tmp/filing.jfr} profiles the app).
 */
class FilingBenchmark {

    @Test
    void filingThroughput() throws Exception {
        int filings = Integer.getInteger("bench.filings", 1000);
        int warmup = Integer.getInteger("bench.warmup", 500);
        Path dir = Files.createTempDirectory("nghedan-filing-bench");
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(1));
        try (StandInServer server = StandInServer.start(api, CrashRecoveryTest.TOKEN, 0)) {
            AppDatabase db = AppDatabase.forBenchmark(dir.resolve("bench.db"));
            System.out.printf("bench.db=%s%n", db.engine());
            Map<String, String> env = new HashMap<>(CrashRecoveryTest.env(server, db));
            env.put("NGHEDAN_SEND_RATE", "100000");
            try (AppProcess app = new AppProcess(env, dir.resolve("app.log"))) {
                app.start(jvmOptions());
                // A server runs for months: measure it warm. The warm-up files the same way, so
                // every path of the measured run has been compiled, and leaves submissions behind
                // for the similar-matter lookups to find.
                // -Dbench.same_text=true: everyone reports the same flooded street in Khóm 1, so
                // every lookup of similar matters finds hundreds of near-identical ones.
                boolean same = Boolean.getBoolean("bench.same_text");
                System.out.printf("bench.filing.same_text=%s%n", same);
                FilingCrowd warm =
                        same ? FilingCrowd.sameMatter(api, 300_000, warmup) : FilingCrowd.of(api, 300_000, warmup);
                warm.onboard(Duration.ofMinutes(5));
                warm.fileAll(Duration.ofMinutes(5));

                FilingCrowd crowd =
                        same ? FilingCrowd.sameMatter(api, 400_000, filings) : FilingCrowd.of(api, 400_000, filings);
                crowd.onboard(Duration.ofMinutes(5));
                System.out.printf("bench.measuring app_pid=%d%n", app.pid());
                int updatesBefore = crowd.updates();
                Duration appCpuBefore = app.cpuTime();
                Map<String, long[]> threadsBefore = app.threadTicks();
                Duration dbCpuBefore = TestPostgres.serverCpuTime();
                long harnessCpuBefore = ConversationBenchmark.harnessCpuNanos();
                long begin = System.nanoTime();
                crowd.fileAll(Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - begin) / 1e9;
                int updates = crowd.updates() - updatesBefore;
                double appCpuMs = app.cpuTime().minus(appCpuBefore).toNanos() / 1e6;
                AppProcess.printThreadCpu("bench.filing", threadsBefore, app.threadTicks(), filings);
                double dbCpuMs = TestPostgres.serverCpuTime().minus(dbCpuBefore).toNanos() / 1e6;
                double harnessCpuMs = (ConversationBenchmark.harnessCpuNanos() - harnessCpuBefore) / 1e6;

                double perSecond = filings / seconds;
                double raw = ConversationBenchmark.rawCommitsPerSecond(dir.resolve("raw.db"));
                List<Long> confirm = sorted(crowd, FilingCrowd.Member::confirmLatencyMillis);
                List<Long> flow = sorted(crowd, FilingCrowd.Member::filingLatencyMillis);
                System.out.printf("bench.filing.submissions=%d seconds=%.2f updates=%d%n", filings, seconds, updates);
                System.out.printf("bench.filing.submissions_per_second=%.0f%n", perSecond);
                System.out.printf("bench.filing.updates_per_second=%.0f%n", updates / seconds);
                System.out.printf(
                        "bench.filing.latency_p50_ms=%d p99_ms=%d (confirm pressed → #number received)%n",
                        ConversationBenchmark.percentile(confirm, 50), ConversationBenchmark.percentile(confirm, 99));
                System.out.printf(
                        "bench.filing.flow_latency_p50_ms=%d p99_ms=%d (/new sent → #number received)%n",
                        ConversationBenchmark.percentile(flow, 50), ConversationBenchmark.percentile(flow, 99));
                // What the app and the stand-in with this driver each used of the shared cores.
                System.out.printf(
                        "bench.filing.app_cpu_ms_per_submission=%.1f per_update=%.2f"
                                + " stand_in_and_driver_cpu_ms_per_update=%.2f app_cpu_cores=%.2f%n",
                        appCpuMs / filings, appCpuMs / updates, harnessCpuMs / updates, appCpuMs / 1000 / seconds);
                // On PostgreSQL the database's work is in the server's processes, not in the app's.
                System.out.printf(
                        "bench.filing.db_server_cpu_ms_per_submission=%.1f per_update=%.2f%n",
                        dbCpuMs / filings, dbCpuMs / updates);
                System.out.printf("bench.jdbc.raw_commits_per_second=%.0f%n", raw);
                System.out.printf("bench.filing.ratio_to_raw_commits=%.3f%n", perSecond / raw);
                System.out.printf("bench.rss_after_run_mb=%d%n", app.rssKilobytes() / 1024);
            }
        }
    }

    private static List<Long> sorted(FilingCrowd crowd, ToLongFunction<FilingCrowd.Member> latency) {
        List<Long> values = new ArrayList<>();
        crowd.members().forEach(m -> values.add(latency.applyAsLong(m)));
        values.sort(null);
        return values;
    }

    /** The app's JVM: as ConversationBenchmark runs it, plus -Dbench.jvm (e.g. a flight recording). */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        String base = System.getProperty(
                "bench.jvm.base", "-Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto");
        for (String option :
                (base + " " + System.getProperty("bench.jvm", "")).trim().split("\\s+")) {
            options.add(option);
        }
        return options;
    }
}
