package vn.nghedan.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaMarkdownTest {

    private final String markdown = new String(
            new AgendaMarkdown().write(ExportFixtures.agenda(), AgendaFixtures.WARD), StandardCharsets.UTF_8);

    @Test
    void hasAHeadingPerTopicAndATable() {
        assertThat(markdown)
                .contains(
                        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                        "# NỘI DUNG ĐỐI THOẠI VỚI NHÂN DÂN\n",
                        "## I. KINH TẾ, ĐẤT ĐAI, QUY HOẠCH, XÂY DỰNG, HẠ TẦNG (3 ý kiến, 4 nội dung)\n",
                        "## V. KHÁC, NGOÀI THẨM QUYỀN (1 ý kiến, 1 nội dung)\n",
                        "| STT | Khóm | Người phản ánh | Nội dung tóm tắt |",
                        "| 1 | Khóm 1 | Nguyễn Văn An | Đoạn đường hẻm 12 khóm 1 bị ngập nước");
        List<String> tableRows =
                markdown.lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(tableRows)
                .hasSize(2 + 6)
                .allSatisfy(row -> assertThat(row.split("(?<!\\\\)\\|")).hasSize(13));
    }

    @Test
    void residentTextCannotBecomeMarkupLinksOrHtml() {
        assertThat(markdown)
                .contains("\\<script\\>alert(\"x\")\\</script\\> \\& 'nháy đơn' \\[link\\](http\\://evil.example)"
                        + " \\*đậm\\* \\#1 \\| ống")
                .doesNotContain("<script>", "[link](");
    }

    @Test
    void escapesEverySignificantCharacter() {
        assertThat(AgendaMarkdown.escape("a|b*c_d`e[f]g<h>i#j&k~l\\m"))
                .isEqualTo("a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i\\#j\\&k\\~l\\\\m");
        assertThat(AgendaMarkdown.escape("xem www.evil.example hoặc https://x.vn, thư a@b.vn"))
                .isEqualTo("xem www\\.evil.example hoặc https\\://x.vn, thư a\\@b.vn");
        assertThat(List.of("- mục", "+ mục", "= dòng", "12. mục", "3) mục", "Hẻm 12. Ngập"))
                .map(AgendaMarkdown::escape)
                .containsExactly("\\- mục", "\\+ mục", "\\= dòng", "12\\. mục", "3\\) mục", "Hẻm 12. Ngập");
    }

    @Test
    void keepsEachEntryOnItsOwnLines() {
        assertThat(AgendaMarkdown.escape(ExportFixtures.TWO_LINES))
                .isEqualTo("Cầu gỗ bắc qua rạch đã xuống cấp. Ván mục, trẻ em đi học qua lại rất lo.");
        assertThat(markdown)
                .contains("2. Cầu gỗ bắc qua rạch đã xuống cấp. Ván mục, trẻ em đi học qua lại rất lo.  \n");
    }
}
