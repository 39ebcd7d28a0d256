package vn.nghedan.telegram;

import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL, the poller's tuning, and how updates arrive:
 * NGHEDAN_TELEGRAM_MODE ({@code polling}, the default, or {@code webhook}) with
 * NGHEDAN_WEBHOOK_URL and NGHEDAN_WEBHOOK_SECRET.
 */
@ConfigurationProperties("nghedan.telegram")
record TelegramProperties(
        String token,
        String apiUrl,
        String botUsername,
        Integer pollTimeoutSeconds,
        String mode,
        String webhookUrl,
        String webhookSecret,
        Integer webhookMaxConnections) {

    static final String MODE_PROPERTY = "nghedan.telegram.mode";
    static final String POLLING = "polling";
    static final String WEBHOOK = "webhook";

    /** What Telegram accepts as a secret_token: 1-256 of these characters. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    TelegramProperties {
        token = token == null ? "" : token.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip();
        botUsername = botUsername == null ? "" : botUsername.strip();
        pollTimeoutSeconds = pollTimeoutSeconds == null ? 50 : Math.max(0, Math.min(50, pollTimeoutSeconds));
        mode = mode == null || mode.isBlank() ? POLLING : mode.strip().toLowerCase(Locale.ROOT);
        webhookUrl = webhookUrl == null ? "" : webhookUrl.strip();
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        // Telegram's own default and range.
        webhookMaxConnections = webhookMaxConnections == null ? 40 : Math.max(1, Math.min(100, webhookMaxConnections));
        if (!POLLING.equals(mode) && !WEBHOOK.equals(mode)) {
            throw new IllegalArgumentException("NGHEDAN_TELEGRAM_MODE must be polling or webhook, not " + mode);
        }
        if (WEBHOOK.equals(mode) && webhookUrl.isEmpty()) {
            throw new IllegalArgumentException("NGHEDAN_TELEGRAM_MODE=webhook needs NGHEDAN_WEBHOOK_URL");
        }
        if (WEBHOOK.equals(mode) && !SECRET.matcher(webhookSecret).matches()) {
            throw new IllegalArgumentException("NGHEDAN_TELEGRAM_MODE=webhook needs NGHEDAN_WEBHOOK_SECRET:"
                    + " 1-256 letters, digits, _ or - (what Telegram accepts as secret_token)");
        }
    }

    boolean webhook() {
        return WEBHOOK.equals(mode);
    }

    @Override
    public String toString() {
        // Never print the token or the webhook secret, whatever logs a record.
        return "TelegramProperties[apiUrl=" + apiUrl + ", botUsername=" + botUsername + ", mode=" + mode
                + ", webhookUrl=" + webhookUrl + "]";
    }
}
