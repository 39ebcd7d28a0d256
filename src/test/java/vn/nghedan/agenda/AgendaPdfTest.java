package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class AgendaPdfTest {

    private final byte[] file = new AgendaPdf().write(ExportFixtures.agenda(), AgendaFixtures.WARD);

    @Test
    void vietnameseLettersSurvive() {
        String text = ExportFixtures.text(new AgendaPdf(), file);

        assertThat(text)
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Sa Đéc, ngày 10 tháng 03 năm 2026",
                        "NỘI DUNG ĐỐI THOẠI VỚI NHÂN DÂN",
                        "số 12 đường Hùng Vương",
                        "I. KINH TẾ, ĐẤT ĐAI, QUY HOẠCH, XÂY DỰNG, HẠ TẦNG",
                        "Đoạn đường hẻm 12 khóm 1 bị ngập nước",
                        "<script>alert(\"x\")</script> & 'nháy đơn'",
                        ExportFixtures.FORMULA,
                        "PHỤ LỤC: BẢNG TỔNG HỢP Ý KIẾN, KIẾN NGHỊ");
    }

    @Test
    void embedsDejaVuSansRegularAndBold() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertThat(fonts).containsOnly("DejaVuSans", "DejaVuSans-Bold").contains("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void textOnPortraitA4AndTheAppendixOnLandscape() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            PDPage first = pdf.getPage(0);
            PDPage last = pdf.getPage(pdf.getNumberOfPages() - 1);

            assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, offset(1f));
            // OpenPDF writes a landscape page as portrait media turned by 90°
            boolean turned = last.getRotation() % 180 != 0;
            float width =
                    turned ? last.getMediaBox().getHeight() : last.getMediaBox().getWidth();
            float height =
                    turned ? last.getMediaBox().getWidth() : last.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
            assertThat(first.getRotation()).isZero();
        }
    }
}
