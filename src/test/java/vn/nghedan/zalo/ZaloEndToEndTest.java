package vn.nghedan.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nghedan.resident.Address;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;
import vn.nghedan.sandbox.ZaloStandIn;
import vn.nghedan.submission.Answer;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.EndToEndTest;

/**
 * A resident on Zalo, end to end: the stand-in posts signed events to the app's webhook, the same
 * conversation as on Telegram answers through the OA message API, choices are answered with their
 * number, and an official's answer reaches the author on Zalo.
 */
class ZaloEndToEndTest extends EndToEndTest {

    private static final Pattern REFERENCE = Pattern.compile("Đã nhận ý kiến #(\\d+)");

    @Autowired
    ZaloStandIn zalo;

    @Autowired
    Submissions submissions;

    @Autowired
    ChatAddresses addresses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aZaloUserFilesWithAPhotoAndAPlaceAndIsToldTheAnswerOnZalo() {
        ZaloUser lan = new ZaloUser(zalo, "Chị Lan Nguyễn").onboard("Khóm 2");

        lan.send("/new");
        lan.choose("⚠️ Phản ánh sự việc");
        lan.choose("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng");
        lan.expect("viết nội dung");
        lan.send("Cống thoát nước đầu hẻm 7 Khóm 2 bị tắc, nước tràn lên đường mỗi khi mưa");
        String next = lan.expect("gửi thêm ảnh");
        assertThat(next).doesNotContain("ý kiến tương tự");
        byte[] photo = "\u00ff\u00d8ZALO-PHOTO-BYTES-42".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(zalo.sendImage(lan.id(), photo, null)).isEqualTo(200);
        lan.expect("Đã nhận tệp thứ 1");
        assertThat(zalo.sendLocation(lan.id(), 10.2921, 105.7575)).isEqualTo(200);
        lan.expect("Đã nhận vị trí");
        lan.choose("✅ Xong");
        lan.choose("👤 Công khai tên tôi");
        lan.expect("kiểm tra lại");
        lan.choose("✅ Gửi");
        Matcher reference = REFERENCE.matcher(lan.expect("Đã nhận ý kiến #"));
        assertThat(reference.find()).isTrue();
        long number = Long.parseLong(reference.group(1));
        // Counted as Zalo's wherever the ward counts by channel (agenda, results, dashboards).
        assertThat(submissions.get(number).getChannel()).isEqualTo(vn.nghedan.submission.Channel.ZALO);
        // Named, not anonymous: filed under the name of her Zalo profile, as a Telegram first name.
        assertThat(submissions.get(number).getAuthorName()).isEqualTo("Chị Lan Nguyễn");

        // Filed by the person behind the Zalo address, with the photo kept by the ward.
        long chat = addresses.keyFor(new Address(Messenger.ZALO, lan.id()));
        assertThat(ChatAddresses.isTelegram(chat)).isFalse();
        assertThat(jdbc.sql("SELECT r.chat_id FROM submission s JOIN resident r ON r.id = s.resident_id"
                                + " WHERE s.id = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isEqualTo(chat);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM submission_attachment WHERE submission = ?"
                                        + " AND stored_path IS NOT NULL")
                                .param(number)
                                .query(Long.class)
                                .single()
                        == 1);

        // An official answers it (the service the console and the API use): she hears it on Zalo.
        submissions.answer(
                number,
                new Answer(
                        "Phường sẽ nạo vét cống hẻm 7 trong tuần này.",
                        "Bà Trần Thị Mai, Phó Chủ tịch UBND phường",
                        AnswerForm.IN_WRITING,
                        null,
                        LocalDate.of(2026, 12, 31)),
                "cán bộ");
        String told = lan.expect("Trả lời ý kiến #" + number);
        assertThat(told).contains("Phường sẽ nạo vét cống hẻm 7 trong tuần này.");
    }

    @Test
    void aZaloUserAsksWhatTheWardKeepsAndReadsItOnZalo() {
        ZaloUser ba = new ZaloUser(zalo).onboard("Khóm 2");
        ba.send("/mydata");
        // Decree 13: the person's own data reaches them on the channel they use, as text.
        String export = ba.expect("Nội dung tệp \"du-lieu-cua-toi.json\"");
        assertThat(export).contains("\"neighbourhood\"").doesNotContain("chỉ gửi được qua Telegram");
    }

    @Test
    void aZaloUserWhoAsksToBeForgottenIsToldSoAndTheirZaloIdGoes() {
        ZaloUser hai = new ZaloUser(zalo).onboard("Khóm 1");
        long chat = addresses.keyFor(new Address(Messenger.ZALO, hai.id()));

        hai.send("/forget");
        hai.choose("🗑 Xóa dữ liệu");
        // The confirmation reaches them on Zalo although the person is erased already.
        hai.expect("Đã xóa dữ liệu cá nhân của bà con.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE chat_id = ?")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM zalo_event WHERE chat_id = ?")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .isZero();

        // Once the last word is out, the sweep deletes their Zalo id as well.
        addresses.eraseForgottenBefore(Instant.now().plusSeconds(1));
        assertThat(addresses.addressOf(chat)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_address WHERE external_id = ?")
                        .param(hai.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
