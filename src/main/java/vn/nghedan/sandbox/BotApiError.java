package vn.nghedan.sandbox;

/** An error answer in Telegram's words; thrown inside the stand-in, turned into the error envelope. */
final class BotApiError extends RuntimeException {

    private final int errorCode;
    private final Integer retryAfter;

    BotApiError(int errorCode, String description, Integer retryAfter) {
        // No stack trace: these are answers, not bugs, and the rate limiter makes many of them.
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static BotApiError badRequest(String detail) {
        return new BotApiError(400, "Bad Request: " + detail, null);
    }

    static BotApiError blockedByUser() {
        return new BotApiError(403, "Forbidden: bot was blocked by the user", null);
    }

    static BotApiError notFound() {
        return new BotApiError(404, "Not Found", null);
    }

    static BotApiError unauthorized() {
        return new BotApiError(401, "Unauthorized", null);
    }

    static BotApiError conflict() {
        return new BotApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                null);
    }

    static BotApiError webhookActive() {
        return new BotApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete"
                        + " the webhook first",
                null);
    }

    static BotApiError tooManyRequests(int retryAfterSeconds) {
        return new BotApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }
}
