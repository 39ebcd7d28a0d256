package vn.nghedan.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The session an agenda is compiled for, as the agenda needs it.
 *
 * @param kind {@code DIALOGUE} (dialogue with the People's Committee) or {@code VOTER_MEETING}
 *     (council delegates meeting voters before a council session)
 * @param submissionsCloseAt the cut-off; when null, the session's start is the cut-off
 * @param chair who chairs the session; may be null
 */
public record AgendaSession(
        long id,
        String title,
        String kind,
        Instant startsAt,
        String venue,
        Instant submissionsCloseAt,
        List<Neighbourhood> neighbourhoods,
        String chair) {

    public static final String DIALOGUE = "DIALOGUE";
    public static final String VOTER_MEETING = "VOTER_MEETING";

    public AgendaSession {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        if (!DIALOGUE.equals(kind) && !VOTER_MEETING.equals(kind)) {
            throw new IllegalArgumentException("kind must be DIALOGUE or VOTER_MEETING: " + kind);
        }
        neighbourhoods = List.copyOf(neighbourhoods);
    }

    /** Submissions received from this instant on are late (unless carried over or accepted). */
    public Instant cutOff() {
        return submissionsCloseAt == null ? startsAt : submissionsCloseAt;
    }

    /** The neighbourhood of the session with this code, if it is one of the session's. */
    public Optional<Neighbourhood> neighbourhood(String code) {
        return neighbourhoods.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** A khóm, ấp or tổ dân phố: short code ({@code K1}) and display name ({@code Khóm 1}). */
    public record Neighbourhood(String code, String name) {
        public Neighbourhood {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }
}
