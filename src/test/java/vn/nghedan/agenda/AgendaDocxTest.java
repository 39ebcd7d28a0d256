package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class AgendaDocxTest {

    private static XWPFDocument docx;

    @BeforeAll
    static void write() throws IOException {
        byte[] file = new AgendaDocx().write(ExportFixtures.agenda(), AgendaFixtures.WARD);
        docx = new XWPFDocument(new ByteArrayInputStream(file));
    }

    @Test
    void opensWithTheDecree30Letterhead() {
        XWPFTable letterhead = docx.getTables().get(0);
        XWPFTableRow row = letterhead.getRow(0);

        assertThat(lines(row.getCell(0)))
                .containsExactly("UBND THÀNH PHỐ SA ĐÉC", "ỦY BAN NHÂN DÂN PHƯỜNG 4", "Số: 15/BC-UBND");
        assertThat(lines(row.getCell(1)))
                .containsExactly(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Sa Đéc, ngày 10 tháng 03 năm 2026");
        assertThat(run(row.getCell(0), 1).isBold()).isTrue();
        assertThat(run(row.getCell(1), 0).isBold()).isTrue();
        assertThat(run(row.getCell(1), 1).isBold()).isTrue();
        assertThat(run(row.getCell(1), 2).isItalic()).isTrue();
        assertThat(letterhead.getCTTbl().getTblPr().isSetTblBorders()).isFalse();
    }

    @Test
    void titleIsBoldAndCentred() {
        XWPFParagraph title = paragraphWith("NỘI DUNG ĐỐI THOẠI VỚI NHÂN DÂN");

        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns().get(0).isBold()).isTrue();
        assertThat(paragraphWith("Đối thoại với Nhân dân Khóm 1 và Khóm 2, quý I năm 2026")
                        .getAlignment())
                .isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void givesTheParticularsCountsAndNumberedItemsByTopic() {
        String text = bodyText();

        assertThat(text)
                .contains(
                        "Thời gian: 08 giờ 00, ngày 15/03/2026",
                        "Hạn nhận ý kiến: 17 giờ 00, ngày 08/03/2026",
                        "Chủ trì: Ông Trần Văn Bình",
                        "Tổng hợp được 7 ý kiến, 8 nội dung, gộp thành 6 vấn đề với 10 lượt người ủng hộ.",
                        "I. KINH TẾ, ĐẤT ĐAI, QUY HOẠCH, XÂY DỰNG, HẠ TẦNG (3 ý kiến, 4 nội dung)",
                        "1. " + ExportFixtures.FLOODING,
                        "Khóm: Khóm 1; Loại: Phản ánh; Người phản ánh: Nguyễn Văn An; Số người ủng hộ: 5; Ý kiến số: #1, #2",
                        "Ghi chú: Chuyển từ kỳ trước",
                        "5. " + ExportFixtures.HOSTILE);
        assertThat(text.indexOf("I. KINH TẾ")).isLessThan(text.indexOf("II. QUỐC PHÒNG"));
    }

    @Test
    void keepsALineBreakOfTheResidentAsABreak() {
        XWPFRun run = paragraphWith("Cầu gỗ").getRuns().get(1);

        assertThat(run.getCTR().sizeOfBrArray()).isEqualTo(1);
        assertThat(run.text()).isEqualTo(ExportFixtures.TWO_LINES);
    }

    @Test
    void endsWithTheAppendixTableInTheWardsColumns() {
        XWPFTable appendix = docx.getTables().get(1);

        assertThat(lines(appendix.getRow(0)))
                .containsExactly(
                        "STT",
                        "Khóm",
                        "Người phản ánh",
                        "Nội dung tóm tắt",
                        "Lĩnh vực",
                        "Số người ủng hộ",
                        "Thẩm quyền",
                        "Cán bộ trả lời",
                        "Hình thức trả lời",
                        "Nội dung trả lời",
                        "Thời hạn",
                        "Tình trạng");
        assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
        assertThat(appendix.getNumberOfRows()).isEqualTo(1 + 6);
        assertThat(lines(appendix.getRow(1)))
                .containsExactly(
                        "1",
                        "Khóm 1",
                        "Nguyễn Văn An",
                        ExportFixtures.FLOODING,
                        "Kinh tế, đất đai, quy hoạch, xây dựng, hạ tầng",
                        "5",
                        "UBND Phường 4",
                        "",
                        "",
                        "",
                        "",
                        "Chờ xem xét");
        assertThat(lines(appendix.getRow(6)).get(6)).isEqualTo("Ngoài thẩm quyền phường");
    }

    @Test
    void everyRunIsTimesNewRomanAndTheBodyIs13Points() {
        List<XWPFRun> runs = allRuns();

        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
            assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                    .containsOnly("Times New Roman");
        });
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            if (paragraph.getText().startsWith("Tổng hợp được")
                    || paragraph.getText().startsWith("1. ")) {
                assertThat(paragraph.getRuns())
                        .allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(13.0));
            }
        }
    }

    @Test
    void printsOnA4WithTheDecreesMarginsAndALandscapeAppendix() {
        CTSectPr portrait = docx.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .findFirst()
                .orElseThrow()
                .getCTP()
                .getPPr()
                .getSectPr();
        CTSectPr landscape = docx.getDocument().getBody().getSectPr();

        assertThat(List.of(portrait.getPgSz().getW(), portrait.getPgSz().getH()))
                .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
        assertThat(List.of(landscape.getPgSz().getW(), landscape.getPgSz().getH()))
                .containsExactly(BigInteger.valueOf(16838), BigInteger.valueOf(11906));
        // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850
        assertThat(List.of(
                        portrait.getPgMar().getTop(),
                        portrait.getPgMar().getBottom(),
                        portrait.getPgMar().getLeft(),
                        portrait.getPgMar().getRight()))
                .containsExactly(
                        BigInteger.valueOf(1134),
                        BigInteger.valueOf(1134),
                        BigInteger.valueOf(1701),
                        BigInteger.valueOf(850));
    }

    private static String bodyText() {
        return String.join(
                "\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    private static XWPFParagraph paragraphWith(String start) {
        return docx.getParagraphs().stream()
                .filter(p -> p.getText().startsWith(start) || p.getText().contains(". " + start))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> lines(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, int line) {
        return cell.getParagraphs().get(line).getRuns().get(0);
    }

    private static List<XWPFRun> allRuns() {
        List<XWPFRun> runs = new ArrayList<>();
        docx.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : docx.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        return runs;
    }
}
