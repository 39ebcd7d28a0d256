package vn.nghedan.officials.core;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import vn.nghedan.agenda.AgendaReader;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.submission.Submission;

/**
 * The one authorization rule (role × ward × khóm) of the console, the API and the officials' bot:
 * what an official may see and change. Every read or change of submissions, sessions, agendas,
 * results, attachments, statistics, accounts and exports asks it, whichever channel it comes
 * through.
 *
 * <ul>
 *   <li>a province admin sees and runs every ward, and the wards themselves;
 *   <li>a ward admin sees and runs their ward: its khóm, its sessions, its accounts;
 *   <li>a neighbourhood head (trưởng khóm) sees and moderates their own khóm only: a session that
 *       spans others is theirs for their khóm's items only, a session with none of theirs does not
 *       exist for them;
 *   <li>a viewer reads their ward, changes nothing and sees no author's name or contact.
 * </ul>
 *
 * What is another ward's does not exist for an official: a read is 404, as for another khóm.
 * Built by {@link OfficialScopes} from the account and the ward's khóm as they are now.
 * Serializable, as it lives in the console's HTTP session inside {@link OfficialUser}.
 *
 * @param actor who the audit log names: the account's username, or {@code telegram:<id>} for an
 *     official known only by ADMIN_TELEGRAM_IDS
 * @param shownName how residents know them (for "answered by")
 * @param wardId the official's ward; {@code null} for a province admin
 * @param neighbourhoods the keys of the khóm they see: a head's own, or all of their ward's
 *
 * <p>Public because the module root, {@code accounts}, {@code api}, {@code bot}, {@code console} use it.
 */
public record OfficialScope(String actor, String shownName, Role role, Long wardId, Set<String> neighbourhoods)
        implements Serializable {

    public OfficialScope {
        neighbourhoods = Set.copyOf(neighbourhoods);
    }

    /**
     * The one ward all of whose sessions this official sees (and no other's), or {@code null}: a
     * province admin sees every ward's, a head the sessions of their khóm wherever they were held.
     */
    public Long sessionsWard() {
        return wholeWard() ? wardId : null;
    }

    /** Sees everything: the province admin. */
    private boolean everywhere() {
        return role == Role.PROVINCE_ADMIN;
    }

    /** Sees their ward whole (every role but the khóm head's). */
    private boolean wholeWard() {
        return role != Role.NEIGHBOURHOOD_HEAD;
    }

    // --- reading -----------------------------------------------------------------------------

    /** Whether this neighbourhood's submissions (and agenda items) are this official's business. */
    public boolean sees(String neighbourhoodCode) {
        return everywhere() || neighbourhoods.contains(neighbourhoodCode);
    }

    /**
     * The neighbourhoods a list or a count may include, narrowed to {@code requested} when given:
     * {@code null} means every ward's, an empty set means nothing.
     */
    public Collection<String> visibleAmong(String requested) {
        if (requested != null) {
            return sees(requested) ? Set.of(requested) : Set.of();
        }
        return everywhere() ? null : neighbourhoods;
    }

    /**
     * A session concerns the officials of its ward and, of them, a head who sees at least one of
     * its neighbourhoods; to others it does not exist.
     */
    public boolean sees(DialogueSession session) {
        if (everywhere()) {
            return true;
        }
        if (wholeWard()) {
            return wardId != null && wardId == session.getWardId();
        }
        return session.neighbourhoodCodes().stream().anyMatch(this::sees);
    }

    /** Whether every item of the session's agenda is theirs (and so the counts are the session's own). */
    public boolean seesWhole(DialogueSession session) {
        return wholeWard()
                ? sees(session)
                : session.neighbourhoodCodes().stream().allMatch(this::sees);
    }

    boolean seesAuthorNames() {
        return role != Role.VIEWER;
    }

    /** An author's name is shown only when they did not ask to stay anonymous, and never to viewers. */
    public String authorShownTo(Submission s) {
        return s.isAnonymous() || !seesAuthorNames() ? null : s.getAuthorName();
    }

    public String contactShownTo(Submission s) {
        return s.isAnonymous() || !seesAuthorNames() ? null : s.getContact();
    }

    /** How the agenda module should compile a session's agenda or results for this official. */
    AgendaReader agendaReader() {
        return new AgendaReader(wholeWard() ? null : neighbourhoods, seesAuthorNames());
    }

    // --- changing ----------------------------------------------------------------------------

    /** Accepting, rejecting, merging, referring, answering, entering a paper submission. */
    public boolean moderates() {
        return role != Role.VIEWER;
    }

    /** Planning and running sessions, editing agendas, accounts (of some ward: see {@link #runsWard(long)}). */
    public boolean runsWard() {
        return role == Role.WARD_ADMIN || everywhere();
    }

    /** Runs this ward: its admin, or the province's. */
    public boolean runsWard(long ward) {
        return everywhere() || role == Role.WARD_ADMIN && wardId != null && wardId == ward;
    }

    /** Changes the wards themselves and makes province admins. */
    public boolean runsProvince() {
        return everywhere();
    }

    /** Refuses planning or running sessions to anyone but a ward admin (a second line behind the security chain). */
    public void requireWardAdmin() {
        if (!runsWard()) {
            throw new AccessDeniedException(actor + " may not run the ward's sessions");
        }
    }

    /** Refuses changes to the wards themselves to anyone but a province admin (a second line behind the security chain). */
    public void requireProvinceAdmin() {
        if (!runsProvince()) {
            throw new AccessDeniedException(actor + " may not change the wards");
        }
    }

    /** Refuses a change by someone who only reads (a second line behind the security chain). */
    public void requireModerator() {
        if (!moderates()) {
            throw new AccessDeniedException(actor + " may not change submissions");
        }
    }
}
