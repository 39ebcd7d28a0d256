package vn.nghedan.officials.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.AgendaAccess;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;

/**
 * {@code /api/sessions/{id}/agenda} (JSON) and {@code agenda.csv|.md|.docx|.pdf}; after the
 * session, {@code results} and {@code results.<format>} — the document due within 10 days. Each
 * as the caller's {@link OfficialScope} allows (see {@link AgendaAccess}).
 *
 * <p>Public because {@code console} uses it.
 */
@RestController
@RequestMapping("/api/sessions/{id}")
public class AgendaApi {

    private final AgendaAccess access;
    private final Submissions submissions;
    private final Neighbourhoods neighbourhoods;

    AgendaApi(AgendaAccess access, Submissions submissions, Neighbourhoods neighbourhoods) {
        this.access = access;
        this.submissions = submissions;
        this.neighbourhoods = neighbourhoods;
    }

    @GetMapping(value = "/agenda", produces = MediaType.APPLICATION_JSON_VALUE)
    AgendaView agenda(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(id, AgendaAccess.Document.AGENDA, me.scope());
    }

    @GetMapping("/agenda.{format}")
    ResponseEntity<byte[]> agendaFile(
            @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal OfficialUser me) {
        return file(id, AgendaAccess.Document.AGENDA, format, me.scope());
    }

    @GetMapping(value = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    AgendaView results(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(id, AgendaAccess.Document.RESULTS, me.scope());
    }

    @GetMapping("/results.{format}")
    ResponseEntity<byte[]> resultsFile(
            @PathVariable long id, @PathVariable String format, @AuthenticationPrincipal OfficialUser me) {
        return file(id, AgendaAccess.Document.RESULTS, format, me.scope());
    }

    private AgendaView view(long id, AgendaAccess.Document document, OfficialScope scope) {
        DialogueSession session = access.session(id, scope, AgendaAccess.Channel.API);
        return AgendaView.of(
                session, access.compiled(session, document, scope), members(session, scope), neighbourhoods);
    }

    /** The submissions behind the items, of the caller's neighbourhoods only. */
    private Map<Long, SubmissionSummary> members(DialogueSession session, OfficialScope scope) {
        return submissions
                .agendaCandidates(
                        session.neighbourhoodCodes().stream()
                                .filter(scope::sees)
                                .toList(),
                        session.getId())
                .stream()
                .collect(Collectors.toMap(SubmissionSummary::number, Function.identity()));
    }

    private ResponseEntity<byte[]> file(long id, AgendaAccess.Document document, String format, OfficialScope scope) {
        AgendaAccess.File file =
                access.download(id, document, Agendas.Format.of(format), scope, AgendaAccess.Channel.API);
        return attachment(file);
    }

    /** A document as a download, named in ASCII and UTF-8 alike. */
    public static ResponseEntity<byte[]> attachment(AgendaAccess.File file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
