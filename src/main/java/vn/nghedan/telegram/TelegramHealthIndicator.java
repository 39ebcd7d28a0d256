package vn.nghedan.telegram;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP while polls succeed; DOWN when none succeeded for 90 s (or none yet). */
@Component("telegram")
class TelegramHealthIndicator implements HealthIndicator {

    static final Duration STALE = Duration.ofSeconds(90);

    private final BotPolling polling;

    TelegramHealthIndicator(BotPolling polling) {
        this.polling = polling;
    }

    @Override
    public Health health() {
        Instant last = polling.lastPollOk();
        if (last == null) {
            return Health.down()
                    .withDetail("polling", polling.isRegistered() ? "no poll yet" : "not registered")
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
