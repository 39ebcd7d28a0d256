package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the CSV back as a spreadsheet would. Not with Commons CSV's parser: telegrambots-client
 * pulls commons-io 2.16.1, which wins over the 2.18+ that CSVParser needs
 * (UnsynchronizedBufferedReader), so the parser cannot load until the pom pins commons-io; the
 * printer the export uses does not need it.
 */
class AgendaCsvTest {

    private final byte[] file = new AgendaCsv().write(ExportFixtures.agenda(), AgendaFixtures.WARD);

    /** The rows after the header, each cell by its column label. */
    private List<Map<String, String>> records() {
        List<List<String>> rows = Rfc4180.parse(new String(file, StandardCharsets.UTF_8).substring(1));
        List<String> header = rows.get(0);
        return rows.subList(1, rows.size()).stream()
                .map(row -> {
                    assertThat(row).hasSameSizeAs(header);
                    Map<String, String> record = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        record.put(header.get(i), row.get(i));
                    }
                    return record;
                })
                .toList();
    }

    @Test
    void startsWithAByteOrderMarkForExcel() {
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void hasAHeaderAndOneRowPerItemWithItsSubmissions() {
        List<Map<String, String>> records = records();

        assertThat(records).hasSize(6);
        Map<String, String> first = records.get(0);
        assertThat(first.get("STT")).isEqualTo("1");
        assertThat(first.get("Khóm")).isEqualTo("Khóm 1");
        assertThat(first.get("Người phản ánh")).isEqualTo("Nguyễn Văn An");
        assertThat(first.get("Nội dung tóm tắt")).isEqualTo(ExportFixtures.FLOODING);
        assertThat(first.get("Các ý kiến (#)")).isEqualTo("#1, #2");
        assertThat(first.get("Số lượng ý kiến")).isEqualTo("2");
        assertThat(first.get("Số lượng nội dung")).isEqualTo("3");
        assertThat(first.get("Số người ủng hộ")).isEqualTo("5");
        assertThat(first.get("Ngày nhận")).isEqualTo("07/03/2026");
    }

    @Test
    void neutralisesFormulasAndKeepsOtherTextIntact() {
        List<String> summaries =
                records().stream().map(r -> r.get("Nội dung tóm tắt")).toList();

        assertThat(summaries)
                .contains("'" + ExportFixtures.FORMULA, ExportFixtures.HOSTILE, ExportFixtures.TWO_LINES)
                .contains("Quán karaoke hát to đến khuya, đã nhắc nhở nhưng không thay đổi.");
    }

    @Test
    void neutralisesEveryFormulaStart() {
        assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", ""))
                .map(AgendaCsv::neutralised)
                .containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "a=b", "");
    }
}
