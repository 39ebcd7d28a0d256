package vn.nghedan.officials.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.nghedan.agenda.Agenda;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;

/**
 * The officials' one door to sessions, their agendas, results and documents — for the API, the
 * console and the bot alike — with {@link OfficialScope} applied: a session none of whose
 * neighbourhoods the official sees is answered like one that does not exist (the attempt goes
 * into the audit log as DENIED), a head gets their khóm's items only (and counts of those), a
 * viewer gets no author's name. Every document taken away is recorded with its format and
 * channel.
 *
 * <p>Public because {@code api}, {@code bot}, {@code console} use it.
 */
@Service
public class AgendaAccess {

    /** The two documents of a session: what it will answer, and (after it) what it answered. */
    public enum Document {
        AGENDA("chuong-trinh-doi-thoai-", "AGENDA_DOWNLOADED"),
        RESULTS("ket-qua-doi-thoai-", "RESULTS_DOWNLOADED");

        private final String fileName;
        private final String auditAction;

        Document(String fileName, String auditAction) {
            this.fileName = fileName;
            this.auditAction = auditAction;
        }
    }

    /** Where a document was taken from, for the audit log. */
    public enum Channel {
        API,
        CONSOLE,
        BOT
    }

    /** A document ready to send. */
    public record File(String name, Agendas.Format format, byte[] content) {}

    private final Sessions sessions;
    private final Agendas agendas;
    private final AuditLog audit;

    AgendaAccess(Sessions sessions, Agendas agendas, AuditLog audit) {
        this.sessions = sessions;
        this.agendas = agendas;
        this.audit = audit;
    }

    /** The sessions this official is concerned with, soonest first. */
    public List<DialogueSession> sessions(OfficialScope scope) {
        List<DialogueSession> candidates = scope.wardId() == null ? sessions.all() : sessions.ofWard(scope.wardId());
        return candidates.stream().filter(scope::sees).toList();
    }

    /** The next planned session of theirs that has not started, if any. */
    public Optional<DialogueSession> next(OfficialScope scope) {
        return sessions.upcoming().stream().filter(scope::sees).findFirst();
    }

    /** The session if it concerns this official; otherwise 404, like one that does not exist. */
    public DialogueSession session(long id, OfficialScope scope, Channel channel) {
        Optional<DialogueSession> found = sessions.find(id);
        if (found.isPresent() && !scope.sees(found.get())) {
            audit.record(
                    scope.actor(),
                    "DENIED",
                    "session " + id,
                    channelName(channel) + ": session of " + found.get().neighbourhoodCodes());
        }
        return found.filter(scope::sees).orElseThrow(() -> new NotFoundException("No session " + id));
    }

    /** The agenda or results of a session the official may see, as they may see it. */
    public Agenda compiled(DialogueSession session, Document document, OfficialScope scope) {
        return document == Document.AGENDA
                ? agendas.agenda(session.getId(), scope.agendaReader())
                : agendas.results(session.getId(), scope.agendaReader());
    }

    public Agenda compiled(long sessionId, Document document, OfficialScope scope, Channel channel) {
        return compiled(session(sessionId, scope, channel), document, scope);
    }

    /** A session's document in one format, recorded in the audit log with format and channel. */
    public File download(
            long sessionId, Document document, Agendas.Format format, OfficialScope scope, Channel channel) {
        DialogueSession session = session(sessionId, scope, channel);
        return download(compiled(session, document, scope), document, format, scope, channel);
    }

    /** The document of an agenda already compiled for this official (the bot's summary, then its file). */
    public File download(
            Agenda compiled, Document document, Agendas.Format format, OfficialScope scope, Channel channel) {
        byte[] content = document == Document.AGENDA
                ? agendas.document(compiled, format)
                : agendas.resultsDocument(compiled, format);
        long id = compiled.session().id();
        String detail = format.name() + " via " + channelName(channel)
                + (scope.agendaReader().neighbourhoods() == null
                        ? ""
                        : ", items of "
                                + String.join(
                                        " ",
                                        new java.util.TreeSet<>(
                                                scope.agendaReader().neighbourhoods())))
                + (scope.seesAuthorNames() ? "" : ", no names");
        audit.record(scope.actor(), document.auditAction, "session " + id, detail);
        return new File(document.fileName + id + "." + format.extension(), format, content);
    }

    private static String channelName(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
