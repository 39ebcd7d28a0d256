package vn.nghedan.notification;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.WardChanged;
import vn.nghedan.resident.BroadcastRecipient;
import vn.nghedan.resident.Residents;

/**
 * Tells the residents of a renamed ward, or of a khóm moved into another ward, what their ward is
 * called now — once each (the outbox's key holds the change and the resident), as a broadcast
 * that waits for the morning in quiet hours.
 */
@Component
class WardNotices {

    private final Residents residents;
    private final PlannedNotices notices;
    private final NoticeTexts texts;
    private final Clock clock;

    WardNotices(Residents residents, PlannedNotices notices, NoticeTexts texts, Clock clock) {
        this.residents = residents;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    @EventListener
    void wardChanged(WardChanged changed) {
        PlannedNotices.Batch batch = notices.batch();
        for (BroadcastRecipient r : residents.reachableIn(changed.neighbourhoodCodes())) {
            Locale locale = NoticeTexts.localeOf(r.language());
            String key = changed.change().startsWith("renamed:") ? "ward.renamed" : "ward.changed";
            String text = texts.get(locale, key, changed.formerName(), changed.wardName());
            batch.add(
                    NoticeKind.WARD_CHANGED,
                    r.chatId(),
                    new Outgoing.Text(text),
                    clock.instant(),
                    "ward:" + changed.change() + ":" + r.residentId());
        }
        batch.write();
    }
}
