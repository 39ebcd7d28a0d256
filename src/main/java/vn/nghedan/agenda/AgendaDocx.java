package vn.nghedan.agenda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Word (DOCX) in the Decree 30/2020 style: Times New Roman on every run, 13 pt body, A4 portrait
 * with the decree's margins, and the appendix table in a landscape section of its own.
 */
public final class AgendaDocx extends AgendaExport {

    private static final String FONT = "Times New Roman";

    /** Sizes and emphasis of the document's text. */
    private record Look(int points, boolean bold, boolean italic) {}

    private static final Look BODY = new Look(13, false, false);
    private static final Look BODY_BOLD = new Look(13, true, false);
    private static final Look DETAILS = new Look(12, false, true);
    private static final Look HEADING_LEFT = new Look(12, false, false);
    private static final Look HEADING_LEFT_BOLD = new Look(12, true, false);
    private static final Look NATION = new Look(12, true, false);
    private static final Look MOTTO = new Look(13, true, false);
    private static final Look PLACE_DATE = new Look(13, false, true);
    private static final Look TITLE = new Look(14, true, false);
    private static final Look TABLE = new Look(11, false, false);
    private static final Look TABLE_HEADER = new Look(11, true, false);

    // A4 in twentieths of a point; Decree 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm.
    private static final long A4_SHORT = 11906;
    private static final long A4_LONG = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String HEADER_SHADING = "D9D9D9";

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    byte[] render(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(docx).write(document);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One document's writing. A run's properties (font on all four ranges, size, emphasis) are set
     * once per look and then copied: setting them one by one on each of a 2,000-item agenda's
     * ~20,000 runs was a large part of its time, and the XML written is the same.
     */
    private static final class Writer {

        private final XWPFDocument docx;
        private final Map<Look, CTRPr> looks = new HashMap<>();

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        void write(ReportDocument document) {
            letterhead(docx, document.letterhead());
            for (String line : document.title()) {
                paragraph(docx, ParagraphAlignment.CENTER, line, TITLE);
            }
            for (ReportDocument.Field field : document.particulars()) {
                XWPFParagraph paragraph = paragraph(docx, ParagraphAlignment.LEFT, field.label() + ": ", BODY_BOLD);
                run(paragraph, field.value(), BODY);
            }
            for (String line : document.summary()) {
                paragraph(docx, ParagraphAlignment.BOTH, line, BODY).setIndentationFirstLine(mm(10));
            }
            for (ReportDocument.Section section : document.sections()) {
                paragraph(docx, ParagraphAlignment.LEFT, section.heading(), BODY_BOLD);
                for (ReportDocument.Entry entry : section.entries()) {
                    XWPFParagraph paragraph =
                            paragraph(docx, ParagraphAlignment.BOTH, entry.number() + ". ", BODY_BOLD);
                    run(paragraph, entry.text(), BODY);
                    paragraph(docx, ParagraphAlignment.BOTH, entry.detailsLine(), DETAILS)
                            .setIndentationLeft(mm(6));
                }
            }
            // The portrait section ends here; the body's own section properties make the rest landscape.
            pageSetup(docx.createParagraph().getCTP().addNewPPr().addNewSectPr(), false);
            pageSetup(docx.getDocument().getBody().addNewSectPr(), true);
            paragraph(docx, ParagraphAlignment.CENTER, document.appendixTitle(), BODY_BOLD);
            table(docx, document.appendix().printed());
        }

        /** A borderless two-column table: issuing body on the left, national heading on the right. */
        private void letterhead(XWPFDocument docx, ReportDocument.Letterhead letterhead) {
            XWPFTable table = docx.createTable(1, 2);
            table.removeBorders();
            table.setWidth("100%");
            XWPFTableCell left = table.getRow(0).getCell(0);
            left.setWidth("40%");
            cellLine(left, ParagraphAlignment.CENTER, letterhead.parentBody(), HEADING_LEFT);
            cellLine(left, ParagraphAlignment.CENTER, letterhead.issuingBody(), HEADING_LEFT_BOLD);
            cellLine(left, ParagraphAlignment.CENTER, letterhead.number(), HEADING_LEFT);
            XWPFTableCell right = table.getRow(0).getCell(1);
            right.setWidth("60%");
            cellLine(right, ParagraphAlignment.CENTER, Labels.NATION, NATION);
            cellLine(right, ParagraphAlignment.CENTER, Labels.MOTTO, MOTTO);
            cellLine(right, ParagraphAlignment.CENTER, letterhead.placeAndDate(), PLACE_DATE);
        }

        private void table(XWPFDocument docx, ReportDocument.Table table) {
            List<ReportDocument.Column> columns = table.columns();
            int totalWidth =
                    columns.stream().mapToInt(ReportDocument.Column::width).sum();
            XWPFTable grid = docx.createTable(table.rows().size() + 1, columns.size());
            grid.setWidth("100%");
            // XWPFTable.getRow(i) counts the rows in the XML each time: walk POI's own lists instead.
            List<XWPFTableRow> rows = grid.getRows();
            XWPFTableRow header = rows.get(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = header.getTableCells().get(c);
                cell.setWidth(Math.round(100f * columns.get(c).width() / totalWidth) + "%");
                cell.setColor(HEADER_SHADING);
                cellLine(cell, ParagraphAlignment.CENTER, columns.get(c).label(), TABLE_HEADER);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> values = table.rows().get(r);
                List<XWPFTableCell> cells = rows.get(r + 1).getTableCells();
                for (int c = 0; c < columns.size(); c++) {
                    cellLine(cells.get(c), ParagraphAlignment.LEFT, values.get(c), TABLE);
                }
            }
        }

        /** The cell's next line: its first, still empty, paragraph, or a new one. */
        private void cellLine(XWPFTableCell cell, ParagraphAlignment alignment, String text, Look look) {
            XWPFParagraph first = cell.getParagraphs().get(0);
            XWPFParagraph paragraph = first.getRuns().isEmpty() ? first : cell.addParagraph();
            paragraph.setAlignment(alignment);
            run(paragraph, text, look);
        }

        private XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment alignment, String text, Look look) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(alignment);
            paragraph.setSpacingAfter(80);
            run(paragraph, text, look);
            return paragraph;
        }

        /** A run in the document's font; line breaks in the text become breaks in the run. */
        private void run(XWPFParagraph paragraph, String text, Look look) {
            XWPFRun run = paragraph.createRun();
            CTRPr made = looks.get(look);
            if (made != null) {
                run.getCTR().setRPr(made);
            } else {
                for (XWPFRun.FontCharRange range : List.of(
                        XWPFRun.FontCharRange.ascii,
                        XWPFRun.FontCharRange.hAnsi,
                        XWPFRun.FontCharRange.cs,
                        XWPFRun.FontCharRange.eastAsia)) {
                    run.setFontFamily(FONT, range);
                }
                run.setFontSize(look.points());
                run.setBold(look.bold());
                run.setItalic(look.italic());
                looks.put(look, run.getCTR().getRPr());
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }

    private static void pageSetup(CTSectPr section, boolean landscape) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(20)));
        margins.setBottom(BigInteger.valueOf(mm(20)));
        margins.setLeft(BigInteger.valueOf(mm(30)));
        margins.setRight(BigInteger.valueOf(mm(15)));
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
