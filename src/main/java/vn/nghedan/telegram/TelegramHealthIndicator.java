package vn.nghedan.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Polling: UP while polls succeed, DOWN when none succeeded for 90 s (or none yet); an instance
 * that waits for another's polling lease is UP as long as some instance holds it. Webhook: UP once
 * setWebhook succeeded (a quiet ward sends no updates for hours, so their recency says nothing).
 * The database is migrated before any of this runs, or the app does not start.
 */
@Component("telegram")
class TelegramHealthIndicator implements HealthIndicator {

    static final Duration STALE = Duration.ofSeconds(90);

    private final ObjectProvider<BotPolling> polling;
    private final ObjectProvider<WebhookRegistration> webhook;

    TelegramHealthIndicator(ObjectProvider<BotPolling> polling, ObjectProvider<WebhookRegistration> webhook) {
        this.polling = polling;
        this.webhook = webhook;
    }

    @Override
    public Health health() {
        WebhookRegistration registration = webhook.getIfAvailable();
        if (registration != null) {
            Instant set = registration.setAt();
            return set == null
                    ? Health.down().withDetail("webhook", "not set").build()
                    : Health.up().withDetail("webhook", "set").build();
        }
        BotPolling poller = polling.getIfAvailable();
        if (poller == null) {
            return Health.unknown().build();
        }
        if (!poller.holdsLease()) {
            Optional<String> other = poller.pollingInstance();
            return other.isPresent()
                    ? Health.up().withDetail("polling", "standby").build()
                    : Health.down().withDetail("polling", "no instance polls").build();
        }
        return pollingHealth(poller);
    }

    private static Health pollingHealth(BotPolling poller) {
        Instant last = poller.lastPollOk();
        if (last == null) {
            return Health.down()
                    .withDetail("polling", poller.isRegistered() ? "no poll yet" : "not registered")
                    .build();
        }
        Duration since = Duration.between(last, Instant.now());
        if (since.compareTo(STALE) > 0) {
            return Health.down()
                    .withDetail("lastPollSecondsAgo", since.toSeconds())
                    .build();
        }
        return Health.up()
                .withDetail("lastPollSecondsAgo", Math.max(0, since.toSeconds()))
                .build();
    }
}
