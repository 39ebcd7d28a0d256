package vn.nghedan.officials;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nghedan.agenda.Agendas;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;
import vn.nghedan.submission.SubmissionSummary;
import vn.nghedan.submission.Submissions;

/**
 * {@code /api/sessions/{id}/agenda} (JSON) and {@code agenda.csv|.md|.docx|.pdf}; after the
 * session, {@code results} and {@code results.<format>} — the document due within 10 days.
 */
@RestController
@RequestMapping("/api/sessions/{id}")
class AgendaApi {

    private final Agendas agendas;
    private final Sessions sessions;
    private final Submissions submissions;

    AgendaApi(Agendas agendas, Sessions sessions, Submissions submissions) {
        this.agendas = agendas;
        this.sessions = sessions;
        this.submissions = submissions;
    }

    @GetMapping(value = "/agenda", produces = MediaType.APPLICATION_JSON_VALUE)
    AgendaView agenda(@PathVariable long id) {
        DialogueSession session = sessions.get(id);
        return AgendaView.of(session, agendas.agenda(id), members(session));
    }

    @GetMapping("/agenda.{format}")
    ResponseEntity<byte[]> agendaFile(@PathVariable long id, @PathVariable String format) {
        Agendas.Format f = Agendas.Format.of(format);
        return file(agendas.document(agendas.agenda(id), f), f, "chuong-trinh-doi-thoai-" + id);
    }

    @GetMapping(value = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    AgendaView results(@PathVariable long id) {
        DialogueSession session = sessions.get(id);
        return AgendaView.of(session, agendas.results(id), members(session));
    }

    @GetMapping("/results.{format}")
    ResponseEntity<byte[]> resultsFile(@PathVariable long id, @PathVariable String format) {
        Agendas.Format f = Agendas.Format.of(format);
        return file(agendas.resultsDocument(agendas.results(id), f), f, "ket-qua-doi-thoai-" + id);
    }

    private Map<Long, SubmissionSummary> members(DialogueSession session) {
        return submissions.agendaCandidates(session.neighbourhoodCodes(), session.getId()).stream()
                .collect(Collectors.toMap(SubmissionSummary::number, Function.identity()));
    }

    private static ResponseEntity<byte[]> file(byte[] content, Agendas.Format format, String baseName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
