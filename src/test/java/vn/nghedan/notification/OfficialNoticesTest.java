package vn.nghedan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.resident.Resident;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.NewSubmission;
import vn.nghedan.submission.Submissions;

class OfficialNoticesTest extends NotificationContextTest {

    @Autowired
    Submissions submissions;

    @Autowired
    ReminderPlanner planner;

    private void file(Resident author, int topic, String text) {
        submissions.file(new NewSubmission(
                author.getId(),
                author.getNeighbourhoodCode(),
                Kind.COMPLAINT,
                topic,
                text,
                false,
                Channel.BOT,
                null,
                null,
                null,
                null,
                null,
                null,
                "resident"));
    }

    private List<Row> toOfficials() {
        return rows().stream()
                .filter(r -> r.chatId() == OFFICIAL_A || r.chatId() == OFFICIAL_B)
                .toList();
    }

    @Test
    void officialsGetTheAgendaSummaryTheDayBefore() {
        Resident k1 = resident("K1");
        Resident k2 = resident("K2");
        file(k1, 1, "Đường hẻm 12 bị ngập nước mỗi khi mưa lớn");
        file(k1, 1, "Mặt đường gần chợ có nhiều ổ gà");
        file(k1, 5, "Rác thải ven kênh chưa được thu gom");
        file(k2, 3, "Thanh niên tụ tập đua xe ban đêm");
        session(ward("2026-12-10T08:00"), null, null, "K1");

        clock.freezeAt(ward("2026-12-09T07:00"));
        planner.planDue();
        assertThat(toOfficials()).isEmpty();

        clock.freezeAt(ward("2026-12-09T08:05"));
        planner.planDue();
        planner.planDue();

        assertThat(toOfficials()).extracting(Row::chatId).containsExactly(OFFICIAL_A, OFFICIAL_B);
        assertThat(toOfficials()).allSatisfy(row -> {
            assertThat(row.notBefore()).isEqualTo(clock.instant());
            assertThat(row.text())
                    .isEqualTo("Chương trình buổi “Đối thoại quý IV” (08:00 thứ Năm, 10/12/2026, Hội trường khóm 1):"
                            + " 3 ý kiến.\n"
                            + "- Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng: 2\n"
                            + "- Môi trường, trật tự đô thị: 1\n\n"
                            + "Gửi /agenda để nhận tệp chương trình đầy đủ.");
        });
    }

    @Test
    void theResultsNudgeCountsDownDailyAndStopsWhenTheResultsArePublished() {
        DialogueSession session = session(ward("2026-12-10T08:00"), null, null, "K1");
        clock.freezeAt(ward("2026-12-10T11:00"));
        sessions.markHeld(session.getId());

        planner.planDue();
        planner.planDue();
        assertThat(nudgesTo(OFFICIAL_A)).singleElement().satisfies(nudge -> {
            assertThat(nudge.text())
                    .isEqualTo("Buổi “Đối thoại quý IV” ngày 10/12/2026: còn 10 ngày để công bố kết quả (hạn 20/12).");
            assertThat(nudge.notBefore()).isEqualTo(clock.instant());
            assertThat(nudge.key()).isEqualTo("s:" + session.getId() + ":nudge:c:" + OFFICIAL_A + ":2026-12-10");
        });
        assertThat(nudgesTo(OFFICIAL_B)).hasSize(1);

        clock.freezeAt(ward("2026-12-11T00:05"));
        planner.planDue();
        assertThat(last(nudgesTo(OFFICIAL_A)).text()).contains("còn 9 ngày để công bố kết quả (hạn 20/12)");
        // Planned at night, it waits for office hours.
        assertThat(last(nudgesTo(OFFICIAL_A)).notBefore()).isEqualTo(ward("2026-12-11T08:00"));

        clock.freezeAt(ward("2026-12-20T09:00"));
        planner.planDue();
        assertThat(last(nudgesTo(OFFICIAL_A)).text()).contains("hôm nay là hạn cuối công bố kết quả (hạn 20/12)");

        clock.freezeAt(ward("2026-12-22T06:00"));
        planner.planDue();
        Row waiting = last(nudgesTo(OFFICIAL_A));
        assertThat(waiting.text()).contains("đã quá hạn công bố kết quả 2 ngày (hạn 20/12)");
        assertThat(nudgesTo(OFFICIAL_A)).hasSize(4);

        clock.freezeAt(ward("2026-12-22T07:00"));
        sessions.publishResults(session.getId());
        assertThat(status(waiting)).isEqualTo("DROPPED");

        clock.freezeAt(ward("2026-12-23T09:00"));
        planner.planDue();
        assertThat(nudgesTo(OFFICIAL_A)).hasSize(4);
    }

    private List<Row> nudgesTo(long chatId) {
        return rowsTo(chatId).stream().filter(r -> r.key().contains(":nudge:")).toList();
    }

    private String status(Row row) {
        return rows().stream()
                .filter(r -> r.id() == row.id())
                .findFirst()
                .orElseThrow()
                .status();
    }

    private static Row last(List<Row> rows) {
        return rows.get(rows.size() - 1);
    }
}
