package vn.nghedan.telegram;

/**
 * Where the bot talks to: the Bot API base URL (no {@code /bot<token>} part) and the token. In
 * production both come from the settings; the sandbox provides its own local stand-in.
 */
public interface BotEndpoint {

    String token();

    /** Base URL such as {@code https://api.telegram.org} or {@code http://127.0.0.1:8443}. */
    String apiUrl();

    /** True when this is the built-in sandbox stand-in rather than a real Bot API. */
    default boolean sandbox() {
        return false;
    }
}
