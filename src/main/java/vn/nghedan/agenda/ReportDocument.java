package vn.nghedan.agenda;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A ward document (agenda or results) as content without a format: what the four writers render
 * each in its own way, so that what a document says is decided once, in {@link ReportContent}.
 *
 * @param title bold centred lines under the letterhead
 * @param particulars the session's time, venue and so on
 * @param summary paragraphs of counts
 * @param sections numbered headings with numbered entries
 * @param appendix the table of the ward's report layout
 */
record ReportDocument(
        Letterhead letterhead,
        List<String> title,
        List<Field> particulars,
        List<String> summary,
        List<Section> sections,
        String appendixTitle,
        Table appendix) {

    /**
     * The Decree 30/2020 heading: issuing body on the left, the national heading on the right.
     *
     * @param number the document's number line, "Số: 15/BC-UBND"
     * @param placeAndDate "Sa Đéc, ngày 10 tháng 03 năm 2026"
     */
    record Letterhead(String parentBody, String issuingBody, String number, String placeAndDate) {}

    /** A labelled value: "Địa điểm: Hội trường UBND Phường 4". */
    record Field(String label, String value) {}

    record Section(String heading, List<Entry> entries) {}

    /** A numbered entry: its text, then its details on a line of their own. */
    record Entry(int number, String text, List<Field> details) {

        /** "Khóm: Khóm 1; Loại: Phản ánh; …". */
        String detailsLine() {
            return details.stream().map(f -> f.label() + ": " + f.value()).collect(Collectors.joining("; "));
        }
    }

    /**
     * @param width relative width in printed tables
     * @param printed false for data-only columns, which only the CSV carries
     */
    record Column(String label, int width, boolean printed) {}

    /** Rows of cells, one cell per column. */
    record Table(List<Column> columns, List<List<String>> rows) {

        /** The same table without its data-only columns, for printed documents. */
        Table printed() {
            int[] kept = IntStream.range(0, columns.size())
                    .filter(i -> columns.get(i).printed())
                    .toArray();
            return new Table(
                    IntStream.of(kept).mapToObj(columns::get).toList(),
                    rows.stream()
                            .map(row -> IntStream.of(kept).mapToObj(row::get).toList())
                            .toList());
        }
    }
}
