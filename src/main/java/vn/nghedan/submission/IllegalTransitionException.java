package vn.nghedan.submission;

/** A lifecycle step that the submission's current status does not allow (HTTP 409). */
public class IllegalTransitionException extends RuntimeException {

    private final Status current;

    public IllegalTransitionException(Status current, String step) {
        super("Cannot " + step + " a submission that is " + current);
        this.current = current;
    }

    public IllegalTransitionException(String message) {
        super(message);
        this.current = null;
    }

    public Status current() {
        return current;
    }
}
