package vn.nghedan.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;

/** A session's agenda and results, compiled from the database, and their documents. */
@Service
public class Agendas {

    /** The document formats, by the extension used in URLs and file names. */
    public enum Format {
        DOCX(new AgendaDocx()),
        PDF(new AgendaPdf()),
        CSV(new AgendaCsv()),
        MD(new AgendaMarkdown());

        private final AgendaExport writer;

        Format(AgendaExport writer) {
            this.writer = writer;
        }

        public String mediaType() {
            return writer.mediaType();
        }

        public String extension() {
            return writer.fileExtension();
        }

        public static Format of(String extension) {
            try {
                return valueOf(extension.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new NotFoundException("No such document format: use docx, pdf, csv or md");
            }
        }
    }

    private final Sessions sessions;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;
    private final ObjectProvider<AgendaAdjustments> adjustments;
    private final Clock clock;
    private final AgendaCompiler compiler = new AgendaCompiler();

    Agendas(
            Sessions sessions,
            Submissions submissions,
            Neighbourhoods neighbourhoods,
            ObjectProvider<AgendaAdjustments> adjustments,
            Clock clock) {
        this.sessions = sessions;
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
        this.adjustments = adjustments;
        this.clock = clock;
    }

    /** What the session will answer, whole: throws NotFoundException for an unknown session. */
    public Agenda agenda(long sessionId) {
        return agenda(sessionId, AgendaReader.WHOLE);
    }

    /** What the session will answer, as this reader may see it. */
    public Agenda agenda(long sessionId, AgendaReader reader) {
        DialogueSession session = sessions.get(sessionId);
        return compiler.compile(describe(session), candidates(session, reader), overrides(sessionId), clock);
    }

    /** After the session: what was answered, referred, or carried over. */
    public Agenda results(long sessionId) {
        return results(sessionId, AgendaReader.WHOLE);
    }

    /** The results as this reader may see them. */
    public Agenda results(long sessionId, AgendaReader reader) {
        DialogueSession session = sessions.get(sessionId);
        return compiler.compileResults(describe(session), candidates(session, reader), overrides(sessionId), clock);
    }

    public byte[] document(Agenda agenda, Format format) {
        return format.writer.write(agenda, wardOf(agenda));
    }

    public byte[] resultsDocument(Agenda results, Format format) {
        return ResultsReport.write(results, wardOf(results), format.writer);
    }

    /** The heading of a session's documents: its own ward's, in a deployment of several. */
    public WardInfo wardOf(Agenda agenda) {
        WardProfile w = sessions.find(agenda.session().id())
                .flatMap(s -> neighbourhoods.wardById(s.getWardId()))
                .orElse(neighbourhoods.ward());
        return new WardInfo(w.name(), w.issuingBody(), w.parentBody(), w.place(), w.documentNumber());
    }

    private AgendaOverrides overrides(long sessionId) {
        AgendaAdjustments source = adjustments.getIfAvailable();
        return source == null ? AgendaOverrides.none() : source.forSession(sessionId);
    }

    private AgendaSession describe(DialogueSession s) {
        List<AgendaSession.Neighbourhood> areas = s.neighbourhoodCodes().stream()
                .map(code -> new AgendaSession.Neighbourhood(code, neighbourhoods.nameOf(code)))
                .toList();
        return new AgendaSession(
                s.getId(),
                s.getTitle(),
                s.getKind().name(),
                s.getStartsAt(),
                s.getVenue(),
                s.getSubmissionsCloseAt(),
                areas,
                s.getChair());
    }

    /**
     * A reader's candidates: other neighbourhoods' submissions are never read, and names are
     * dropped before compiling, so no document or count made from them can hold either.
     */
    private List<AgendaCandidate> candidates(DialogueSession session, AgendaReader reader) {
        List<String> codes =
                session.neighbourhoodCodes().stream().filter(reader::includes).toList();
        return submissions.agendaCandidates(codes, session.getId()).stream()
                .map(s -> candidate(s, reader.namesAuthors()))
                .toList();
    }

    private static AgendaCandidate candidate(SubmissionSummary s, boolean namesAuthors) {
        AgendaCandidate.Answer answer = s.answerText() == null && s.referredTo() == null
                ? null
                : new AgendaCandidate.Answer(
                        s.answeredBy(),
                        s.answerForm() == null ? null : s.answerForm().name(),
                        s.answerText(),
                        s.commitment(),
                        s.commitmentDeadline(),
                        s.referredTo());
        return new AgendaCandidate(
                s.number(),
                s.kind().name(),
                s.topic(),
                s.neighbourhoodCode(),
                s.text(),
                s.anonymous() || !namesAuthors ? null : s.authorName(),
                s.anonymous(),
                s.channel().name(),
                Math.max(1, s.supporters()),
                Math.max(1, s.issues()),
                s.createdAt(),
                s.status().name(),
                s.sessionId(),
                s.carriedFromSessionId(),
                answer);
    }
}
