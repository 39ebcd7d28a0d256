package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.notification.MessageTransport.SendResult;
import vn.nghedan.notification.RecordingTransport.Request;
import vn.nghedan.resident.Resident;

/** The sender, through the recording transport: pacing, Telegram's error answers, order, quiet hours. */
class OutboxRelayTest extends NotificationContextTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SendingProperties sendingProperties;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void startSending() {
        clock.runFrom(ward("2026-12-01T10:00"));
        relay.start();
    }

    private void replies(long chatId, String... texts) {
        transactions.executeWithoutResult(tx -> {
            for (String text : texts) {
                outbox.reply(chatId, new Outgoing.Text(text));
            }
        });
    }

    private Row row(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static List<String> texts(List<Request> requests) {
        return requests.stream().map(Request::text).toList();
    }

    /** The first request that carries {@code text} is answered 429, retry after {@code seconds}. */
    private void tooManyRequestsOnce(String text, int seconds) {
        AtomicBoolean limited = new AtomicBoolean();
        transport.answer((chat, message) ->
                message instanceof Outgoing.Text t && t.text().equals(text) && limited.compareAndSet(false, true)
                        ? new SendResult.RetryAfter(seconds)
                        : transport.sent(chat, message));
    }

    /** Moves the clock and wakes the relay, as the next tick of a real clock would. */
    private void moveTo(Instant at) {
        clock.runFrom(at);
        signal.wake();
    }

    @Test
    void aReminderDueAtTenAtNightGoesOutAtHalfPastSixInTheMorning() {
        Resident r = resident("K1");
        // Starts at 22:00, so its 7-day reminder falls at 22:00 on 4 December, inside quiet hours.
        session(ward("2026-12-11T22:00"), null, null, "K1");
        await().atMost(PATIENCE).until(() -> transport.requestsTo(r.getChatId()).size() == 1);
        Row reminder = rowsTo(r).stream()
                .filter(row -> row.key().endsWith(":remind:7d"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.notBefore()).isEqualTo(ward("2026-12-04T22:00"));

        moveTo(ward("2026-12-04T22:00"));
        await().atMost(PATIENCE).until(() -> row(reminder.id()).notBefore().equals(ward("2026-12-05T06:30")));
        assertThat(row(reminder.id()).status()).isEqualTo("PENDING");
        assertThat(transport.requestsTo(r.getChatId())).hasSize(1);

        moveTo(ward("2026-12-05T06:30"));
        await().atMost(PATIENCE).until(() -> row(reminder.id()).status().equals("SENT"));
        assertThat(row(reminder.id()).sentAt()).isBetween(ward("2026-12-05T06:30"), ward("2026-12-05T06:31"));
        assertThat(transport.requestsTo(r.getChatId()).get(1).text()).startsWith("Nhắc lịch: Đối thoại quý IV");
    }

    @Test
    void a429PausesAllSendingForRetryAfterAndTheSameMessageGoesFirst() {
        tooManyRequestsOnce("a1", 2);
        replies(501, "a1");
        replies(502, "b1");
        replies(501, "a2");
        replies(503, "c1");

        await().atMost(PATIENCE).until(() -> transport.requests().size() == 5);

        List<Request> requests = transport.requests();
        Request tooMany = requests.stream()
                .filter(r -> r.result() instanceof SendResult.RetryAfter)
                .findFirst()
                .orElseThrow();
        assertThat(requests)
                .filteredOn(r -> r.startNanos() > tooMany.endNanos())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.startNanos() - tooMany.endNanos())
                        .as("nanoseconds after the 429")
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
        assertThat(texts(transport.requestsTo(501))).containsExactly("a1", "a1", "a2");
        assertThat(rows()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("SENT");
            assertThat(r.attempts()).as("a 429 is not a failed attempt").isEqualTo(1);
        });
    }

    @Test
    void a429sPauseStillHoldsAfterARestart() {
        tooManyRequestsOnce("p1", 3);
        replies(521, "p1", "p2");
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM send_pause")
                                .query(Long.class)
                                .single()
                        == 1);

        // The process goes down within the pause; a new one knows only what the database kept.
        relay.stop();
        OutboxRelay restarted = new OutboxRelay(
                jdbc, outbox, transports, residents, signal, sendingProperties, clock, transactions, meters);
        restarted.start();
        try {
            assertThat(restarted.isPaused()).isTrue();
            replies(522, "q1");
            await().atMost(PATIENCE).until(() -> transport.requests().size() == 4);
        } finally {
            restarted.stop();
        }

        List<Request> requests = transport.requests();
        Request tooMany = requests.get(0);
        assertThat(tooMany.result()).isInstanceOf(SendResult.RetryAfter.class);
        assertThat(requests.subList(1, 4))
                .allSatisfy(r -> assertThat(r.startNanos() - tooMany.endNanos())
                        .as("nanoseconds after the 429")
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos()));
        assertThat(texts(transport.requestsTo(521))).containsExactly("p1", "p1", "p2");
        assertThat(texts(transport.requestsTo(522))).containsExactly("q1");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoffThenTheMessageFails() {
        List<Instant> attemptsAt = Collections.synchronizedList(new ArrayList<>());
        transport.answer((chat, message) -> {
            attemptsAt.add(clock.instant());
            return new SendResult.Failed("502 Bad Gateway");
        });
        replies(601, "hello");
        long id = rows().get(0).id();

        for (int attempt = 1; attempt < 8; attempt++) {
            int made = attempt;
            await().atMost(PATIENCE).until(() -> row(id).attempts() == made);
            Row waiting = row(id);
            assertThat(waiting.status()).isEqualTo("PENDING");
            Duration backoff = Duration.between(attemptsAt.get(attempt - 1), waiting.notBefore());
            long base = 1000L << (attempt - 1);
            assertThat(backoff.toMillis())
                    .as("backoff after attempt %d", attempt)
                    .isBetween(base * 3 / 4, base * 5 / 4 + 50);
            moveTo(waiting.notBefore());
        }
        await().atMost(PATIENCE).until(() -> row(id).status().equals("FAILED"));
        assertThat(row(id).attempts()).isEqualTo(8);
        assertThat(transport.requests()).hasSize(8);
        for (int i = 1; i < attemptsAt.size(); i++) {
            assertThat(attemptsAt.get(i)).isAfter(attemptsAt.get(i - 1).plusMillis(700));
        }
    }

    @Test
    void a403MarksTheResidentUnreachableAndDropsWhatWaitsForThem() {
        Resident blocked = resident("K1");
        Resident listening = resident("K1");
        transport.answer((chat, message) -> chat.equals(blocked.getChatId())
                ? new SendResult.Unreachable("Forbidden: bot was blocked by the user")
                : transport.sent(chat, message));

        session(ward("2026-12-10T08:00"), null, null, "K1");

        await().atMost(PATIENCE)
                .until(() -> residents.byId(blocked.getId()).orElseThrow().getUnreachableAt() != null);
        await().atMost(PATIENCE).until(() -> rowsTo(listening).get(0).status().equals("SENT"));
        assertThat(rowsTo(blocked)).hasSize(4).allMatch(r -> r.status().equals("DROPPED"));
        assertThat(transport.requestsTo(blocked.getChatId())).hasSize(1);
        assertThat(rowsTo(listening)).extracting(Row::status).containsExactly("SENT", "PENDING", "PENDING", "PENDING");
    }

    @Test
    void aTextLongerThanTelegramAllowsGoesInPartsCutAtLineBreaks() {
        String text = IntStream.rangeClosed(1, 160)
                .mapToObj(i -> "Dòng " + i + ": bà con khóm 1 phản ánh đường hẻm ngập nước khi mưa lớn.")
                .collect(Collectors.joining("\n"));
        List<List<Outgoing.Button>> buttons = List.of(List.of(new Outgoing.Button("Xem", "tk1")));
        transactions.executeWithoutResult(tx -> outbox.reply(701, new Outgoing.Text(text, buttons)));

        await().atMost(PATIENCE).until(() -> rows().get(0).status().equals("SENT"));
        List<Outgoing.Text> parts = transport.requestsTo(701).stream()
                .map(r -> (Outgoing.Text) r.message())
                .toList();
        assertThat(text.length()).isGreaterThan(2 * TextSplitter.TELEGRAM_LIMIT);
        assertThat(parts)
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(TextSplitter.TELEGRAM_LIMIT));
        assertThat(parts.stream().map(Outgoing.Text::text).collect(Collectors.joining("\n")))
                .isEqualTo(text);
        assertThat(parts).extracting(Outgoing.Text::buttons).containsExactly(List.of(), List.of(), buttons);
    }

    @Test
    void eachChatGetsItsMessagesInOrderEvenWhenOneNeedsARetry() {
        AtomicBoolean failed = new AtomicBoolean();
        transport.answer((chat, message) ->
                message instanceof Outgoing.Text t && t.text().equals("x2") && failed.compareAndSet(false, true)
                        ? new SendResult.Failed("500 Internal Server Error")
                        : transport.sent(chat, message));
        transactions.executeWithoutResult(tx -> {
            for (int i = 1; i <= 6; i++) {
                outbox.reply(801, new Outgoing.Text("x" + i));
                outbox.reply(802, new Outgoing.Text("y" + i));
            }
        });

        await().atMost(PATIENCE).until(() -> texts(transport.requestsTo(802)).size() == 6);
        await().atMost(PATIENCE)
                .until(() -> rows().stream()
                        .anyMatch(r -> r.attempts() == 1 && r.status().equals("PENDING")));
        assertThat(texts(transport.requestsTo(801))).containsExactly("x1", "x2");

        moveTo(clock.instant().plusSeconds(2));
        await().atMost(PATIENCE).until(() -> transport.requestsTo(801).size() == 7);
        assertThat(texts(transport.requestsTo(801))).containsExactly("x1", "x2", "x2", "x3", "x4", "x5", "x6");
        assertThat(texts(transport.requestsTo(802))).containsExactly("y1", "y2", "y3", "y4", "y5", "y6");
    }

    @Test
    void plannedMessagesToOneChatAreAtLeastASecondApart() {
        transactions.executeWithoutResult(tx -> {
            for (int i = 1; i <= 3; i++) {
                // Two notices of the resident's own matter, then an announcement: all planned, all spaced.
                Lane lane = i < 3 ? Lane.OWN_MATTER : Lane.BROADCAST;
                outbox.plan(901, new Outgoing.Text("tin " + i), clock.instant(), "test:spacing:" + i, lane);
            }
        });

        await().atMost(PATIENCE).until(() -> transport.requestsTo(901).size() == 3);
        List<Request> sent = transport.requestsTo(901);
        assertThat(texts(sent)).containsExactly("tin 1", "tin 2", "tin 3");
        for (int i = 1; i < sent.size(); i++) {
            assertThat(sent.get(i).startNanos() - sent.get(i - 1).endNanos())
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos() - 1_000_000);
        }
    }

    private void broadcast(int chats, long firstChat, String key) {
        transactions.executeWithoutResult(tx -> {
            for (long chat = firstChat; chat < firstChat + chats; chat++) {
                outbox.plan(chat, new Outgoing.Text(key), clock.instant(), key + ":" + chat, Lane.BROADCAST);
            }
        });
    }

    private static long sentBefore(List<Request> requests, Request request, String text) {
        return requests.stream()
                .filter(r -> r.endNanos() <= request.startNanos() && text.equals(r.text()))
                .count();
    }

    @Test
    void aReplyAndANoticeGoBeforeABroadcastQueuedEarlierWhichStillFinishes() {
        // 300 announcements at 25/s: twelve seconds of sending queued before anyone writes.
        broadcast(300, 10_000, "thông báo");
        await().atMost(PATIENCE).until(() -> !transport.requests().isEmpty());
        transactions.executeWithoutResult(tx -> outbox.plan(
                20_001,
                new Outgoing.Text("hồ sơ #7 đã được tiếp nhận"),
                clock.instant(),
                "test:own:7",
                Lane.OWN_MATTER));
        replies(20_002, "trợ giúp", "trợ giúp 2");
        // One of the broadcast's own chats writes too: its reply does not wait for its announcement.
        replies(10_299, "trả lời");

        await().atMost(PATIENCE)
                .until(() -> transport.requestsTo(20_002).size() == 2
                        && transport.requestsTo(20_001).size() == 1
                        && transport.requestsTo(10_299).size() == 1);
        List<Request> all = transport.requests();
        Request help = transport.requestsTo(20_002).get(0);
        Request notice = transport.requestsTo(20_001).get(0);
        Request ownChat = transport.requestsTo(10_299).get(0);
        assertThat(sentBefore(all, help, "thông báo")).isLessThan(300);
        assertThat(sentBefore(all, notice, "thông báo")).isLessThan(300);
        assertThat(ownChat.text()).isEqualTo("trả lời");
        assertThat(texts(transport.requestsTo(20_002))).containsExactly("trợ giúp", "trợ giúp 2");

        // The broadcast is not starved: every announcement goes, each chat's once.
        await().atMost(Duration.ofMinutes(2))
                .until(() -> transport.requests().stream()
                                .filter(r -> "thông báo".equals(r.text()))
                                .count()
                        == 300);
        assertThat(texts(transport.requestsTo(10_299))).containsExactly("trả lời", "thông báo");
        assertThat(rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo("SENT"));
    }

    @Test
    void atNightOnlyBroadcastsWaitForTheMorning() {
        moveTo(ward("2026-12-01T23:00"));
        transactions.executeWithoutResult(tx -> {
            outbox.plan(30_001, new Outgoing.Text("lịch họp"), clock.instant(), "test:night:b", Lane.BROADCAST);
            outbox.plan(30_001, new Outgoing.Text("đã trả lời"), clock.instant(), "test:night:o", Lane.OWN_MATTER);
        });
        replies(30_001, "trợ giúp");

        await().atMost(PATIENCE).until(() -> transport.requestsTo(30_001).size() == 2);
        await().atMost(PATIENCE).until(() -> rowsTo(30_001).get(0).notBefore().equals(ward("2026-12-02T06:30")));
        assertThat(texts(transport.requestsTo(30_001))).containsExactlyInAnyOrder("đã trả lời", "trợ giúp");

        moveTo(ward("2026-12-02T06:30"));
        await().atMost(PATIENCE).until(() -> transport.requestsTo(30_001).size() == 3);
        assertThat(transport.requestsTo(30_001).get(2).text()).isEqualTo("lịch họp");
    }
}
