package vn.nghedan.officials.core;

/**
 * A step the current state of a session does not allow (HTTP 409); the message is a bundle key.
 *
 * <p>Public because {@code accounts}, {@code api}, {@code console} and the tests of {@code console} use it.
 */
public class ConflictException extends RuntimeException {

    private final transient Object[] arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
