package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionKind;
import vn.nghedan.session.Sessions;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

/**
 * /sessions lists the planned sessions of the resident's own khóm (those it shares with others
 * included), soonest first, and no other khóm's: read by khóm from the database, not by loading
 * the whole province's planned sessions.
 */
class SessionsCommandEndToEndTest extends EndToEndTest {

    @Autowired
    Sessions sessions;

    @Autowired
    Clock clock;

    @Test
    void aResidentSeesTheSessionsOfTheirOwnKhomOnly() {
        Chat lan = newResident("Cô Lan");
        lan.send("/start K4");
        lan.expect("Nghị định 13/2023");
        lan.press("✅ Tôi đồng ý");
        lan.expect("Chào mừng");

        List<Long> planned = new ArrayList<>();
        try {
            planned.add(plan("Đối thoại riêng Khóm 4 (kiểm thử lịch)", List.of("K4"), 12));
            planned.add(plan("Đối thoại riêng Khóm 5 (kiểm thử lịch)", List.of("K5"), 10));
            planned.add(plan("Đối thoại chung Khóm 4 và 5 (kiểm thử lịch)", List.of("K4", "K5"), 11));

            lan.send("/sessions");
            SentMessage list = lan.expect("Các buổi tiếp xúc, đối thoại sắp tới");
            assertThat(list.text())
                    .contains("Đối thoại riêng Khóm 4", "Đối thoại chung Khóm 4 và 5")
                    .doesNotContain("Đối thoại riêng Khóm 5");
            assertThat(list.text().indexOf("Đối thoại chung Khóm 4 và 5"))
                    .as("soonest first")
                    .isLessThan(list.text().indexOf("Đối thoại riêng Khóm 4"));
        } finally {
            // Later tests share this database: no session of these stays planned.
            planned.forEach(sessions::cancel);
        }
    }

    private long plan(String title, List<String> khom, int daysAhead) {
        return sessions.plan(new SessionDetails(
                        title,
                        SessionKind.DIALOGUE,
                        clock.instant().plus(Duration.ofDays(daysAhead)),
                        "Nhà văn hóa khóm",
                        null,
                        null,
                        khom,
                        null,
                        null))
                .session()
                .getId();
    }
}
