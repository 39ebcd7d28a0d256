package vn.nghedan.resident;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.platform.Texts;

/** Finding, registering and updating residents. */
@Service
public class Residents {

    private final ResidentRepository repository;
    private final Clock clock;

    Residents(ResidentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The resident behind a Telegram user, registered on first contact (no personal data yet). */
    @Transactional
    public Resident findOrRegister(long telegramUserId, long chatId, String displayName, String languageCode) {
        return repository.rowByTelegramUser(telegramUserId).orElseGet(() -> {
            // Vietnamese first, whatever the phone says; /lang switches to English.
            String language = "vi";
            return repository.write(Resident.fromTelegram(
                    telegramUserId, chatId, Texts.shorten(Texts.clean(displayName), 100), language, clock.instant()));
        });
    }

    /** A resident who reached the ward without Telegram (at the office, by letter or phone). */
    @Transactional
    public Resident registerOffline(String displayName, String contact, String neighbourhoodCode) {
        return repository.write(Resident.offline(
                Texts.shorten(Texts.clean(displayName), 100),
                Texts.clean(contact),
                neighbourhoodCode,
                clock.instant()));
    }

    public Optional<Resident> byTelegramUser(long telegramUserId) {
        return repository.rowByTelegramUser(telegramUserId);
    }

    public Optional<Resident> byId(long id) {
        return repository.findById(id);
    }

    @Transactional
    public Resident save(Resident resident) {
        return repository.write(resident);
    }

    /** Residents of these neighbourhoods who agreed to hear from the ward and can be reached. */
    public List<Resident> reachableIn(Collection<String> neighbourhoodCodes) {
        return neighbourhoodCodes.isEmpty() ? List.of() : repository.findReachableIn(neighbourhoodCodes);
    }

    /** A 403 from the messenger: stop broadcasting to this chat until the person writes again. */
    @Transactional
    public void markUnreachableChat(long chatId) {
        repository.findByChatId(chatId).ifPresent(r -> {
            r.markUnreachable(clock.instant());
            repository.write(r);
        });
    }

    public long count() {
        return repository.count();
    }
}
