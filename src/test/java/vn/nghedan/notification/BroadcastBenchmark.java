package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.platform.DbTime;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.resident.Residents;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionKind;
import vn.nghedan.session.Sessions;

/**
 * One announcement to 10,000 residents, sent by the relay through the real Telegram transport
 * (TelegramBots' OkHttp client) into the Bot API stand-in on loopback, with the stand-in's flood
 * limits on. Not part of the normal build:
 *
 * <pre>mvn -B -Pbenchmark verify -Dtest=BroadcastBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>It needs a context of its own (a bot token pointing at the stand-in, the real transport
 * instead of the recording one). The context's relay is stopped; each phase runs a relay of its
 * own with the ceiling it measures:
 *
 * <ol>
 *   <li>at the configured ceiling, 25/s, for 20 s (the first ≈ 450 of the 10,000 residents):
 *       achieved rate, most messages in any 1-second window (as the relay started them and as
 *       the stand-in received them), 429s;
 *   <li>the remaining announcements at a ceiling of 1,000/s with the stand-in's limits off: the
 *       sender's own maximum rate;
 *   <li>a short-notice session with a map pin for 200 more residents (announcement, reminder
 *       collapsed into now and venue: three messages each) at 25/s: per-chat spacing.
 * </ol>
 */
@SpringBootTest
// -Dtest overrides the pom's exclude of *Benchmark*: a module's -Dtest='vn.nghedan.notification.**'
// would run it too. Surefire hands -Dtest to the test JVM, so it runs only when named.
@EnabledIfSystemProperty(named = "test", matches = ".*BroadcastBenchmark.*")
class BroadcastBenchmark {

