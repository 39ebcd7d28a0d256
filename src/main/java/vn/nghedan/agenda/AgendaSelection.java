package vn.nghedan.agenda;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Which submissions belong to a session's agenda (before it) or to its results (after it). */
final class AgendaSelection {

    private static final Set<String> OPEN = Set.of("NEW", "ACCEPTED");
    private static final Set<String> SETTLED_AT_SESSION = Set.of("ANSWERED", "REFERRED");

    private AgendaSelection() {}

    /**
     * The agenda rule of the design notes: open submissions (not rejected, withdrawn, merged away,
     * referred or answered) of the session's neighbourhoods received before the cut-off, plus
     * those carried over from an earlier session and those an official accepted to this session
     * even though they came late. Anything accepted to another session stays off.
     */
    static Predicate<AgendaCandidate> agenda(AgendaSession session) {
        Set<String> codes = codes(session);
        return c -> codes.contains(c.neighbourhoodCode())
                && OPEN.contains(c.status())
                && (c.sessionId() == null || c.sessionId() == session.id())
                && (c.createdAt().isBefore(session.cutOff())
                        || c.carriedFromSessionId() != null
                        || isAcceptedTo(c, session));
    }

    /**
     * The results rule: what was answered or referred at this session, plus what is still open
     * from its agenda: what the agenda rule still picks, and what was carried from this session
     * to a later one (those count as not answered here).
     */
    static Predicate<AgendaCandidate> results(AgendaSession session) {
        Set<String> codes = codes(session);
        Predicate<AgendaCandidate> stillOnAgenda = agenda(session);
        return c -> codes.contains(c.neighbourhoodCode())
                && (SETTLED_AT_SESSION.contains(c.status()) && isAcceptedTo(c, session)
                        || stillOnAgenda.test(c)
                        || OPEN.contains(c.status()) && Objects.equals(c.carriedFromSessionId(), session.id()));
    }

    private static boolean isAcceptedTo(AgendaCandidate c, AgendaSession session) {
        return c.sessionId() != null && c.sessionId() == session.id();
    }

    private static Set<String> codes(AgendaSession session) {
        return session.neighbourhoods().stream()
                .map(AgendaSession.Neighbourhood::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
