package vn.nghedan.submission;

/** What happens to submissions, for the modules that tell people about it. */
public final class SubmissionEvents {

    private SubmissionEvents() {}

    public record SubmissionFiled(long number, Long residentId, String neighbourhoodCode) {}

    /** A lifecycle step (accepted, rejected, merged, referred, answered, reopened, withdrawn, edited). */
    public record SubmissionChanged(long number, Long residentId, String action, Status from, Status to) {}
}
