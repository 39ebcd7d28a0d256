package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.resident.Residents;
import vn.nghedan.sandbox.RejectedCall;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

/** The sender against a misbehaving Bot API, through the real client and the stand-in. */
class SendingFaultsEndToEndTest extends EndToEndTest {

    @Autowired
    Residents residents;

    @Test
    void a429PausesSendingUntilRetryAfterAndTheMessageStillArrivesOnce() throws InterruptedException {
        Chat lan = newResident("Cô Lan").onboard("Khóm 1");
        api.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 2", 2);
        lan.send("/help");
        SentMessage help = lan.expect("Hướng dẫn sử dụng");
        RejectedCall refused = api.rejectedCalls().stream()
                .filter(c -> c.errorCode() == 429 && c.chatId() != null && c.chatId() == lan.id())
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(Duration.between(refused.at(), help.sentAt())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(api.violationsOfRetryAfter()).isEmpty();
        assertThat(lan.quietFor(Duration.ofMillis(500))).isEmpty();
        assertThat(lan.messages().stream()
                        .filter(m -> m.text() != null && m.text().contains("Hướng dẫn sử dụng")))
                .hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndDeliveredOnce() throws InterruptedException {
        Chat ba = newResident("Chú Ba").onboard("Khóm 2");
        api.failNext("sendMessage", 2, 502, "Bad Gateway", null);
        ba.send("/sessions");
        ba.expect("lịch tiếp xúc");
        assertThat(api.rejectedCount(502)).isGreaterThanOrEqualTo(2);
        assertThat(ba.quietFor(Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void aBlockedBotMarksTheResidentUnreachableAndAFreshMessageReachesThemAgain() throws InterruptedException {
        Chat tu = newResident("Anh Tư").onboard("Khóm 3");
        api.blockChat(tu.id());
        tu.send("/help");
        Instant deadline = Instant.now().plusSeconds(20);
        while (residents.byTelegramUser(tu.id()).orElseThrow().getUnreachableAt() == null
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(residents.byTelegramUser(tu.id()).orElseThrow().getUnreachableAt())
                .isNotNull();
        // A private chat's id is its user's id.
        assertThat(residents.reachableIn(List.of("K3"))).noneMatch(r -> r.chatId() == tu.id());
        // Writing again means they unblocked the bot: they are reachable and answered.
        api.unblockChat(tu.id());
        tu.send("/cancel");
        tu.expect("Không có thao tác nào");
        assertThat(residents.byTelegramUser(tu.id()).orElseThrow().getUnreachableAt())
                .isNull();
    }
}
