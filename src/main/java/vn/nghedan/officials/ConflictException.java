package vn.nghedan.officials;

/** A step the current state of a session does not allow (HTTP 409); the message is a bundle key. */
class ConflictException extends RuntimeException {

    private final transient Object[] arguments;

    ConflictException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
