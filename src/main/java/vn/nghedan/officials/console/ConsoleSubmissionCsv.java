package vn.nghedan.officials.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import vn.nghedan.officials.core.SubmissionSummary;

/**
 * The submission list as a spreadsheet: UTF-8 with a byte-order mark so that Excel shows the
 * diacritics, and every cell that a spreadsheet would read as a formula neutralised — resident
 * text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return.
 */
@Component
class ConsoleSubmissionCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsoleTexts texts;

    ConsoleSubmissionCsv(ConsoleTexts texts) {
        this.texts = texts;
    }

    byte[] write(List<SubmissionSummary> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write(BOM);
            csv.printRecord(header());
            for (SubmissionSummary s : rows) {
                csv.printRecord(
                        s.number(),
                        TIME.format(s.createdAt()),
                        s.neighbourhood(),
                        texts.get("console.kind." + s.kind()),
                        texts.get("console.topic." + s.topic()),
                        texts.get("console.channel." + s.channel()),
                        texts.get("console.status." + s.status()),
                        s.supporters(),
                        s.sessionId() == null ? "" : s.sessionId(),
                        neutralised(s.author()),
                        neutralised(s.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<String> header() {
        return List.of(
                        "number",
                        "received",
                        "neighbourhood",
                        "kind",
                        "topic",
                        "channel",
                        "status",
                        "supporters",
                        "session",
                        "author",
                        "text")
                .stream()
                .map(column -> texts.get("console.csv." + column))
                .toList();
    }

    /** A leading apostrophe makes a spreadsheet show the text instead of evaluating it. */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
