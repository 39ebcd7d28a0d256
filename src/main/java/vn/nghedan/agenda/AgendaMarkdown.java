package vn.nghedan.agenda;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Markdown (CommonMark with GitHub's tables): a heading per section, numbered entries, and the
 * appendix as a table. Every text from the data is escaped, so resident text shows as written
 * and nothing in it becomes markup, a link or HTML.
 */
public final class AgendaMarkdown extends AgendaExport {

    /** Characters that start emphasis, code, links, HTML, headings, tables, entities or strikethrough. */
    private static final String SIGNIFICANT = "\\`*_[]<>#|&~";

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\n\\r\\t]\\s*");
    // GitHub turns bare www., http:// and e-mail addresses into links; an escaped dot, colon or
    // at sign stops that and still shows the same character.
    private static final Pattern AUTOLINK_DOT = Pattern.compile("(?i)(?<=www)\\.");
    private static final Pattern AUTOLINK_COLON = Pattern.compile(":(?=//)");
    // At the start of a line these would open a list, a quote or a setext heading.
    private static final Pattern BLOCK_START = Pattern.compile("^(?:([-+=])|(\\d+)([.)]))");

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    byte[] render(ReportDocument document) {
        StringBuilder md = new StringBuilder();
        ReportDocument.Letterhead letterhead = document.letterhead();
        md.append(escape(letterhead.parentBody()))
                .append("  \n**")
                .append(escape(letterhead.issuingBody()))
                .append("**  \n")
                .append(escape(letterhead.number()))
                .append("\n\n**")
                .append(escape(Labels.NATION))
                .append("**  \n**")
                .append(escape(Labels.MOTTO))
                .append("**  \n*")
                .append(escape(letterhead.placeAndDate()))
                .append("*\n\n");
        md.append("# ").append(escape(document.title().get(0))).append("\n\n");
        for (String line : document.title().subList(1, document.title().size())) {
            md.append("**").append(escape(line)).append("**\n\n");
        }
        for (ReportDocument.Field field : document.particulars()) {
            md.append("- **")
                    .append(escape(field.label()))
                    .append(":** ")
                    .append(escape(field.value()))
                    .append('\n');
        }
        md.append('\n');
        for (String line : document.summary()) {
            md.append(escape(line)).append("\n\n");
        }
        for (ReportDocument.Section section : document.sections()) {
            md.append("## ").append(escape(section.heading())).append("\n\n");
            for (ReportDocument.Entry entry : section.entries()) {
                md.append(entry.number())
                        .append(". ")
                        .append(escape(entry.text()))
                        .append("  \n")
                        .append("   *")
                        .append(escape(entry.detailsLine()))
                        .append("*\n");
            }
            md.append('\n');
        }
        md.append("## ").append(escape(document.appendixTitle())).append("\n\n");
        table(md, document.appendix().printed());
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder md, ReportDocument.Table table) {
        md.append(row(table.columns().stream().map(ReportDocument.Column::label).toList()));
        md.append(table.columns().stream().map(c -> "---").collect(Collectors.joining(" | ", "| ", " |\n")));
        table.rows().forEach(row -> md.append(row(row)));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(AgendaMarkdown::escape).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /**
     * The text on one line with every Markdown-significant character backslash-escaped. CommonMark
     * shows an escaped ASCII punctuation character as itself, so the reader sees the text as the
     * resident wrote it. Line breaks and tabs become spaces: in a list item or a table cell a
     * break would end the item or the row.
     */
    static String escape(String text) {
        String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ");
        StringBuilder escaped = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SIGNIFICANT.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String unlinked = AUTOLINK_COLON
                .matcher(AUTOLINK_DOT.matcher(escaped).replaceAll("\\\\."))
                .replaceAll("\\\\:")
                .replace("@", "\\@");
        return BLOCK_START
                .matcher(unlinked)
                .replaceFirst(m -> m.group(1) != null ? "\\\\" + m.group(1) : m.group(2) + "\\\\" + m.group(3));
    }
}
