package vn.nghedan.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.nghedan.platform.Texts;

/**
 * What a resident sent, with its lifecycle. The id is the public number ({@code #42}). State
 * changes are guarded methods: a step the current status does not allow throws {@link
 * IllegalTransitionException} and changes nothing.
 */
@Table("submission")
public class Submission {

    @Id
    private Long id;

    private Long residentId;
    private String neighbourhoodCode;
    private Kind kind;
    private int topic;
    private String text;
    private String folded;
    private boolean anonymous;
    private Channel channel;
    private Status status;
    private int issues;
    private int supporters;
    private Long sessionId;
    private Long carriedFromSessionId;
    private Long mergedInto;
    private String authorName;
    private String contact;
    private Double latitude;
    private Double longitude;
    private String reason;
    private String referredTo;
    private String answerText;
    private String answeredBy;
    private AnswerForm answerForm;
    private String commitment;
    private LocalDate commitmentDeadline;
    private Instant answeredAt;
    private String sourceKey;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "submission", keyColumn = "submission_key")
    private List<Attachment> attachments = new ArrayList<>();

    @MappedCollection(idColumn = "submission", keyColumn = "submission_key")
    private List<SubmissionEvent> events = new ArrayList<>();

    Submission() {}

    static Submission file(NewSubmission request, Instant now) {
        Submission s = new Submission();
        s.residentId = request.residentId();
        s.neighbourhoodCode = request.neighbourhoodCode();
        s.kind = request.kind();
        s.topic = request.topic();
        s.text = request.text();
        s.folded = Texts.fold(request.text());
        s.anonymous = request.anonymous();
        s.channel = request.channel();
        s.status = Status.NEW;
        s.issues = 1;
        s.supporters = 1;
        s.authorName = request.authorName();
        s.contact = request.contact();
        s.latitude = request.latitude();
        s.longitude = request.longitude();
        s.sourceKey = request.sourceKey();
        s.attachments = new ArrayList<>(request.attachments());
        s.createdAt = now;
        s.updatedAt = now;
        s.events.add(new SubmissionEvent(
                now,
                request.actor(),
                "FILED",
                null,
                Status.NEW,
                request.channel().name()));
        return s;
    }

    /** Written by {@link SubmissionInsert}: the number it got, at the version Spring Data starts at. */
    void numbered(long number) {
        this.id = number;
        this.version = 0;
    }

    // --- lifecycle -------------------------------------------------------------------------

    void accept(Long toSession, String actor, Instant now) {
        require(status == Status.NEW || status == Status.ACCEPTED, "accept");
        if (toSession != null) {
            this.sessionId = toSession;
        }
        move(Status.ACCEPTED, actor, "ACCEPTED", toSession == null ? null : "session " + toSession, now);
    }

    void reject(String why, String actor, Instant now) {
        require(status.isOpen(), "reject");
        this.reason = why;
        move(Status.REJECTED, actor, "REJECTED", why, now);
    }

    void mergeInto(Submission target, String actor, Instant now) {
        require(status.isOpen(), "merge");
        if (target.id.equals(this.id)) {
            throw new IllegalTransitionException("A submission cannot be merged into itself");
        }
        if (!target.status.isOpen() && target.status != Status.ANSWERED) {
            throw new IllegalTransitionException("Cannot merge into #" + target.id + ", which is " + target.status);
        }
        this.mergedInto = target.id;
        move(Status.MERGED, actor, "MERGED", "#" + target.id, now);
        target.supporters += this.supporters;
        target.touch(actor, "GAINED", "#" + this.id + " merged in", now);
    }

    void refer(String body, String actor, Instant now) {
        require(status.isOpen(), "refer");
        this.referredTo = body;
        move(Status.REFERRED, actor, "REFERRED", body, now);
    }

    void answer(Answer answer, String actor, Instant now) {
        require(status.isOpen(), "answer");
        this.answerText = answer.text();
        this.answeredBy = answer.answeredBy() == null ? actor : answer.answeredBy();
        this.answerForm = answer.form() == null ? AnswerForm.IN_WRITING : answer.form();
        this.commitment = answer.commitment();
        this.commitmentDeadline = answer.deadline();
        this.answeredAt = now;
        move(Status.ANSWERED, actor, "ANSWERED", answer.text(), now);
    }

    void reopen(String actor, Instant now) {
        require(status == Status.REJECTED || status == Status.REFERRED || status == Status.ANSWERED, "reopen");
        this.reason = null;
        this.referredTo = null;
        this.answerText = null;
        this.answeredBy = null;
        this.answerForm = null;
        this.commitment = null;
        this.commitmentDeadline = null;
        this.answeredAt = null;
        move(Status.NEW, actor, "REOPENED", null, now);
    }

    void withdraw(String actor, Instant now) {
        require(status.isOpen(), "withdraw");
        move(Status.WITHDRAWN, actor, "WITHDRAWN", null, now);
    }

    void editText(String newText, String actor, Instant now) {
        require(status.isOpen(), "edit");
        this.text = newText;
        this.folded = Texts.fold(newText);
        touch(actor, "EDITED", null, now);
    }

    /** Left unanswered at a held session: goes to the next session of its neighbourhood. */
    void carryOver(long fromSession, String actor, Instant now) {
        require(status.isOpen(), "carry over");
        this.carriedFromSessionId = fromSession;
        this.sessionId = null;
        touch(actor, "CARRIED_OVER", "session " + fromSession, now);
    }

    void gainSupporter(Instant now) {
        this.supporters++;
        this.updatedAt = now;
    }

    /**
     * Decree 13: the author's personal data goes — name, contact, the place they shared, the link
     * to them and to their chat (the source key names it), the messenger's ids of their files, and
     * the files themselves unless they let the ward keep them; the matter stays, as "a resident of
     * Khóm X".
     *
     * @return the stored paths of files to delete
     */
    List<String> anonymise(boolean keepFiles, Instant now) {
        this.residentId = null;
        this.authorName = null;
        this.contact = null;
        this.latitude = null;
        this.longitude = null;
        this.sourceKey = null;
        this.anonymous = true;
        this.updatedAt = now;
        List<String> dropped = new ArrayList<>();
        List<Attachment> kept = new ArrayList<>();
        for (Attachment a : attachments) {
            if (!keepFiles && a.storedPath() != null) {
                dropped.add(a.storedPath());
            }
            kept.add(a.erased(keepFiles));
        }
        this.attachments = kept;
        return dropped;
    }

    /**
     * {@link #anonymise} for an author with no resident behind them, on their own request or an
     * official's; the step stays in the history (who asked, when), the proof that it was done.
     */
    List<String> forgetGuest(String actor, Instant now) {
        List<String> dropped = anonymise(false, now);
        touch(actor, "AUTHOR_FORGOTTEN", null, now);
        return dropped;
    }

    /** Whether anything of the author is kept on it: name, contact, place, link to them or their files. */
    boolean hasPersonalData() {
        return residentId != null
                || authorName != null
                || contact != null
                || latitude != null
                || sourceKey != null
                || attachments.stream().anyMatch(a -> a.storedPath() != null || a.telegramFileId() != null);
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalTransitionException(status, step);
        }
    }

    private void move(Status to, String actor, String action, String note, Instant now) {
        events.add(new SubmissionEvent(now, actor, action, status, to, note));
        this.status = to;
        this.updatedAt = now;
    }

    private void touch(String actor, String action, String note, Instant now) {
        events.add(new SubmissionEvent(now, actor, action, status, status, note));
        this.updatedAt = now;
    }

    // --- reads -----------------------------------------------------------------------------

    /** The reference residents see: {@code #42}. */
    public String reference() {
        return "#" + id;
    }

    public Long getId() {
        return id;
    }

    public long number() {
        return id;
    }

    public Long getResidentId() {
        return residentId;
    }

    public String getNeighbourhoodCode() {
        return neighbourhoodCode;
    }

    public Kind getKind() {
        return kind;
    }

    public int getTopic() {
        return topic;
    }

    public String getText() {
        return text;
    }

    public String getFolded() {
        return folded;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public Channel getChannel() {
        return channel;
    }

    public Status getStatus() {
        return status;
    }

    public int getIssues() {
        return issues;
    }

    public int getSupporters() {
        return supporters;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getCarriedFromSessionId() {
        return carriedFromSessionId;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getContact() {
        return contact;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getReason() {
        return reason;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public AnswerForm getAnswerForm() {
        return answerForm;
    }

    public String getCommitment() {
        return commitment;
    }

    public LocalDate getCommitmentDeadline() {
        return commitmentDeadline;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The channel's key of the draft it was filed from (kept for idempotent filing only). */
    String sourceKey() {
        return sourceKey;
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

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public List<SubmissionEvent> getEvents() {
        return List.copyOf(events);
    }
}
