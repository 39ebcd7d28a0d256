package vn.nghedan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;

/**
 * One update that cannot be handled (here: its chat's stored draft is corrupt) arrives together
 * with other people's updates: the others are answered as usual, the person behind the failing
 * one gets an apology and a fresh start, and nothing is left pending.
 */
class FailingUpdateEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailingUpdateIsAnsweredWithAnApologyAndTheOthersBesideItAsUsual() {
        Chat broken = newResident("Chị Hoa").onboard("Khóm 1");
        Chat first = newResident("Anh Minh").onboard("Khóm 2");
        Chat second = newResident("Bà Sáu").onboard("Khóm 3");
        broken.send("/new");
        broken.expect("Bà con muốn gửi gì?");
        jdbc.update("UPDATE conversation SET draft = '{not json' WHERE chat_id = ?", broken.id());

        // Sent together, so they are likely handled in one batch.
        first.send("/help");
        broken.send("Đèn đường hẻm 5 bị hư");
        second.send("/help");

        broken.expect("Xin lỗi bà con");
        first.expect("Hướng dẫn sử dụng");
        second.expect("Hướng dẫn sử dụng");
        List<String> outcomes = jdbc.queryForList(
                "SELECT outcome FROM telegram_update WHERE chat_id = ? ORDER BY update_id DESC LIMIT 1",
                String.class,
                broken.id());
        assertThat(outcomes).containsExactly("FAILED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM telegram_update WHERE chat_id IN (?, ?) AND outcome = 'OK'",
                        Integer.class,
                        first.id(),
                        second.id()))
                .isGreaterThanOrEqualTo(2 * 3);
        // The chat started afresh: the next message is handled normally.
        broken.send("/new");
        broken.expect("Bà con muốn gửi gì?");
    }
}
