package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.sandbox.TelegramUser;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Filing;
import vn.nghedan.support.Traces;

/**
 * Decree 13/2023, proved: a resident files (with a photo and a place), supports another's
 * matter, shares a phone number, asks for their data and then to be forgotten; afterwards every
 * column of every table, every file of the data folder and the database file itself are searched
 * for anything of them. Only the text of their submission remains, as "a resident of Khóm 3".
 */
class ErasureEndToEndTest extends EndToEndTest {

    private static final String NAME = "Zyxwqv Erasable";
    private static final String USERNAME = "zyxwqv_erase_me";
    private static final String PHONE = "+84 909 731 6428";
    private static final double LATITUDE = 10.2918347;
    private static final double LONGITUDE = 105.7612759;
    private static final String TEXT = "Cống thoát nước trước chợ Khóm 3 bị nghẹt, nước tràn vào nhà dân mỗi khi mưa";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void afterForgetNothingOfThePersonRemainsButTheAnonymisedText() throws Exception {
        long neighbourMatter = Filing.fileQuickly(
                newResident("Bà Sáu").onboard("Khóm 3"), "Đèn đường hẻm 12 Khóm 3 hỏng đã lâu, tối om không ai dám đi");
        TelegramUser user = new TelegramUser(newUserId(), NAME, "vi", USERNAME);
        Chat chat = new Chat(api, user).onboard("Khóm 3");
        api.injectContact(user, PHONE);
        chat.expect("Bot chỉ đọc được");

        // "me too" for the neighbour's matter
        chat.send("/new");
        chat.press("⚠️ Phản ánh sự việc");
        chat.press("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng");
        chat.expect("viết nội dung");
        chat.send("hẻm 12 Khóm 3 đèn đường hỏng đã lâu, tối om");
        chat.press("🙋 Tôi cũng vậy #" + neighbourMatter);
        chat.expect("cùng ủng hộ ý kiến #" + neighbourMatter);

        // their own, with a photo and a place
        byte[] photo = "\u00ff\u00d8ZYXWQV-PHOTO-BYTES-7f3a".getBytes(StandardCharsets.ISO_8859_1);
        long own = Filing.fileWith(chat, TEXT, c -> {
            api.injectPhoto(user, photo, null);
            c.expect("Đã nhận tệp thứ 1");
            api.injectLocation(user, LATITUDE, LONGITUDE);
            c.expect("Đã nhận vị trí");
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM submission_attachment WHERE submission = ?"
                                        + " AND stored_path IS NOT NULL")
                                .param(own)
                                .query(Long.class)
                                .single()
                        == 1);

        // /mydata: everything held
        chat.send("/mydata");
        SentMessage export = chat.expect(m -> m.attachment() != null);
        String json = new String(export.attachment().bytes(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains(NAME, Long.toString(user.id()), TEXT, "photo.jpg", "\"supports\"", "\"history\"")
                .contains("\"number\" : " + neighbourMatter)
                .contains("\"messagesReceived\"", "Đã nhận ý kiến #" + own)
                .contains("\"preferences\"", "\"remindersEnabled\"");

        // /forget, the photos deleted too
        chat.send("/forget");
        chat.expect("Phường có được giữ lại các ảnh");
        chat.press("🗑 Xóa cả ảnh, tệp");
        chat.expect("Đã xóa dữ liệu cá nhân");

        List<String> needles = List.of(
                "Zyxwqv",
                USERNAME,
                Long.toString(user.id()),
                "909 731 6428",
                "9097316428",
                "2918347",
                "7612759",
                "ZYXWQV-PHOTO-BYTES");
        // The last reply goes once sent; everything else went in the forgetting transaction.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(Traces.inDatabase(dataSource, needles)).isEmpty());
        assertThat(Traces.tables(dataSource))
                .contains("resident", "submission", "telegram_update", "outbox", "conversation", "audit_log");

        assertThat(jdbc.sql("SELECT text, author_name, contact, resident_id, anonymous, neighbourhood_code, latitude"
                                + " FROM submission WHERE id = ?")
                        .param(own)
                        .query((rs, i) -> List.of(
                                rs.getString(1),
                                String.valueOf(rs.getString(2)),
                                String.valueOf(rs.getString(3)),
                                String.valueOf(rs.getObject(4)),
                                String.valueOf(rs.getBoolean(5)),
                                rs.getString(6),
                                String.valueOf(rs.getObject(7))))
                        .single())
                .containsExactly(TEXT, "null", "null", "null", "true", "K3", "null");
        assertThat(jdbc.sql("SELECT supporters FROM submission WHERE id = ?")
                        .param(neighbourMatter)
                        .query(Integer.class)
                        .single())
                .as("the support still counts, without a link to the person")
                .isEqualTo(2);

        // The files: none in the data folder, and none in the database file once its log is folded in.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(Traces.inFiles(dataFolder(), needles, List.of(photo)))
                        .isEmpty());
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            if (c.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                assertThat(Traces.inFiles(databaseFolder(), List.of("Zyxwqv", USERNAME, "9097316428"), List.of()))
                        .as("deleted rows are overwritten (secure_delete), not left in free pages")
                        .isEmpty();
            }
        }

        // A later message meets the bot as a stranger.
        chat.send("/start");
        chat.expect("Nghị định 13/2023");
    }

    @Test
    void thePhotosStayWithTheWardWhenThePersonAllowsIt() throws Exception {
        TelegramUser user = new TelegramUser(newUserId(), "Ytrewq Keepsphotos", "en", "ytrewq_keeps");
        Chat chat = new Chat(api, user).onboard("Khóm 4");
        byte[] photo = ("\u00ff\u00d8kept-photo-" + user.id()).getBytes(StandardCharsets.ISO_8859_1);
        long number = Filing.fileWith(chat, "Mương thoát nước sau trường tiểu học Khóm 4 bốc mùi", c -> {
            api.injectPhoto(user, photo, null);
            c.expect("Đã nhận tệp thứ 1");
        });
        String stored = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("SELECT stored_path FROM submission_attachment WHERE submission = ?")
                                .param(number)
                                .query(String.class)
                                .optional()
                                .orElse(null),
                        path -> path != null);

        chat.send("/forget");
        chat.press("🗑 Xóa, để phường giữ ảnh");
        chat.expect("Đã xóa dữ liệu cá nhân");

        assertThat(Files.readAllBytes(Path.of(stored))).isEqualTo(photo);
        assertThat(jdbc.sql("SELECT stored_path, telegram_file_id, file_unique_id FROM submission_attachment"
                                + " WHERE submission = ?")
                        .param(number)
                        .query((rs, i) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .single())
                .as("the file stays, the messenger's ids of it go")
                .containsExactly(stored, null, null);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Traces.inDatabase(
                                dataSource, List.of("Ytrewq", "ytrewq_keeps", Long.toString(user.id()))))
                        .isEmpty());
    }
}
