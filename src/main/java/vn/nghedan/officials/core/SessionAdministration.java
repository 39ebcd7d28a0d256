package vn.nghedan.officials.core;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionStatus;
import vn.nghedan.session.Sessions;

/**
 * The ward admin's steps on sessions (nobody else's, whatever the channel), each audited in its own transaction. Refuses steps that
 * make no sense for the session's state (409) instead of quietly doing nothing: changing a
 * session that took place, holding one that was cancelled or has not started yet.
 *
 * <p>Public because {@code api}, {@code console} use it.
 */
@Service
public class SessionAdministration {

    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    SessionAdministration(Sessions sessions, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Sessions.Planned plan(SessionDetails details, OfficialScope official) {
        official.requireWardAdmin();
        requireOwnKhom(details, official);
        Sessions.Planned planned = sessions.plan(details);
        DialogueSession s = planned.session();
        audit.record(official.actor(), "SESSION_PLANNED", target(s), s.getTitle() + " " + s.getStartsAt());
        return planned;
    }

    @Transactional
    public Sessions.Planned change(long id, SessionDetails details, OfficialScope official) {
        official.requireWardAdmin();
        DialogueSession current = visible(id, official);
        requireOwnKhom(details, official);
        if (current.getStatus() != SessionStatus.PLANNED) {
            throw new ConflictException("officials.session.not-planned", id, current.getStatus());
        }
        Sessions.Planned changed = sessions.change(id, details);
        DialogueSession s = changed.session();
        audit.record(official.actor(), "SESSION_CHANGED", target(s), s.getTitle() + " " + s.getStartsAt());
        return changed;
    }

    @Transactional
    public DialogueSession cancel(long id, OfficialScope official) {
        official.requireWardAdmin();
        DialogueSession s = visible(id, official);
        if (s.getStatus() == SessionStatus.HELD) {
            throw new ConflictException("officials.session.already-held", id);
        }
        DialogueSession cancelled = sessions.cancel(id);
        audit.record(official.actor(), "SESSION_CANCELLED", target(s), null);
        return cancelled;
    }

    @Transactional
    public DialogueSession markHeld(long id, OfficialScope official) {
        official.requireWardAdmin();
        requireTakenPlace(visible(id, official));
        DialogueSession held = sessions.markHeld(id);
        audit.record(official.actor(), "SESSION_HELD", target(held), null);
        return held;
    }

    @Transactional
    public DialogueSession publishResults(long id, OfficialScope official) {
        official.requireWardAdmin();
        requireTakenPlace(visible(id, official));
        DialogueSession published = sessions.publishResults(id);
        audit.record(official.actor(), "SESSION_RESULTS_PUBLISHED", target(published), null);
        return published;
    }

    /** Another ward's session does not exist for a ward admin: 404, as for a read. */
    private DialogueSession visible(long id, OfficialScope official) {
        return sessions.find(id).filter(official::sees).orElseThrow(() -> new NotFoundException("No session " + id));
    }

    /** A session is planned for khóm of the admin's own ward (another ward's khóm are unknown to them). */
    private static void requireOwnKhom(SessionDetails details, OfficialScope official) {
        if (details == null || details.neighbourhoods() == null) {
            return; // the domain says what is missing
        }
        for (String code : details.neighbourhoods()) {
            if (code != null && !official.sees(code)) {
                throw new LocalizedInvalidInput("neighbourhoods", "officials.error.unknown-neighbourhood", code);
            }
        }
    }

    /** Marking held carries unanswered items over to the next session: only after the start. */
    private void requireTakenPlace(DialogueSession s) {
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw new ConflictException("officials.session.cancelled", s.getId());
        }
        if (s.getStartsAt().isAfter(clock.instant())) {
            throw new ConflictException("officials.session.not-started", s.getId());
        }
    }

    private static String target(DialogueSession s) {
        return "session " + s.getId();
    }
}
