package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.resident.Residents;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Filing;

/**
 * One resident files at most NGHEDAN_DAILY_SUBMISSIONS (20) a ward day through the bot, and is
 * told so politely; what the office enters for them does not count.
 */
class DailyLimitEndToEndTest extends EndToEndTest {

    @Autowired
    Submissions submissions;

    @Autowired
    Residents residents;

    @Test
    void theTwentyFirstFilingOfTheDayIsPolitelyRefused() {
        Chat chat = newResident("Chú Bảy").onboard("Khóm 5");
        long residentId = residents.byTelegramUser(chat.id()).orElseThrow().getId();
        for (int i = 1; i <= 19; i++) {
            file(residentId, Channel.BOT, "Ý kiến thứ " + i + " về việc sửa đường nội ô khóm năm");
        }
        // Entered at the office for the same person: not counted.
        for (int i = 1; i <= 3; i++) {
            file(residentId, Channel.SPOKEN, "Ý kiến nói tại phường số " + i + " về đèn chiếu sáng");
        }

        long twentieth = Filing.fileQuickly(chat, "Nắp cống trước nhà văn hóa khóm năm bị vỡ, rất nguy hiểm");
        assertThat(twentieth).isPositive();

        chat.send("/new");
        assertThat(chat.expect("Hôm nay bà con đã gửi 20 ý kiến").text()).contains("ngày mai");
        assertThat(submissions.filedBySince(residentId, Channel.BOT, Instant.EPOCH))
                .isEqualTo(20);

        // Text typed outside a conversation is offered as a filing; taking the offer is refused too.
        chat.send("Rác tồn đọng ở đầu hẻm chợ khóm năm mấy ngày chưa ai dọn");
        chat.press("📝 Có, gửi thành ý kiến");
        assertThat(chat.expect("Hôm nay bà con đã gửi 20 ý kiến").text()).contains("Xin cảm ơn");
    }

    private void file(long residentId, Channel channel, String text) {
        submissions.file(new NewSubmission(
                residentId,
                "K5",
                Kind.PROPOSAL,
                2,
                text,
                false,
                channel,
                "Chú Bảy",
                null,
                null,
                null,
                List.of(),
                "test:" + UUID.randomUUID(),
                "resident"));
    }
}
