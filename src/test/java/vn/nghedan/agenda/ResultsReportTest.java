package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResultsReportTest {

    private final Agenda results = ExportFixtures.results();

    private String markdown() {
        return new String(
                ResultsReport.write(results, AgendaFixtures.WARD, new AgendaMarkdown()), StandardCharsets.UTF_8);
    }

    @Test
    void reportsTheResolutionRate() {
        assertThat(markdown())
                .contains("# BÁO CÁO\n", "**Kết quả đối thoại với Nhân dân**")
                .contains(
                        "Đã trả lời 1/6 vấn đề (17%); chuyển cơ quan có thẩm quyền 1; chưa trả lời, chuyển kỳ sau 4.");
    }

    @Test
    void listsAnsweredThenReferredThenCarriedOverItems() {
        String md = markdown();

        assertThat(md)
                .contains(
                        "## I. CÁC Ý KIẾN ĐÃ TRẢ LỜI",
                        "## II. CÁC Ý KIẾN ĐÃ CHUYỂN CƠ QUAN CÓ THẨM QUYỀN",
                        "## III. CÁC Ý KIẾN CHƯA ĐƯỢC TRẢ LỜI, CHUYỂN KỲ SAU",
                        "Cán bộ trả lời: Ông Lê Văn Cường, công chức Địa chính – Xây dựng; Hình thức trả lời: Trả lời"
                                + " tại hội nghị; Nội dung trả lời: Phường đã khảo sát, sẽ nạo vét cống hẻm 12.;"
                                + " Cam kết: Nạo vét xong trước mùa mưa; Thời hạn: 30/06/2026",
                        "Chuyển đến: Công ty Cấp nước Đồng Tháp");
        assertThat(md.indexOf("## I.")).isLessThan(md.indexOf("## II.")).isLessThan(md.indexOf("## III."));
        assertThat(md)
                .contains("| 1 | Khóm 1 | Nguyễn Văn An |")
                .contains("| Đã trả lời |", "| Chưa trả lời, chuyển kỳ sau |");
    }

    @Test
    void theCsvCarriesCommitmentAndReferral() {
        String csv =
                new String(ResultsReport.write(results, AgendaFixtures.WARD, new AgendaCsv()), StandardCharsets.UTF_8);

        assertThat(csv).contains("Nạo vét xong trước mùa mưa", "Công ty Cấp nước Đồng Tháp", "30/06/2026");
    }
}
