package vn.nghedan.officials.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.core.ApiTime;
import vn.nghedan.officials.core.PublicCodes;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionKind;
import vn.nghedan.session.SessionStatus;

/**
 * A session as the API shows it, times with the ward's offset. {@code warnings} comes only with
 * the answer to planning or changing: what the law asks that was not met, such as 7 days' notice.
 *
 * <p>Public because {@code console} uses it.
 */
public record SessionView(
        long id,
        String title,
        SessionKind kind,
        OffsetDateTime startsAt,
        String venue,
        Double latitude,
        Double longitude,
        String ward,
        List<String> neighbourhoods,
        OffsetDateTime submissionsCloseAt,
        String chair,
        SessionStatus status,
        OffsetDateTime resultsDueAt,
        OffsetDateTime resultsPublishedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> warnings) {

    public static SessionView of(DialogueSession s) {
        return of(s, null);
    }

    public static SessionView of(DialogueSession s, List<String> warnings) {
        return of(s, warnings, null);
    }

    /** As the API shows it: the ward's code, and the khóm by their codes within it. */
    public static SessionView of(DialogueSession s, List<String> warnings, Neighbourhoods names) {
        return new SessionView(
                s.getId(),
                s.getTitle(),
                s.getKind(),
                ApiTime.format(s.getStartsAt()),
                s.getVenue(),
                s.getLatitude(),
                s.getLongitude(),
                names == null
                        ? null
                        : names.wardById(s.getWardId()).map(WardProfile::code).orElse(null),
                names == null ? s.neighbourhoodCodes() : PublicCodes.local(s.neighbourhoodCodes(), names),
                ApiTime.format(s.getSubmissionsCloseAt()),
                s.getChair(),
                s.getStatus(),
                ApiTime.format(s.resultsDueAt()),
                ApiTime.format(s.getResultsPublishedAt()),
                warnings);
    }
}
