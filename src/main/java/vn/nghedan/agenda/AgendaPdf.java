package vn.nghedan.agenda;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * PDF with DejaVu Sans embedded: A4 portrait with the Decree 30 margins for the text, a landscape
 * page for the appendix table, whose header row repeats on every page.
 */
public final class AgendaPdf extends AgendaExport {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float BODY = 11;
    private static final float SMALL = 10;
    private static final float TITLE = 13;
    private static final float TABLE = 8;
    private static final float CELL_PADDING = 3;
    private static final Color HEADER_SHADING = new Color(0xD9, 0xD9, 0xD9);

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    byte[] render(ReportDocument content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, mm(30), mm(15), mm(20), mm(20));
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(String.join(" – ", content.title()));
        pdf.open();
        pdf.add(letterhead(content.letterhead()));
        for (String line : content.title()) {
            pdf.add(paragraph(line, PdfFonts.bold(TITLE), Element.ALIGN_CENTER));
        }
        for (ReportDocument.Field field : content.particulars()) {
            Paragraph paragraph = paragraph(field.label() + ": ", PdfFonts.bold(BODY), Element.ALIGN_LEFT);
            paragraph.add(new Phrase(field.value(), PdfFonts.regular(BODY)));
            pdf.add(paragraph);
        }
        for (String line : content.summary()) {
            Paragraph paragraph = paragraph(line, PdfFonts.regular(BODY), Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(mm(10));
            pdf.add(paragraph);
        }
        for (ReportDocument.Section section : content.sections()) {
            pdf.add(paragraph(section.heading(), PdfFonts.bold(BODY), Element.ALIGN_LEFT));
            for (ReportDocument.Entry entry : section.entries()) {
                Paragraph paragraph = paragraph(entry.number() + ". ", PdfFonts.bold(BODY), Element.ALIGN_JUSTIFIED);
                paragraph.add(new Phrase(entry.text(), PdfFonts.regular(BODY)));
                pdf.add(paragraph);
                Paragraph details = paragraph(entry.detailsLine(), PdfFonts.regular(SMALL), Element.ALIGN_LEFT);
                details.setIndentationLeft(mm(6));
                pdf.add(details);
            }
        }
        pdf.setPageSize(PageSize.A4.rotate());
        pdf.newPage();
        pdf.add(paragraph(content.appendixTitle(), PdfFonts.bold(BODY), Element.ALIGN_CENTER));
        pdf.add(table(content.appendix().printed()));
        pdf.close();
        return out.toByteArray();
    }

    /** A borderless two-column table: issuing body on the left, national heading on the right. */
    private static PdfPTable letterhead(ReportDocument.Letterhead letterhead) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(100);
        table.addCell(borderless(
                new Phrase(letterhead.parentBody(), PdfFonts.regular(SMALL)),
                new Phrase(letterhead.issuingBody(), PdfFonts.bold(SMALL)),
                new Phrase(letterhead.number(), PdfFonts.regular(SMALL))));
        table.addCell(borderless(
                new Phrase(Labels.NATION, PdfFonts.bold(SMALL)),
                new Phrase(Labels.MOTTO, PdfFonts.bold(SMALL)),
                new Phrase(letterhead.placeAndDate(), PdfFonts.regular(SMALL))));
        table.setSpacingAfter(mm(6));
        return table;
    }

    private static PdfPCell borderless(Phrase... lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        for (Phrase line : lines) {
            Paragraph paragraph = new Paragraph(line);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(paragraph);
        }
        return cell;
    }

    private static PdfPTable table(ReportDocument.Table content) {
        List<ReportDocument.Column> columns = content.columns();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(mm(3));
        for (ReportDocument.Column column : columns) {
            PdfPCell cell = cell(column.label(), PdfFonts.bold(TABLE));
            cell.setBackgroundColor(HEADER_SHADING);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        for (List<String> row : content.rows()) {
            for (String value : row) {
                table.addCell(cell(value, PdfFonts.regular(TABLE)));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(CELL_PADDING);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
