package vn.nghedan.agenda;

/**
 * The results document a ward must publish within 10 days after a session: answered items with
 * who answered, how, the answer and any commitment with its deadline; referrals with the body
 * they went to; and items not answered, which carry over to the next session.
 */
public final class ResultsReport {

    private ResultsReport() {}

    /**
     * @param results the session's items compiled by {@link AgendaCompiler#compileResults}
     * @param format the file format to write
     */
    public static byte[] write(Agenda results, WardInfo ward, AgendaExport format) {
        return format.render(ReportContent.results(results, ward));
    }
}
