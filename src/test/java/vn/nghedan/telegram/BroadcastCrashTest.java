package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nghedan.sandbox.BotApiStandIn;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.StandInServer;
import vn.nghedan.sandbox.TelegramUser;
import vn.nghedan.support.AppProcess;

/**
 * A session announcement goes out to 120 residents at a slow pace; the process is killed with
 * SIGKILL in the middle of the broadcast and started again. Every resident gets the
 * announcement, and nobody gets it twice except for the sends in flight at the kill.
 */
class BroadcastCrashTest {

    static final int RESIDENTS = 120;
    static final String TITLE = "Đối thoại với Nhân dân khóm 1 quý IV";

    @TempDir
    Path dir;

    @Test
    void aBroadcastKilledMidwayResumesWithoutLossOrRepeats() throws Exception {
        BotApiStandIn api = new BotApiStandIn().maxPollHold(Duration.ofSeconds(2));
        Path db = dir.resolve("broadcast.db");
        List<String> jvm = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
        try (StandInServer server = StandInServer.start(api, CrashRecoveryTest.TOKEN, 0)) {
            Map<String, String> env = new HashMap<>(CrashRecoveryTest.env(server, db));
            try (AppProcess fast = new AppProcess(env, Path.of("target", "broadcast-test-app.log"))) {
                fast.start(jvm);
                onboardEveryone(api);
            }
            env.put("NGHEDAN_SEND_RATE", "20");
            try (AppProcess slow = new AppProcess(env, Path.of("target", "broadcast-test-app.log"))) {
                slow.start(jvm);
                String startsAt = OffsetDateTime.now(ZoneOffset.ofHours(7))
                        .plusDays(10)
                        .withNano(0)
                        .toString();
                HttpResponse<String> created = post(
                        slow.port(),
                        "/api/sessions",
                        "{\"title\":\"" + TITLE + "\",\"startsAt\":\"" + startsAt
                                + "\",\"venue\":\"Nhà văn hóa khóm 1\",\"neighbourhoods\":[\"K1\"]}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                awaitAnnouncements(api, RESIDENTS / 3, Duration.ofSeconds(60));
                slow.kill();
            }
            int atKill = announcements(api);
            assertThat(atKill).as("announcements sent before the kill").isLessThan(RESIDENTS);

            env.put("NGHEDAN_SEND_RATE", "200");
            try (AppProcess again = new AppProcess(env, Path.of("target", "broadcast-test-app.log"))) {
                again.start(jvm);
                awaitAnnouncements(api, RESIDENTS, Duration.ofSeconds(90));
                Thread.sleep(1500);
            }
            int duplicates = 0;
            for (int r = 0; r < RESIDENTS; r++) {
                long got = api.messagesTo(resident(r).id()).stream()
                        .filter(BroadcastCrashTest::isAnnouncement)
                        .count();
                assertThat(got).as("announcements to resident %d", r).isBetween(1L, 2L);
                duplicates += (int) (got - 1);
            }
            System.out.printf(
                    "broadcast-crash-test: %d residents, killed after %d announcements, duplicates: %d%n",
                    RESIDENTS, atKill, duplicates);
            assertThat(duplicates).isLessThanOrEqualTo(CrashRecoveryTest.SEND_WORKERS);
            assertThat(api.violationsOfRetryAfter()).isEmpty();
        }
    }

    private static void onboardEveryone(BotApiStandIn api) {
        for (int r = 0; r < RESIDENTS; r++) {
            api.injectText(resident(r), "/start");
        }
        pressForAll(api, "✅ Tôi đồng ý");
        pressForAll(api, "Khóm 1");
        for (int r = 0; r < RESIDENTS; r++) {
            api.awaitMessage(
                    resident(r).id(),
                    m -> m.text() != null && m.text().startsWith("Chào mừng"),
                    Duration.ofSeconds(60));
        }
    }

    private static void pressForAll(BotApiStandIn api, String label) {
        for (int r = 0; r < RESIDENTS; r++) {
            SentMessage m = api.awaitMessage(
                    resident(r).id(),
                    msg -> msg.allButtons().stream().anyMatch(b -> b.label().equals(label)),
                    Duration.ofSeconds(60));
            api.injectCallback(resident(r), m.messageId(), m.button(label).data());
        }
    }

    static boolean isAnnouncement(SentMessage m) {
        return m.text() != null && m.text().contains("Thông báo: " + TITLE);
    }

    static int announcements(BotApiStandIn api) {
        return (int) api.allMessages().stream()
                .filter(BroadcastCrashTest::isAnnouncement)
                .count();
    }

    static void awaitAnnouncements(BotApiStandIn api, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (announcements(api) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Only " + announcements(api) + " of " + count + " announcements");
            }
            Thread.sleep(20);
        }
    }

    static TelegramUser resident(int r) {
        return TelegramUser.of(50_000 + r, "Cư dân " + r);
    }

    static HttpResponse<String> post(int port, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:crash-test-password".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
