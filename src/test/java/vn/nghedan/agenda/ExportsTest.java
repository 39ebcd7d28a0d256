package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nghedan.agenda.ExportFixtures.SECRET_AUTHOR;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every format must show, and never show, of the same agenda and results. */
class ExportsTest {

    static List<AgendaExport> formats() {
        return ExportFixtures.formats();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void agendaShowsItsItemsAndHidesAnonymousAuthors(AgendaExport format) {
        String text = ExportFixtures.text(format, format.write(ExportFixtures.agenda(), AgendaFixtures.WARD));

        assertThat(text)
                .contains("Nhân dân Khóm 1", "Nguyễn Văn An", "Trần Thị Bích", "nạo vét", "đường", "Khóm 2")
                .doesNotContain(SECRET_AUTHOR, "Kín Đáo", "\u202E", "\u202C");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void resultsShowAnswersReferralsAndWhatCarriesOver(AgendaExport format) {
        String text =
                ExportFixtures.text(format, ResultsReport.write(ExportFixtures.results(), AgendaFixtures.WARD, format));

        assertThat(text)
                .contains("Ông Lê Văn Cường", "Công ty Cấp nước Đồng Tháp", "30/06/2026", "Chưa trả lời, chuyển kỳ sau")
                .doesNotContain(SECRET_AUTHOR);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void namesItsOwnFileType(AgendaExport format) {
        assertThat(format.mediaType()).isNotBlank();
        assertThat(List.of("docx", "pdf", "csv", "md")).contains(format.fileExtension());
    }
}
