package vn.nghedan.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the planner's messages in the outbox and counts them by kind. Every one is held through
 * quiet hours (none is a reply the person is waiting for) and planned once per dedup key.
 */
@Component
class PlannedNotices {

    private final Outbox outbox;
    private final Map<NoticeKind, Counter> planned = new EnumMap<>(NoticeKind.class);

    PlannedNotices(Outbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        for (NoticeKind kind : NoticeKind.values()) {
            planned.put(
                    kind,
                    Counter.builder("nghedan.notifications.planned")
                            .description("Messages planned into the outbox (a replayed plan counts once)")
                            .tag("kind", kind.tag())
                            .register(meters));
        }
    }

    /** @return false when this key was planned before (nothing is written then) */
    boolean plan(NoticeKind kind, long chatId, Outgoing message, Instant notBefore, String dedupKey) {
        boolean added = outbox.plan(chatId, message, notBefore, dedupKey, true);
        if (added) {
            planned.get(kind).increment();
        }
        return added;
    }

    /** Drops what was planned for the chat under keys matching the LIKE pattern and is not sent yet. */
    int drop(long chatId, String dedupKeyPattern, String why) {
        return outbox.dropPlanned(chatId, dedupKeyPattern, why);
    }

    /** Drops what was planned under the key prefix and is not sent yet. */
    int drop(String dedupKeyPrefix) {
        return outbox.dropPlanned(dedupKeyPrefix);
    }
}
