package vn.nghedan.platform;

/** Input that does not fit, naming the field (HTTP 400, or a polite message in the bot). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