    private static final String TOKEN = "123456:benchmark";
    private static final int RESIDENTS = 10_000;
    private static final int SECOND_NEIGHBOURHOOD = 200;
    private static final Duration MEASURED = Duration.ofSeconds(20);
    private static final BotApiStandIn STAND_IN = new BotApiStandIn();
    private static final StandInServer SERVER = StandInServer.start(STAND_IN, TOKEN, 0);
    private static final Path DATABASE = temporaryDatabase("nghedan-broadcast-benchmark");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        botOnStandIn(registry, DATABASE, SERVER, TOKEN);
    }

    /**
     * A context of a benchmark's own: its bot talks to the stand-in, on a database of its own, with
     * no quiet hours (measured whatever the hour) and no hourly check.
     */
    static void botOnStandIn(DynamicPropertyRegistry registry, Path database, StandInServer server, String token) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + database);
        registry.add("nghedan.telegram.token", () -> token);
        registry.add("nghedan.telegram.api-url", server::baseUrl);
        registry.add("nghedan.quiet-hours", () -> "");
        registry.add("nghedan.reminders.check-cron", () -> "-");
    }

    @Autowired
    OutboxRelay contextRelay;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Outbox outbox;

    @Autowired
    Transports transport;

    @Autowired
    ChatAddresses addresses;

    @Autowired
    Residents residents;

    @Autowired
    OutboxSignal signal;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Sessions sessions;

    @Autowired
    ReminderPlanner planner;

    @AfterAll
    static void stopStandIn() {
        SERVER.close();
    }

    @Test
    void broadcastsWithinTheCeiling() throws InterruptedException {
        contextRelay.stop();
        addResidents("K1", 1_000_000, RESIDENTS);
        addResidents("K2", 2_000_000, SECOND_NEIGHBOURHOOD);
        STAND_IN.reset();
        STAND_IN.rateLimits(true);
        System.out.printf(
                "%nBroadcast benchmark: %d residents, relay -> TelegramTransport (OkHttp) -> Bot API stand-in on"
                        + " loopback; %d cores, load average %.1f%n",
                RESIDENTS,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());

        // The session's transaction holds the database's only write lock while it plans: every
        // resident's reply waits this long.
        long planning = System.nanoTime();
        sessions.plan(session("K1", clock.instant().plus(Duration.ofDays(10)), null, null));
        System.out.printf(
                "planning %,d residents: %d ms (%d announcements + %d future reminders, in the session's"
                        + " transaction)%n",
                RESIDENTS,
                Duration.ofNanos(System.nanoTime() - planning).toMillis(),
                count("announce"),
                count("remind:%"));

        // The hourly check plans the same session again (for residents who joined since): it must
        // not hold the write lock for the residents planned already.
        long replanning = System.nanoTime();
        long before = count("announce");
        planner.planDue();
        System.out.printf(
                "the hourly check with all %,d planned already: %d ms, %d new announcements%n",
                RESIDENTS, Duration.ofNanos(System.nanoTime() - replanning).toMillis(), count("announce") - before);

        Phase atCeiling = run(25, MEASURED, false);
        print("1. ceiling 25/s, " + MEASURED.toSeconds() + " s window", atCeiling);
        // The ceiling holds wherever the sends are counted: as the relay starts them, and as they
        // arrive after the HTTP path's delays (SendWindow). No 429 from the stand-in's limits.
        assertThat(atCeiling.sender().maxInAnySecond()).isLessThanOrEqualTo(25);
        assertThat(atCeiling.standIn().maxInAnySecond()).isLessThanOrEqualTo(25);
        assertThat(atCeiling.rejected429()).isZero();

        STAND_IN.rateLimits(false);
        Phase unbounded = run(1_000, Duration.ofMinutes(10), true);
        print("2. ceiling 1000/s, rest of the 10,000 (stand-in limits off)", unbounded);
        System.out.printf(
                "   the sender's own maximum: %.1f/s over the phase, %d in the busiest second (%d workers)%n",
                unbounded.sender().perSecond(),
                unbounded.sender().maxInAnySecond(),
                new SendingProperties(null, null, null, null).sendWorkers());
        assertThat(pendingDue()).isZero();
        assertThat(unbounded.sender().maxInAnySecond()).isLessThanOrEqualTo(1_000);

        STAND_IN.rateLimits(true);
        sessions.plan(session("K2", clock.instant().plus(Duration.ofDays(3)), 10.29, 105.76));
        Phase threeEach = run(25, Duration.ofMinutes(5), true);
        print("3. ceiling 25/s, 200 residents x 3 messages (announcement, reminder, venue)", threeEach);
        assertThat(threeEach.standIn().sent()).isEqualTo(3 * SECOND_NEIGHBOURHOOD);
        assertThat(threeEach.sender().maxInAnySecond()).isLessThanOrEqualTo(25);
        assertThat(threeEach.standIn().maxInAnySecond()).isLessThanOrEqualTo(25);
        assertThat(threeEach.standIn().perChatUnderOneSecond()).isZero();
        assertThat(threeEach.rejected429()).isZero();
        assertThat(STAND_IN.violationsOfRetryAfter()).isEmpty();
    }

    /** Sends seen from one side (the relay's request starts, or the stand-in's arrivals). */
    record Timing(
            int sent,
            double seconds,
            int maxInAnySecond,
            long perChatUnderOneSecond,
            Duration smallestChatGap,
            int ceiling,
            double secondsPerCeiling) {

        static Timing of(List<Event> events, int ceiling) {
            List<Event> sorted =
                    events.stream().sorted(Comparator.comparing(Event::at)).toList();
            double seconds = sorted.size() < 2
                    ? 0
                    : Duration.between(
                                            sorted.get(0).at(),
                                            sorted.get(sorted.size() - 1).at())
                                    .toNanos()
                            / 1e9;
            int most = 0;
            int first = 0;
            for (int last = 0; last < sorted.size(); last++) {
                while (!sorted.get(first)
                        .at()
                        .plusSeconds(1)
                        .isAfter(sorted.get(last).at())) {
                    first++;
                }
                most = Math.max(most, last - first + 1);
            }
            long underOneSecond = 0;
            Duration smallest = null;
            Map<Long, List<Instant>> perChat = sorted.stream()
                    .collect(Collectors.groupingBy(Event::chatId, Collectors.mapping(Event::at, Collectors.toList())));
            for (List<Instant> chat : perChat.values()) {
                for (int i = 1; i < chat.size(); i++) {
                    Duration gap = Duration.between(chat.get(i - 1), chat.get(i));
                    smallest = smallest == null || gap.compareTo(smallest) < 0 ? gap : smallest;
                    underOneSecond += gap.compareTo(Duration.ofSeconds(1)) < 0 ? 1 : 0;
                }
            }
            // A broadcast opens with a burst of `ceiling` sends, which flatters the rate over a short
            // phase; the time from each send to the ceiling-th after it is the steady pace.
            double spans = 0;
            for (int i = 0; i + ceiling < sorted.size(); i++) {
                spans += Duration.between(
                                        sorted.get(i).at(),
                                        sorted.get(i + ceiling).at())
                                .toNanos()
                        / 1e9;
            }
            double perCeiling = sorted.size() > ceiling ? spans / (sorted.size() - ceiling) : 0;
            return new Timing(sorted.size(), seconds, most, underOneSecond, smallest, ceiling, perCeiling);
        }

        double perSecond() {
            return seconds == 0 ? 0 : (sent - 1) / seconds;
        }

        /** The pace once the opening burst is over: sends per second in the long run. */
        double steadyPerSecond() {
            return secondsPerCeiling == 0 ? perSecond() : ceiling / secondsPerCeiling;
        }

        @Override
        public String toString() {
            return String.format(
                    "%d sent in %.1f s = %.1f/s; most in any 1 s window: %d; per-chat gaps under 1 s: %d"
                            + " (smallest %s)",
                    sent,
                    seconds,
                    perSecond(),
                    maxInAnySecond,
                    perChatUnderOneSecond,
                    smallestChatGap == null ? "-, one message a chat" : smallestChatGap.toMillis() + " ms");
        }
    }

    record Event(long chatId, Instant at) {}

    /** One relay's run: the sends as the relay started them and as the stand-in received them. */
    record Phase(int ceiling, Timing sender, Timing standIn, long rejected429) {}

    private Phase run(int ceiling, Duration atMost, boolean untilDone) throws InterruptedException {
        long rejectedBefore = STAND_IN.rejectedCount(429);
        List<Event> started = Collections.synchronizedList(new ArrayList<>());
        MessageTransport timed = new MessageTransport() {
            @Override
            public Messenger messenger() {
                return Messenger.TELEGRAM;
            }

            @Override
            public SendResult send(long chatId, Outgoing message) {
                started.add(new Event(chatId, Instant.now()));
                return transport.send(chatId, message);
            }
        };
        Instant from = Instant.now();
        OutboxRelay relay = new OutboxRelay(
                jdbc,
                outbox,
                new Transports(addresses, List.of(timed)),
                residents,
                signal,
                new SendingProperties(ceiling, "", null, null),
                clock,
                transactions,
                meters);
        relay.start();
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && !(untilDone && pendingDue() == 0)) {
            Thread.sleep(200);
        }
        relay.stop();
        Instant to = Instant.now();
        List<Event> arrived = new ArrayList<>();
        for (String method : List.of("sendMessage", "sendVenue")) {
            STAND_IN.calls(method).stream()
                    .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to))
                    .forEach(c -> arrived.add(new Event(c.chatId(), c.at())));
        }
        return new Phase(
                ceiling,
                Timing.of(List.copyOf(started), ceiling),
                Timing.of(arrived, ceiling),
                STAND_IN.rejectedCount(429) - rejectedBefore);
    }

    private static void print(String title, Phase p) {
        System.out.printf(
                "%s (ceiling %d/s):%n   relay's requests:     %s%n   stand-in's arrivals:  %s%n   429 answers: %d%n"
                        + "   achieved: %.1f/s = %.1f %% of the ceiling over the phase, %.1f/s = %.1f %% steady (each"
                        + " send to the %d-th after it: %.0f ms on average); most in any 1 s window: %d (ceiling %d)%n",
                title,
                p.ceiling(),
                p.sender(),
                p.standIn(),
                p.rejected429(),
                p.standIn().perSecond(),
                100 * p.standIn().perSecond() / p.ceiling(),
                p.standIn().steadyPerSecond(),
                100 * p.standIn().steadyPerSecond() / p.ceiling(),
                p.ceiling(),
                1000 * p.standIn().secondsPerCeiling(),
                Math.max(p.sender().maxInAnySecond(), p.standIn().maxInAnySecond()),
                p.ceiling());
    }

    private void addResidents(String neighbourhood, long firstId, int count) {
        addResidents(transactions, jdbcTemplate, clock, neighbourhood, firstId, count);
    }

    /** Residents who accepted the notice and broadcasts, with chat id = user id, in one batch. */
    static void addResidents(
            TransactionTemplate transactions,
            JdbcTemplate jdbcTemplate,
            Clock clock,
            String neighbourhood,
            long firstId,
            int count) {
        DbTime.Param now = DbTime.of(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (long id = firstId; id < firstId + count; id++) {
            rows.add(new Object[] {id, id, "Cư dân " + id, neighbourhood, now, now});
        }
        transactions.executeWithoutResult(tx -> jdbcTemplate.batchUpdate(
                "INSERT INTO resident (telegram_user_id, chat_id, display_name, language, neighbourhood_code,"
                        + " consented_at, reminders_enabled, created_at) VALUES (?, ?, ?, 'vi', ?, ?, TRUE, ?)",
                rows));
    }

    private static SessionDetails session(String neighbourhood, Instant startsAt, Double latitude, Double longitude) {
        return new SessionDetails(
                "Đối thoại với Nhân dân " + neighbourhood,
                SessionKind.DIALOGUE,
                startsAt,
                "Hội trường khóm",
                latitude,
                longitude,
                List.of(neighbourhood),
                null,
                null);
    }

    private long count(String keyEnd) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedup_key LIKE ?")
                .param("%:" + keyEnd)
                .query(Long.class)
                .single();
    }

    private long pendingDue() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'PENDING' AND not_before <= ?")
                .param(DbTime.of(clock.instant()))
                .query(Long.class)
                .single();
    }

    static Path temporaryDatabase(String folderPrefix) {
        try {
            Path folder = Files.createTempDirectory(folderPrefix);
            folder.toFile().deleteOnExit();
            return folder.resolve("benchmark.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
