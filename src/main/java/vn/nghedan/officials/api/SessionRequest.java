package vn.nghedan.officials.api;

import java.util.List;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.core.ApiTime;
import vn.nghedan.officials.core.LocalizedInvalidInput;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.PublicCodes;
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
        String chair,
        String ward) {

    /**
     * The domain's form; the rest of the checks (future start, known neighbourhoods …) are the
     * domain's. The khóm arrive by their codes within {@code ward}, which a deployment of one ward
     * and an official of one ward may leave out; they leave as keys.
     */
    SessionDetails toDetails(Neighbourhoods names, OfficialScope by) {
        List<String> keys = neighbourhoods;
        // An official of one ward plans for their own ward unless they say otherwise.
        String ward = this.ward == null || this.ward.isBlank()
                ? names.wardById(by.wardId() == null ? -1 : by.wardId())
                        .map(WardProfile::code)
                        .orElse(null)
                : this.ward;
        if (neighbourhoods != null) {
            boolean wardGiven = ward != null && !ward.isBlank();
            if (wardGiven) {
                PublicCodes.knownWard(ward, names);
            }
            if (!wardGiven && !names.isSingleWard()) {
                throw new LocalizedInvalidInput("ward", "officials.error.ward-required");
            }
            // An unknown code goes on as it is: the domain names it in its refusal.
            keys = neighbourhoods.stream()
                    .map(code -> code == null
                            ? null
                            : names.find(ward, code).map(Neighbourhood::code).orElse(code))
                    .toList();
        }
        return toDetails(keys);
    }

    private SessionDetails toDetails(List<String> neighbourhoods) {
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
