package vn.nghedan.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL and the poller's tuning. */
@ConfigurationProperties("nghedan.telegram")
record TelegramProperties(String token, String apiUrl, String botUsername, Integer pollTimeoutSeconds) {

    TelegramProperties {
        token = token == null ? "" : token.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip();
        botUsername = botUsername == null ? "" : botUsername.strip();
        pollTimeoutSeconds = pollTimeoutSeconds == null ? 50 : Math.max(0, Math.min(50, pollTimeoutSeconds));
    }

    @Override
    public String toString() {
        // Never print the token, whatever logs a record.
        return "TelegramProperties[apiUrl=" + apiUrl + ", botUsername=" + botUsername + "]";
    }
}
