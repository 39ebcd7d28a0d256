package vn.nghedan.agenda;

/**
 * A file format the ward's documents are written in: {@link AgendaDocx}, {@link AgendaPdf},
 * {@link AgendaCsv} or {@link AgendaMarkdown}. The same format writes the agenda ({@link #write})
 * and the results document ({@link ResultsReport}). Thread-safe.
 */
public abstract sealed class AgendaExport permits AgendaDocx, AgendaPdf, AgendaCsv, AgendaMarkdown {

    AgendaExport() {}

    /** The agenda, as the ward prints or publishes it before the session. */
    public final byte[] write(Agenda agenda, WardInfo ward) {
        return render(ReportContent.agenda(agenda, ward));
    }

    /** The media type to serve the file with. */
    public abstract String mediaType();

    /** The file name extension, without the dot. */
    public abstract String fileExtension();

    abstract byte[] render(ReportDocument document);
}
