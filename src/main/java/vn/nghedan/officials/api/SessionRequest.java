package vn.nghedan.officials.api;

import java.util.List;
import vn.nghedan.officials.core.ApiTime;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionKind;

/**
 * A session as the API receives it (POST to plan, PUT to change: a PUT replaces every field, so
 * an omitted {@code kind} is a dialogue again). Times arrive as text so that a time without an
 * offset is refused by name instead of being guessed.
 */
record SessionRequest(
        String title,
        SessionKind kind,
        String startsAt,
        String venue,
        Double latitude,
        Double longitude,
        List<String> neighbourhoods,
        String submissionsCloseAt,
        String chair) {

    /** The domain's form; the rest of the checks (future start, known neighbourhoods …) are the domain's. */
    SessionDetails toDetails() {
        return new SessionDetails(
                title,
                kind,
                ApiTime.parse("startsAt", startsAt),
                venue,
                latitude,
                longitude,
                neighbourhoods,
                ApiTime.parse("submissionsCloseAt", submissionsCloseAt),
                chair);
    }
}
