package vn.nghedan.platform;

/**
 * Input that does not fit, naming the field (HTTP 400, or a polite message in the bot). With a
 * message key (of the officials' bundle, {@code i18n/officials}) the console and the API say it in
 * the official's language; the message is then the English text for logs and for callers that
 * have no bundle.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String message) {
        this(field, null, message);
    }

    public InvalidInputException(String field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** The message key, or null when the message is the only text there is. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
