package vn.nghedan.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows the diacritics), a header
 * row, one row per item with every column including the data-only ones (its submissions'
 * numbers, codes, dates). Fields holding commas, quotes or line breaks are quoted, line breaks
 * kept.
 */
public final class AgendaCsv extends AgendaExport {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT.print(writer)) {
            writer.write(BYTE_ORDER_MARK);
            ReportDocument.Table table = document.appendix();
            csv.printRecord(
                    table.columns().stream().map(ReportDocument.Column::label).map(AgendaCsv::neutralised));
            for (List<String> row : table.rows()) {
                csv.printRecord(row.stream().map(AgendaCsv::neutralised));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * OWASP's rule against CSV injection: a cell a spreadsheet would read as a formula (starting
     * with = + - @, a tab or a carriage return) gets a leading single quote, shown as text.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
