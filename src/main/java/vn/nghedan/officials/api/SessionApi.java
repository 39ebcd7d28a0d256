package vn.nghedan.officials.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.AgendaAccess;
import vn.nghedan.officials.core.PublicCodes;
import vn.nghedan.officials.core.SessionAdministration;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.Sessions;

/**
 * {@code /api/sessions}: reading for every official within their scope, the rest for ward admins
 * (see the security chain).
 */
@RestController
@RequestMapping("/api/sessions")
class SessionApi {

    private final AgendaAccess access;
    private final SessionAdministration administration;
    private final ApiMessages messages;
    private final Neighbourhoods neighbourhoods;

    SessionApi(
            AgendaAccess access,
            SessionAdministration administration,
            ApiMessages messages,
            Neighbourhoods neighbourhoods) {
        this.access = access;
        this.administration = administration;
        this.messages = messages;
        this.neighbourhoods = neighbourhoods;
    }

    private SessionView view(DialogueSession s) {
        return SessionView.of(s, null, neighbourhoods);
    }

    /** The sessions the caller is concerned with (a head: those of their khóm), soonest first. */
    @GetMapping
    List<SessionView> all(@RequestParam(required = false) String ward, @AuthenticationPrincipal OfficialUser me) {
        Long wardId = ward == null || ward.isBlank()
                ? null
                : PublicCodes.knownWard(ward, neighbourhoods).id();
        return access.sessions(me.scope()).stream()
                .filter(s -> wardId == null || s.getWardId() == wardId)
                .map(this::view)
                .toList();
    }

    @GetMapping("/{id}")
    SessionView one(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(access.session(id, me.scope(), AgendaAccess.Channel.API));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // for the OpenAPI description; the ResponseEntity sets it
    ResponseEntity<SessionView> plan(
            @RequestBody SessionRequest body, @AuthenticationPrincipal OfficialUser me, HttpServletRequest request) {
        Sessions.Planned planned = administration.plan(body.toDetails(neighbourhoods, me.scope()), me.scope());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(planned.session().getId())
                .toUri();
        return ResponseEntity.created(location)
                .body(SessionView.of(planned.session(), said(planned.warnings(), request), neighbourhoods));
    }

    @PutMapping("/{id}")
    SessionView change(
            @PathVariable long id,
            @RequestBody SessionRequest body,
            @AuthenticationPrincipal OfficialUser me,
            HttpServletRequest request) {
        Sessions.Planned changed = administration.change(id, body.toDetails(neighbourhoods, me.scope()), me.scope());
        return SessionView.of(changed.session(), said(changed.warnings(), request), neighbourhoods);
    }

    /** The warnings (message keys) in the caller's language. */
    private List<String> said(List<String> warnings, HttpServletRequest request) {
        return warnings.stream().map(key -> messages.get(request, key)).toList();
    }

    @PostMapping("/{id}/cancel")
    SessionView cancel(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(administration.cancel(id, me.scope()));
    }

    @PostMapping("/{id}/held")
    SessionView held(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(administration.markHeld(id, me.scope()));
    }

    @PostMapping("/{id}/results/publish")
    SessionView publishResults(@PathVariable long id, @AuthenticationPrincipal OfficialUser me) {
        return view(administration.publishResults(id, me.scope()));
    }
}
