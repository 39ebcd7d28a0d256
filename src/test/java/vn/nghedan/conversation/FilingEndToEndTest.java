package vn.nghedan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nghedan.sandbox.SentMessage;
import vn.nghedan.submission.Channel;
import vn.nghedan.submission.Kind;
import vn.nghedan.submission.Status;
import vn.nghedan.submission.Submission;
import vn.nghedan.submission.Submissions;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Filing;

class FilingEndToEndTest extends EndToEndTest {

    @Autowired
    Submissions submissions;

    /** /new through every step, with a photo and a location, anonymous. */
    @Test
    void fullFilingWithPhotoAndLocation() throws Exception {
        Chat lan = newResident("Cô Lan").onboard("Khóm 1");
        lan.send("/new");
        lan.expect("Bà con muốn gửi gì?");
        lan.press("⚠️ Phản ánh sự việc");
        lan.expect("lĩnh vực nào");
        lan.press("Môi trường, trật tự đô thị");
        lan.expect("viết nội dung");
        lan.send("Bãi rác tự phát ở cuối hẻm 7 bốc mùi hôi thối, ruồi muỗi nhiều.");
        lan.expect("gửi thêm ảnh");
        api.injectPhoto(lan.user(), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4}, null);
        lan.expect("Đã nhận tệp thứ 1");
        api.injectLocation(lan.user(), 10.2897, 105.7563);
        lan.expect("Đã nhận vị trí");
        lan.press("✅ Xong");
        lan.expect("công khai tên hay ẩn danh");
        lan.press("🕶 Ẩn danh");
        SentMessage summary = lan.expect("Xin bà con kiểm tra lại");
        assertThat(summary.text())
                .contains("Phản ánh", "Môi trường", "Khóm 1", "Bãi rác tự phát", "1 tệp, 1 vị trí", "ẩn danh");
        lan.press("✅ Gửi");
        SentMessage filed = lan.expect("Đã nhận ý kiến #");

        Submission s = submissions.get(Filing.numberIn(filed));
        assertThat(s.getKind()).isEqualTo(Kind.COMPLAINT);
        assertThat(s.getTopic()).isEqualTo(5);
        assertThat(s.getNeighbourhoodCode()).isEqualTo("K1");
        assertThat(s.isAnonymous()).isTrue();
        assertThat(s.getChannel()).isEqualTo(Channel.BOT);
        assertThat(s.getLatitude()).isEqualTo(10.2897);
        assertThat(s.getAttachments()).hasSize(1);

