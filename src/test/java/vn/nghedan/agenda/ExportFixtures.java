package vn.nghedan.agenda;

import static vn.nghedan.agenda.AgendaFixtures.CLOCK;
import static vn.nghedan.agenda.AgendaFixtures.SESSION;
import static vn.nghedan.agenda.AgendaFixtures.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** An agenda with ordinary, anonymous and hostile resident text, and the text each export shows. */
final class ExportFixtures {

    static final String FLOODING =
            "Đoạn đường hẻm 12 khóm 1 bị ngập nước mỗi khi mưa lớn, đề nghị phường nạo vét cống thoát nước.";
    static final String SECRET_AUTHOR = "Lê Thị Kín Đáo";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String HOSTILE =
            "<script>alert(\"x\")</script> & 'nháy đơn' [link](http://evil.example) *đậm* #1 | ống";
    static final String TWO_LINES = "Cầu gỗ bắc qua rạch đã xuống cấp.\nVán mục, trẻ em đi học qua lại rất lo.";
    static final String RIGHT_TO_LEFT = "Quán karaoke \u202Ehát to\u202C đến khuya, đã nhắc nhở nhưng không thay đổi.";

    static final AgendaCandidate.Answer ANSWER = new AgendaCandidate.Answer(
            "Ông Lê Văn Cường, công chức Địa chính – Xây dựng",
            "AT_SESSION",
            "Phường đã khảo sát, sẽ nạo vét cống hẻm 12.",
            "Nạo vét xong trước mùa mưa",
            LocalDate.of(2026, 6, 30),
            null);
    static final AgendaCandidate.Answer REFERRAL = new AgendaCandidate.Answer(
            "Bà Phạm Thị Dung", "IN_WRITING", "Đã chuyển đơn vị cấp nước.", null, null, "Công ty Cấp nước Đồng Tháp");

    private ExportFixtures() {}

    static List<AgendaCandidate> candidates() {
        return List.of(
                candidate(1, FLOODING)
                        .by("Nguyễn Văn An")
                        .supporters(3)
                        .issues(2)
                        .build(),
                candidate(2, SampleSubmissions.withoutDiacritics(FLOODING))
                        .anonymousBy(SECRET_AUTHOR)
                        .supporters(2)
                        .build(),
                candidate(3, FORMULA)
                        .topic(4)
                        .anonymousBy(SECRET_AUTHOR)
                        .channel("WEB")
                        .build(),
                candidate(4, HOSTILE).topic(5).in("K2").channel("WRITTEN").build(),
                candidate(5, TWO_LINES)
                        .topic(1)
                        .by("Trần Thị Bích")
                        .channel("SPOKEN")
                        .build(),
                candidate(6, RIGHT_TO_LEFT)
                        .topic(3)
                        .carriedFrom(AgendaFixtures.EARLIER_SESSION_ID)
                        .build(),
                candidate(7, "Nước máy có lúc đục và yếu, phường có thể liên hệ công ty cấp nước kiểm tra không?")
                        .topic(6)
                        .kind("QUESTION")
                        .in("K2")
                        .build());
    }

    static Agenda agenda() {
        return new AgendaCompiler().compile(SESSION, candidates(), AgendaOverrides.none(), CLOCK);
    }

    /** After the session: #1 answered (with #2), #7 referred, the rest carried over. */
    static Agenda results() {
        List<AgendaCandidate> after = candidates().stream()
                .map(c -> switch ((int) c.number()) {
                    case 1, 2 -> with(c, "ANSWERED", ANSWER);
                    case 7 -> with(c, "REFERRED", REFERRAL);
                    default -> c;
                })
                .toList();
        return new AgendaCompiler().compileResults(SESSION, after, AgendaOverrides.none(), CLOCK);
    }

    private static AgendaCandidate with(AgendaCandidate c, String status, AgendaCandidate.Answer answer) {
        return new AgendaCandidate(
                c.number(),
                c.kind(),
                c.topic(),
                c.neighbourhoodCode(),
                c.text(),
                c.authorName(),
                c.anonymous(),
                c.channel(),
                c.supporters(),
                c.issues(),
                c.createdAt(),
                status,
                AgendaFixtures.SESSION_ID,
                c.carriedFromSessionId(),
                answer);
    }

    /** What a reader of the file sees as text; for a PDF, with its line wraps undone. */
    static String text(AgendaExport format, byte[] file) {
        try {
            if (format instanceof AgendaDocx) {
                try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
                        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return extractor.getText();
                }
            }
            if (format instanceof AgendaPdf) {
                try (PDDocument document = Loader.loadPDF(file)) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    return stripper.getText(document).replaceAll("\\s+", " ");
                }
            }
            return new String(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<AgendaExport> formats() {
        return List.of(new AgendaDocx(), new AgendaPdf(), new AgendaCsv(), new AgendaMarkdown());
    }
}
