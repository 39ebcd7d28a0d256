package vn.nghedan.officials.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import vn.nghedan.platform.Texts;
import vn.nghedan.platform.Ward;
import vn.nghedan.session.DialogueSession;
import vn.nghedan.session.SessionDetails;
import vn.nghedan.session.SessionKind;

/**
 * Planning or changing a session in the console. Times are typed as the ward's wall-clock time
 * ({@code datetime-local}), whatever zone the office computer is set to.
 */
public class ConsoleSessionForm {

    static final int MAX_TEXT = 300;
    static final int MAX_CHAIR = 200;

    private String title;
    private SessionKind kind = SessionKind.DIALOGUE;

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime startsAt;

    private String venue;
    private Double latitude;
    private Double longitude;
    private List<String> neighbourhoods = new ArrayList<>();

    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
    private LocalDateTime submissionsCloseAt;

    private String chair;

    static ConsoleSessionForm of(DialogueSession s) {
        ConsoleSessionForm form = new ConsoleSessionForm();
        form.title = s.getTitle();
        form.kind = s.getKind();
        form.startsAt = LocalDateTime.ofInstant(s.getStartsAt(), Ward.ZONE);
        form.venue = s.getVenue();
        form.latitude = s.getLatitude();
        form.longitude = s.getLongitude();
        form.neighbourhoods = new ArrayList<>(s.neighbourhoodCodes());
        form.submissionsCloseAt = LocalDateTime.ofInstant(s.getSubmissionsCloseAt(), Ward.ZONE);
        form.chair = s.getChair();
        return form;
    }

    /** The checks people get wrong most, with messages beside the fields; the rest are the domain's. */
    void validate(Instant now, Errors errors) {
        required(errors, "title", title, MAX_TEXT);
        required(errors, "venue", venue, MAX_TEXT);
        if (chair != null && Texts.clean(chair).length() > MAX_CHAIR) {
            errors.rejectValue("chair", "console.error.too-long", new Object[] {MAX_CHAIR}, null);
        }
        if (startsAt == null) {
            if (!errors.hasFieldErrors("startsAt")) {
                errors.rejectValue("startsAt", "console.error.required");
            }
        } else if (!instant(startsAt).isAfter(now)) {
            errors.rejectValue("startsAt", "console.session.form.in-past");
        }
        if (startsAt != null && submissionsCloseAt != null && submissionsCloseAt.isAfter(startsAt)) {
            errors.rejectValue("submissionsCloseAt", "console.session.form.cutoff-after-start");
        }
        if (neighbourhoods == null || neighbourhoods.isEmpty()) {
            errors.rejectValue("neighbourhoods", "console.session.form.neighbourhoods-required");
        }
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            errors.rejectValue("latitude", "console.session.form.latitude-range");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            errors.rejectValue("longitude", "console.session.form.longitude-range");
        }
    }

    SessionDetails toDetails() {
        return new SessionDetails(
                title,
                kind,
                instant(startsAt),
                venue,
                latitude,
                longitude,
                neighbourhoods,
                submissionsCloseAt == null ? null : instant(submissionsCloseAt),
                chair == null || chair.isBlank() ? null : chair);
    }

    private static Instant instant(LocalDateTime wardTime) {
        return wardTime.atZone(Ward.ZONE).toInstant();
    }

    private static void required(Errors errors, String field, String value, int max) {
        String clean = Texts.clean(value);
        if (clean.isEmpty()) {
            errors.rejectValue(field, "console.error.required");
        } else if (clean.length() > max) {
            errors.rejectValue(field, "console.error.too-long", new Object[] {max}, null);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public List<String> getNeighbourhoods() {
        return neighbourhoods;
    }

    public void setNeighbourhoods(List<String> neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public LocalDateTime getSubmissionsCloseAt() {
        return submissionsCloseAt;
    }

    public void setSubmissionsCloseAt(LocalDateTime submissionsCloseAt) {
        this.submissionsCloseAt = submissionsCloseAt;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }
}
