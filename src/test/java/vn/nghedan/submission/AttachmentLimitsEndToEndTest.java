package vn.nghedan.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.nghedan.officials.security.SignInAccounts;
import vn.nghedan.support.Chat;
import vn.nghedan.support.EndToEndTest;
import vn.nghedan.support.Filing;
import vn.nghedan.support.Traces;

/**
 * Attachments cannot be turned against the ward: the same file sent twice is kept once (Telegram's
 * file_unique_id); a download that keeps failing is given up after a few tries and shown as such,
 * without holding up newer ones; beyond the quota new files are not kept but the submission is.
 */
class AttachmentLimitsEndToEndTest extends EndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SignInAccounts officials;

    @Test
    void theSamePhotoSentTwiceIsKeptOnce() throws Exception {
        byte[] photo = ("\u00ff\u00d8same-photo-" + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        Chat first = newResident("Cô Hai").onboard("Khóm 2");
        Chat second = newResident("Cô Ba").onboard("Khóm 2");
        long one = fileWithPhoto(first, "Cây xanh đường Hùng Vương ngã đổ chắn lối đi", photo);
        long two = fileWithPhoto(second, "Cây ngã trên đường Hùng Vương, chưa ai dọn", photo);

        String path = awaitKept(one);
        assertThat(awaitKept(two)).as("the second points at the first's file").isEqualTo(path);
        assertThat(Traces.inFiles(dataFolder(), List.of(), List.of(photo))).containsExactly(path);
        assertThat(Files.readAllBytes(Path.of(path))).isEqualTo(photo);
    }

    @Test
    void aFileThatCannotBeFetchedIsGivenUpAndNeverHoldsUpNewerOnes() throws Exception {
        // More broken files than one round takes (50), all older than the good one.
        List<Long> broken = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<Attachment> files = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                files.add(Attachment.received("PHOTO", "photo.jpg", 100L, "photos-gone-" + UUID.randomUUID(), null));
            }
            broken.add(submissions
                    .file(request("Ảnh không tải được số " + s + " về ngập nước", files))
                    .getId());
        }
        Chat chat = newResident("Anh Tư").onboard("Khóm 2");
        byte[] photo = ("\u00ff\u00d8fresh-" + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        long fresh = fileWithPhoto(chat, "Ổ gà lớn giữa đường Nguyễn Huệ gây tai nạn", photo);

        awaitKept(fresh);
        await().atMost(WAIT)
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM submission_attachment WHERE submission IN"
                                        + " (:ids) AND failure = 'FAILED'")
                                .param("ids", broken)
                                .query(Long.class)
                                .single()
                        == 60);
        assertThat(jdbc.sql("SELECT DISTINCT attempts FROM submission_attachment WHERE submission IN (:ids)")
                        .param("ids", broken)
                        .query(Integer.class)
                        .list())
                .as("tried a bounded number of times")
                .containsExactly(AttachmentKeeper.MAX_ATTEMPTS);
        assertThat(consolePage(broken.get(0))).contains("Không tải được tệp này từ Telegram sau nhiều lần thử");
    }

    @Test
    void beyondTheQuotaNewFilesAreNotKeptButTheSubmissionIsFiled() throws Exception {
        Path filler = Files.createTempFile("quota-filler", ".bin");
        long fillerNumber = submissions
                .file(request(
                        "Hồ sơ đính kèm rất lớn chiếm hết dung lượng",
                        List.of(new Attachment("DOCUMENT", "filler.bin", filler.toString(), 6L << 40, null))))
                .getId();
        try {
            Chat chat = newResident("Bác Năm").onboard("Khóm 2");
            long number = fileWithPhoto(
                    chat,
                    "Trụ điện nghiêng sắp đổ ở đầu hẻm 7",
                    ("\u00ff\u00d8quota-" + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1));

            assertThat(submissions.get(number).getText()).isEqualTo("Trụ điện nghiêng sắp đổ ở đầu hẻm 7");
            await().atMost(WAIT)
                    .until(() -> Attachment.QUOTA.equals(
                            submissions.get(number).getAttachments().get(0).failure()));
            assertThat(submissions.get(number).getAttachments().get(0).storedPath())
                    .isNull();
            assertThat(consolePage(number)).contains("đã hết dung lượng dành cho tệp đính kèm");
        } finally {
            jdbc.sql("UPDATE submission_attachment SET size_bytes = 0, stored_path = NULL WHERE submission = ?")
                    .param(fillerNumber)
                    .update();
            Files.deleteIfExists(filler);
        }
    }

    private long fileWithPhoto(Chat chat, String text, byte[] photo) {
        return Filing.fileWith(chat, text, c -> {
            api.injectPhoto(c.user(), photo, null);
            c.expect("Đã nhận tệp thứ 1");
        });
    }

    private String awaitKept(long number) {
        return await().atMost(WAIT)
                .until(() -> submissions.get(number).getAttachments().get(0).storedPath(), p -> p != null);
    }

    private String consolePage(long number) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build()
                .perform(get("/console/submissions/" + number).with(user(officials.loadUserByUsername("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static NewSubmission request(String text, List<Attachment> files) {
        return new NewSubmission(
                null,
                "K2",
                Kind.COMPLAINT,
                1,
                text,
                true,
                Channel.WRITTEN,
                null,
                null,
                null,
                null,
                files,
                "test:" + UUID.randomUUID(),
                "admin");
    }
}
