package vn.nghedan.session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A dialogue session (buổi tiếp xúc, đối thoại): when, where, for which neighbourhoods, until when residents may send. */
@Table("dialogue_session")
public class DialogueSession {

    /** Law on Organisation of Local Government 2025, art. 43: announce at least 7 days before. */
    public static final Duration NOTICE = Duration.ofDays(7);
    /** ... and publish the results within 10 days after. */
    public static final Duration RESULTS_DEADLINE = Duration.ofDays(10);
    /** Default cut-off for submissions: 2 days before the start. */
    public static final Duration DEFAULT_CUTOFF = Duration.ofDays(2);

    @Id
    private Long id;

    private String title;
    private SessionKind kind;
    private Instant startsAt;
    private String venue;
    private Double latitude;
    private Double longitude;
    private Instant submissionsCloseAt;
    private String chair;
    private SessionStatus status;
    private Instant agendaLockedAt;
    private Instant resultsPublishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "dialogue_session")
    private Set<SessionNeighbourhood> neighbourhoods = new LinkedHashSet<>();

    /** The ward whose session it is (its khóm's ward when planned; it stays when a khóm moves). */
    private long wardId;

    DialogueSession() {}

    static DialogueSession plan(SessionDetails details, long wardId, Instant now) {
        DialogueSession s = new DialogueSession();
        s.wardId = wardId;
        s.status = SessionStatus.PLANNED;
        s.createdAt = now;
        s.apply(details, now);
        return s;
    }

    void apply(SessionDetails d, Instant now) {
        this.title = d.title();
        this.kind = d.kind() == null ? SessionKind.DIALOGUE : d.kind();
        this.startsAt = d.startsAt();
        this.venue = d.venue();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.submissionsCloseAt =
                d.submissionsCloseAt() == null ? d.startsAt().minus(DEFAULT_CUTOFF) : d.submissionsCloseAt();
        this.chair = d.chair();
        this.neighbourhoods = new LinkedHashSet<>();
        d.neighbourhoods().forEach(code -> neighbourhoods.add(new SessionNeighbourhood(code)));
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.status = SessionStatus.CANCELLED;
        this.updatedAt = now;
    }

    void markHeld(Instant now) {
        this.status = SessionStatus.HELD;
        this.updatedAt = now;
    }

    void lockAgenda(Instant now) {
        this.agendaLockedAt = now;
        this.updatedAt = now;
    }

    void unlockAgenda(Instant now) {
        this.agendaLockedAt = null;
        this.updatedAt = now;
    }

    void publishResults(Instant now) {
        this.resultsPublishedAt = now;
        this.updatedAt = now;
    }

    public boolean isOpenForSubmissions(Instant now) {
        return status == SessionStatus.PLANNED && now.isBefore(submissionsCloseAt);
    }

    public boolean isUpcoming(Instant now) {
        return status == SessionStatus.PLANNED && startsAt.isAfter(now);
    }

    /** When the results must be published (10 days after the start). */
    public Instant resultsDueAt() {
        return startsAt.plus(RESULTS_DEADLINE);
    }

    public long getWardId() {
        return wardId;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Instant getSubmissionsCloseAt() {
        return submissionsCloseAt;
    }

    public String getChair() {
        return chair;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getAgendaLockedAt() {
        return agendaLockedAt;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Integer getVersion() {
        return version;
    }

    public List<String> neighbourhoodCodes() {
        return neighbourhoods.stream()
                .map(SessionNeighbourhood::neighbourhoodCode)
                .toList();
    }
}
