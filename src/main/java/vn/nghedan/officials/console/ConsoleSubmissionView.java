package vn.nghedan.officials.console;

import java.util.List;
import java.util.Locale;
import vn.nghedan.officials.api.SessionView;
import vn.nghedan.officials.core.SubmissionDetail;
import vn.nghedan.officials.core.SubmissionSummary;

/**
 * Everything the submission page shows: the API's detail (escaped in the page like all resident
 * text), the version that its forms send back, and what helps the official decide.
 *
 * @param version the submission's version when the page was made; a form carrying an older one is refused
 * @param cosigners residents who added "me too" (the author not counted)
 * @param similar open submissions of the same neighbourhood that look like the same matter
 * @param sessionChoices planned sessions of its neighbourhood that it can be accepted to
 */
record ConsoleSubmissionView(
        SubmissionDetail detail,
        int version,
        String neighbourhoodName,
        List<AttachmentLink> attachments,
        int cosigners,
        List<SubmissionSummary> similar,
        List<SessionView> sessionChoices,
        SessionView session) {

    /** A kept file: {@code index} is its place among the submission's attachments (the URL's key). */
    /** {@code failure}: why it was never kept (FAILED, QUOTA), or null. */
    record AttachmentLink(int index, String name, String kind, boolean kept, String failure) {

        public boolean photo() {
            return "PHOTO".equals(kind);
        }
    }

    /** The place on OpenStreetMap, where a resident shared one. */
    public String mapUrl() {
        SubmissionDetail.Place place = detail.location();
        if (place == null) {
            return null;
        }
        String lat = String.format(Locale.ROOT, "%.6f", place.latitude());
        String lon = String.format(Locale.ROOT, "%.6f", place.longitude());
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=18/" + lat + "/" + lon;
    }

    /** Still waiting for the ward: accept, reject, merge, refer or answer. */
    public boolean open() {
        return detail.status().isOpen();
    }

    /** Closed by the ward (not withdrawn or merged): may be reopened. */
    public boolean reopenable() {
        return switch (detail.status()) {
            case REJECTED, REFERRED, ANSWERED -> true;
            default -> false;
        };
    }
}
