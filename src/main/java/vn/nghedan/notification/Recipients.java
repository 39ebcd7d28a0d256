package vn.nghedan.notification;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.nghedan.resident.Resident;
import vn.nghedan.resident.Residents;

/**
 * Who may hear about their own submission. Unlike announcements and reminders (which respect
 * {@link Resident#acceptsBroadcasts()}), this is the answer to what the person asked, so turning
 * reminders off does not stop it; withdrawn consent, no chat or a blocked bot do.
 */
@Component
class Recipients {

    private final Residents residents;

    Recipients(Residents residents) {
        this.residents = residents;
    }

    Optional<Resident> forOwnNews(Long residentId) {
        return residentId == null
                ? Optional.empty()
                : residents
                        .byId(residentId)
                        .filter(r -> r.hasConsented() && r.getChatId() != null && r.getUnreachableAt() == null);
    }
}
