package vn.nghedan.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Puts the planner's messages in the outbox, each in its kind's lane, and counts them by kind.
 * Each is planned once per dedup key; broadcasts are held through quiet hours.
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

    /** Messages written together in one batch, for a broadcast to a whole neighbourhood. */
    final class Batch {

        private final List<Outbox.Planned> messages = new ArrayList<>();
        private final List<NoticeKind> kinds = new ArrayList<>();

        void add(NoticeKind kind, long chatId, Outgoing message, Instant notBefore, String dedupKey) {
            messages.add(new Outbox.Planned(chatId, message, notBefore, dedupKey, kind.lane()));
            kinds.add(kind);
        }

        /** @return how many were new (the others' keys were planned before: nothing is written for them) */
        int write() {
            if (messages.isEmpty()) {
                return 0;
            }
            boolean[] added = outbox.planAll(messages);
            int count = 0;
            for (int i = 0; i < added.length; i++) {
                if (added[i]) {
                    planned.get(kinds.get(i)).increment();
                    count++;
                }
            }
            messages.clear();
            kinds.clear();
            return count;
        }
    }

    Batch batch() {
        return new Batch();
    }

    /** @return false when this key was planned before (nothing is written then) */
    boolean plan(NoticeKind kind, long chatId, Outgoing message, Instant notBefore, String dedupKey) {
        Batch one = batch();
        one.add(kind, chatId, message, notBefore, dedupKey);
        return one.write() == 1;
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
