package vn.nghedan.officials.console;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import vn.nghedan.officials.core.Moderation;
import vn.nghedan.officials.core.StatusChange;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Status;

/**
 * The moderation forms of the submission page. Their fields have distinct names, so one object
 * backs them all and a refused form comes back with what the official typed. Every form carries
 * the version of the submission the official was looking at.
 *
 * <p>Public because the tests of the module root use it.
 */
public class ConsoleModerationForm {

    /** A step, as it appears at the end of the form's URL. */
    public enum Step {
        ACCEPT("accept", Status.ACCEPTED),
        REJECT("reject", Status.REJECTED),
        MERGE("merge", Status.MERGED),
        REFER("refer", Status.REFERRED),
        ANSWER("answer", Status.ANSWERED),
        REOPEN("reopen", Status.NEW);

        /** For the handler's path pattern. */
        public static final String PATHS = "accept|reject|merge|refer|answer|reopen";

        final String path;
        final Status to;

        Step(String path, Status to) {
            this.path = path;
            this.to = to;
        }

        static Optional<Step> of(String path) {
            return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
        }
    }

    static final int MAX_REASON = Moderation.MAX_REASON;
    static final int MAX_BODY = Moderation.MAX_BODY;
    static final int MAX_ANSWER = Moderation.MAX_ANSWER;
    static final int MAX_NAME = Moderation.MAX_NAME;

    private Integer version;
    private Long sessionId;
    private String reason;
    private Long mergeInto;
    private String referredTo;
    private String answer;
    private String answeredBy;
    private AnswerForm answerForm;
    private String commitment;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    /** What each step needs, checked before anything is changed; messages go beside the fields. */
    void validate(Step step, long number, Errors errors) {
        switch (step) {
            case REJECT -> required(errors, "reason", reason, MAX_REASON);
            case MERGE -> {
                if (mergeInto == null) {
                    if (!errors.hasFieldErrors("mergeInto")) {
                        errors.rejectValue("mergeInto", "console.error.required");
                    }
                } else if (mergeInto == number) {
                    errors.rejectValue("mergeInto", "console.moderation.merge-self");
                }
            }
            case REFER -> required(errors, "referredTo", referredTo, MAX_BODY);
            case ANSWER -> {
                required(errors, "answer", answer, MAX_ANSWER);
                optional(errors, "answeredBy", answeredBy, MAX_NAME);
                optional(errors, "commitment", commitment, MAX_ANSWER);
            }
            case ACCEPT, REOPEN -> {
                // nothing to type: the session is optional, reopening needs no reason
            }
        }
    }

    /** The step in the form the API's moderation takes, so both go through the same rules. */
    StatusChange toChange(Step step) {
        return switch (step) {
            case ACCEPT -> new StatusChange(step.to, null, sessionId, null, null, null, null, null, null, null);
            case REJECT -> new StatusChange(step.to, reason, null, null, null, null, null, null, null, null);
            case MERGE -> new StatusChange(step.to, null, null, null, null, null, null, null, mergeInto, null);
            case REFER -> new StatusChange(step.to, null, null, null, null, null, null, null, null, referredTo);
            case ANSWER ->
                new StatusChange(step.to, null, null, answer, answeredBy, answerForm, commitment, deadline, null, null);
            case REOPEN -> new StatusChange(step.to, null, null, null, null, null, null, null, null, null);
        };
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "console.error.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "console.error.too-long", new Object[] {max}, null);
        }
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String referredTo) {
        this.referredTo = referredTo;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public AnswerForm getAnswerForm() {
        return answerForm;
    }

    public void setAnswerForm(AnswerForm answerForm) {
        this.answerForm = answerForm;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
