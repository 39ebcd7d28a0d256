package vn.nghedan.residentweb;

/** A filing refused for now: the address files too fast, or the contact reached its daily limit. */
class TooFastException extends RuntimeException {

    private final String messageKey;

    TooFastException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
