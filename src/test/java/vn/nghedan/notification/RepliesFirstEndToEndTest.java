package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nghedan.resident.Residents;
import vn.nghedan.sandbox.BotCall;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

/**
 * Issue 12 as a resident sees it, through the real TelegramBots client and the stand-in: while a
 * long announcement goes out at a low ceiling, a resident's /help and /new are answered before
 * the rest of the announcement. Ordering, not timing: the announcement is long enough (400
 * messages at 10/s, 40 s) that any reply that waited behind it would come after its last message.
 */
class RepliesFirstEndToEndTest extends EndToEndTest {

    private static final int ANNOUNCED = 400;
    private static final long FIRST_CHAT = 7_000_000;
    private static final String KEY = "test:replies-first:";
    private static final String ANNOUNCEMENT = "Mời bà con dự buổi đối thoại với Nhân dân khóm 1";

    @Autowired
    OutboxRelay contextRelay;

    @Autowired
    Outbox outbox;

    @Autowired
    Transports transport;

    @Autowired
    Residents residents;

    @Autowired
    OutboxSignal signal;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aResidentsRepliesGoOutBeforeTheRestOfALongAnnouncement() {
        Chat hoa = newResident("Chị Hoa").onboard("Khóm 2");
        // The shared context sends at 1,000/s; this test needs a broadcast that takes a while.
        contextRelay.stop();
        OutboxRelay slow = new OutboxRelay(
                jdbc,
                outbox,
                transport,
                residents,
                signal,
                new SendingProperties(10, "", null, null),
                clock,
                transactions,
                meters);
        try {
            transactions.executeWithoutResult(tx -> {
                for (long chat = FIRST_CHAT; chat < FIRST_CHAT + ANNOUNCED; chat++) {
                    outbox.plan(chat, new Outgoing.Text(ANNOUNCEMENT), clock.instant(), KEY + chat, Lane.BROADCAST);
                }
            });
            slow.start();
            await().atMost(Chat.WAIT).until(() -> announced().size() >= 10);

            hoa.send("/help");
            SentMessage help = hoa.expect("Hướng dẫn sử dụng");
            hoa.send("/new");
            SentMessage kind = hoa.expect("Bà con muốn gửi gì?");

            List<BotCall> announced = announced();
            assertThat(announced.stream().filter(c -> !c.at().isAfter(help.sentAt())))
                    .as("announcements before the /help reply")
                    .hasSizeLessThan(ANNOUNCED / 2);
            assertThat(announced.stream().filter(c -> !c.at().isAfter(kind.sentAt())))
                    .as("announcements before the /new reply")
                    .hasSizeLessThan(ANNOUNCED / 2);
            assertThat(hoa.messages())
                    .noneMatch(m -> m.text() != null && m.text().equals(ANNOUNCEMENT));
        } finally {
            slow.stop();
            // The rest of the announcement is not this test's business: the other tests share the stand-in.
            transactions.executeWithoutResult(tx -> outbox.dropPlanned(KEY));
            contextRelay.start();
        }
    }

    private List<BotCall> announced() {
        return api.calls("sendMessage").stream()
                .filter(c -> c.chatId() != null && c.chatId() >= FIRST_CHAT && c.chatId() < FIRST_CHAT + ANNOUNCED)
                .toList();
    }
}