        // The photo is copied into the data folder, so it outlives Telegram's copy.
        Instant deadline = Instant.now().plusSeconds(30);
        String stored = null;
        while (stored == null && Instant.now().isBefore(deadline)) {
            stored = submissions.get(s.getId()).getAttachments().get(0).storedPath();
            Thread.sleep(100);
        }
        assertThat(stored).isNotNull();
        assertThat(Files.readAllBytes(Path.of(stored))).containsExactly(0xFF, 0xD8, 1, 2, 3, 4);
    }

    @Test
    void plainTextIsOfferedAsASubmissionAndFiledAfterOneTap() {
        Chat ba = newResident("Chú Ba").onboard("Khóm 2");
        ba.send("Đèn đường trước nhà văn hóa khóm 2 bị hư cả tháng nay");
        SentMessage offer = ba.expect("gửi nội dung này thành ý kiến");
        assertThat(offer.text()).contains("Đèn đường trước nhà văn hóa");
        ba.press("📝 Có, gửi thành ý kiến");
        ba.expect("Bà con muốn gửi gì?");
        ba.press("💡 Kiến nghị, đề xuất");
        ba.press("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng");
        ba.expect("gửi thêm ảnh");
        ba.press("✅ Xong");
        ba.press("👤 Công khai tên tôi");
        ba.expect("kiểm tra lại");
        ba.press("✅ Gửi");
        Submission s = submissions.get(Filing.numberIn(ba.expect("Đã nhận ý kiến #")));
        assertThat(s.getText()).isEqualTo("Đèn đường trước nhà văn hóa khóm 2 bị hư cả tháng nay");
        assertThat(s.getAuthorName()).isEqualTo("Chú Ba");
        assertThat(s.isAnonymous()).isFalse();
    }

    @Test
    void aSimilarMatterIsOfferedAsMeTooEvenWhenTypedInNfdWithoutTheSameOrder() {
        Chat first = newResident("Bà Tám").onboard("Khóm 4");
        long number = Filing.fileQuickly(first, "Cống thoát nước đường Lê Lợi bị nghẹt, mưa là ngập nước cả hẻm");

        Chat second = newResident("Ông Chín").onboard("Khóm 4");
        second.send("/new");
        second.press("❓ Câu hỏi");
        second.press("Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng");
        second.expect("viết nội dung");
        String nfd = Normalizer.normalize(
                "mưa là NGẬP NƯỚC cả hẻm, cống thoát nước đường Lê Lợi bị nghẹt", Normalizer.Form.NFD);
        second.send(nfd);
        SentMessage similar = second.expect("ý kiến tương tự");
        assertThat(similar.text()).contains("#" + number);
        second.press("🙋 Tôi cũng vậy #" + number);
        second.expect("cùng ủng hộ ý kiến #" + number);

        assertThat(submissions.get(number).getSupporters()).isEqualTo(2);
        // "Me too" once per resident: a second co-sign is refused.
        assertThat(submissions.cosign(number, residentId(second))).isEqualTo(Submissions.Support.ALREADY);
        // Not on one's own submission, and not in another neighbourhood.
        assertThat(submissions.cosign(number, residentId(first))).isEqualTo(Submissions.Support.OWN);
        assertThat(submissions.similar("K5", nfd, 3)).isEmpty();
    }

    @Test
    void aSecondConfirmOfTheSameDraftFilesOnce() throws InterruptedException {
        Chat tu = newResident("Anh Tư").onboard("Khóm 3");
        tu.send("/new");
        tu.press("❓ Câu hỏi");
        tu.press("Văn hóa – xã hội, y tế, giáo dục, an sinh");
        tu.send("Khi nào phát thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi năm nay?");
        tu.expect("gửi thêm ảnh");
        tu.press("✅ Xong");
        tu.press("👤 Công khai tên tôi");
        SentMessage summary = tu.expect("kiểm tra lại");
        String confirm = summary.button("✅ Gửi").data();
        tu.pressData(summary.messageId(), confirm);
        tu.pressData(summary.messageId(), confirm);
        tu.expect("Đã nhận ý kiến #");
        tu.expect("đã cũ hoặc đã được dùng");
        assertThat(submissions.recentOf(residentId(tu), 10)).hasSize(1);
    }

    @Test
    void everyStepRefusesWhatDoesNotFitAndStaysPut() {
        Chat nam = newResident("Bác Năm").onboard("Khóm 5");
        nam.send("/new");
        nam.expect("Bà con muốn gửi gì?");
        nam.send("tôi muốn hỏi");
        nam.expect("bấm một nút");
        nam.press("❓ Câu hỏi");
        nam.press("Khác, ngoài thẩm quyền phường");
        nam.expect("viết nội dung");
        api.injectPhoto(nam.user(), new byte[] {1, 2, 3}, null);
        nam.expect("cần nội dung bằng chữ");
        api.injectSticker(nam.user(), "😀");
        nam.expect("cần nội dung bằng chữ");
        nam.send("😀😀😀");
        nam.expect("chưa có chữ nào");
        nam.send("\u200B\u200B\u0007");
        nam.expect("chưa có chữ nào");
        nam.send("a".repeat(10_000));
        nam.expect("tối đa 4.000 ký tự, bà con đã gửi 10.000");
        nam.send("Xin hỏi\u202E lịch tiêm chủng\u0000 tháng tới ở đâu? 🙏");
        nam.expect("gửi thêm ảnh");
        nam.send("không có ảnh");
        nam.expect("bot chờ ảnh");
        nam.press("✅ Xong");
        nam.press("🕶 Ẩn danh");
        nam.expect("kiểm tra lại");
        nam.press("✅ Gửi");
        Submission s = submissions.get(Filing.numberIn(nam.expect("Đã nhận ý kiến #")));
        // Control and direction-override characters are gone, emoji stay.
        assertThat(s.getText()).isEqualTo("Xin hỏi lịch tiêm chủng tháng tới ở đâu? 🙏");
    }

    @Test
    void aDenunciationPointsToTheFormalChannel() {
        Chat bay = newResident("Anh Bảy").onboard("Khóm 1");
        bay.send("/new");
        bay.press("🚫 Tố cáo");
        SentMessage m = bay.expect("Luật Tố cáo");
        assertThat(m.text()).contains("Bộ phận tiếp công dân");
        assertThat(submissions.recentOf(residentId(bay), 10)).isEmpty();
    }

    @Test
    void myListOpensWithdrawsAndEdits() {
        Chat sau = newResident("Cô Sáu").onboard("Khóm 2");
        long a = Filing.fileQuickly(sau, "Đề nghị sửa lại cầu gỗ bắc qua rạch khóm 2 đã mục");
        long b = Filing.fileQuickly(sau, "Xin hỏi thủ tục đăng ký tạm trú cho người thuê trọ");
        sau.send("/my");
        SentMessage list = sau.expect("Ý kiến bà con đã gửi");
        assertThat(list.text()).contains("#" + a, "#" + b, "Mới gửi, chờ xem xét");

        sau.press("#" + a);
        SentMessage detail = sau.expect("cầu gỗ");
        assertThat(detail.text()).contains("Diễn biến", "Đã gửi");
        sau.press("✏️ Sửa");
        sau.expect("nội dung mới");
        sau.send("Đề nghị sửa gấp cầu gỗ bắc qua rạch khóm 2, ván đã mục nhiều chỗ");
        sau.expect("Đã sửa nội dung ý kiến #" + a);
        assertThat(submissions.get(a).getText()).contains("sửa gấp");

        sau.send("/my");
        sau.expect("Ý kiến bà con đã gửi");
        sau.press("#" + b);
        sau.expect("tạm trú");
        sau.press("↩️ Rút lại");
        sau.expect("chắc chắn muốn rút lại");
        sau.press("↩️ Rút lại");
        sau.expect("Đã rút lại ý kiến #" + b);
        assertThat(submissions.get(b).getStatus()).isEqualTo(Status.WITHDRAWN);
    }

    @Test
    void aForgedOrForeignButtonPressIsRefusedAndChangesNothing() throws InterruptedException {
        Chat owner = newResident("Chủ").onboard("Khóm 3");
        long number = Filing.fileQuickly(owner, "Xin lắp thêm đèn chiếu sáng ở hẻm 45");
        owner.send("/my");
        SentMessage list = owner.expect("Ý kiến bà con đã gửi");
        String openData = list.button("#" + number).data();

        Chat stranger = newResident("Người lạ").onboard("Khóm 3");
        // The stranger replays the owner's button data: it was never offered to them.
        stranger.pressData(list.messageId(), openData);
        stranger.expect("đã cũ hoặc đã được dùng");
        stranger.pressData(1, "garbage-that-is-way-too-long-to-be-one-of-our-tokens-0123456789");
        stranger.expect("đã cũ hoặc đã được dùng");
        assertThat(submissions.get(number).getStatus()).isEqualTo(Status.NEW);
    }

    @Test
    void myDataSendsAFileAndForgetErasesThePerson() throws Exception {
        Chat chin = newResident("Ông Chín").onboard("Khóm 5");
        long number = Filing.fileQuickly(chin, "Đề nghị nạo vét kênh thủy lợi nội đồng");
        chin.send("/mydata");
        SentMessage file = chin.expect(m -> m.kind() == SentMessage.Kind.DOCUMENT);
        String json = new String(file.attachment().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("Ông Chín", "nạo vét kênh", "\"neighbourhood\" : \"K5\"");

        chin.send("/forget");
        chin.expect("muốn xóa dữ liệu");
        chin.press("🗑 Xóa dữ liệu");
        chin.expect("Đã xóa dữ liệu cá nhân");
        Submission kept = submissions.get(number);
        assertThat(kept.getAuthorName()).isNull();
        assertThat(kept.isAnonymous()).isTrue();
        chin.send("xin chào");
        chin.expect("Nghị định 13/2023");
    }

    @Autowired
    vn.nghedan.resident.Residents residentDirectory;

    private long residentId(Chat chat) {
        return residentDirectory.byTelegramUser(chat.id()).orElseThrow().getId();
    }

    @Test
    void aCommandInTheMiddleOfADraftSaysTheDraftWasDroppedAndHelpKeepsIt() throws Exception {
        Chat nam = newResident("Anh Năm").onboard("Khóm 3");
        nam.send("/new");
        nam.expect("Bà con muốn gửi gì?");
        nam.press("❓ Câu hỏi");
        nam.expect("lĩnh vực nào");

        // /help is a look aside: the draft stays, nothing is said about it
        nam.send("/help");
        nam.expect("Hướng dẫn sử dụng");
        assertThat(nam.quietFor(Duration.ofSeconds(1)))
                .noneMatch(m -> m.text() != null && m.text().contains("soạn dở"));
        String topic = "Văn hóa – xã hội, y tế, giáo dục, an sinh";
        SentMessage topics = nam.messages().stream()
                .filter(m -> m.allButtons().stream().anyMatch(b -> b.label().equals(topic)))
                .reduce((a, b) -> b)
                .orElseThrow();
        nam.pressData(topics.messageId(), topics.button(topic).data()); // the question above the help
        nam.expect("viết nội dung");

        // /my leaves the draft: said, not silent
        nam.send("/my");
        nam.expect("Bà con chưa gửi ý kiến nào.");
        nam.expect("Ý kiến bạn đang soạn dở chưa được gửi và đã bỏ. Gõ /new để soạn lại.");
        nam.send("Trạm y tế có mở cửa thứ Bảy không?");
        nam.expect("gửi nội dung này thành ý kiến");
    }

    @Test
    void aCorrectedMessageIsAnsweredAndTheDraftGoesOn() {
        Chat sau = newResident("Chị Sáu").onboard("Khóm 4");
        sau.send("/new");
        sau.press("⚠️ Phản ánh sự việc");
        sau.press("Môi trường, trật tự đô thị");
        sau.expect("viết nội dung");
        sau.send("Cây xanh đổ chắn đường hẻm 9");
        sau.expect("gửi thêm ảnh");
        int typed = sau.messages().size();

        // She corrects a typo in what she sent: told that the first wording was taken, and how to change it.
        int sent = api.inboundMessages(sau.id()).stream()
                .filter(m -> m.summary().equals("Cây xanh đổ chắn đường hẻm 9"))
                .findFirst()
                .orElseThrow()
                .messageId();
        api.injectEditedText(sau.user(), sent, "Cây xanh đổ chắn đường hẻm 19");
        sau.expect("Bot không đọc lại tin nhắn đã sửa");
        assertThat(sau.messages().size()).isGreaterThan(typed);
        SentMessage files = sau.messages().stream()
                .filter(m -> m.allButtons().stream().anyMatch(b -> b.label().equals("✅ Xong")))
                .reduce((a, b) -> b)
                .orElseThrow();
        sau.pressData(files.messageId(), files.button("✅ Xong").data()); // the step above the notice
        sau.expect("công khai tên hay ẩn danh");
    }
}
