package vn.nghedan.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.platform.Texts;

/** Finding, registering and updating residents. */
@Service
public class Residents {

    /** {@link Resident#acceptsBroadcasts()} as SQL. */
    private static final String ACCEPTS_BROADCASTS = "consented_at IS NOT NULL AND reminders_enabled = TRUE"
            + " AND unreachable_at IS NULL AND chat_id IS NOT NULL";

    private final ResidentRepository repository;
    /**
     * The plain-SQL reads and writes called directly, not through the repository's proxy: every
     * update reads its resident, and Spring Data's method dispatch around the SQL took a quarter
     * as long as the SQL itself.
     */
    private final ResidentRows rows;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChatAddresses addresses;

    Residents(
            ResidentRepository repository,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            ChatAddresses addresses) {
        this.repository = repository;
        this.rows = new ResidentRowsImpl(jdbc);
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.addresses = addresses;
    }

    /**
     * The resident behind a chat, registered on first contact (no personal data yet): on Telegram
     * the person is their Telegram user; on any other channel (a chat key of {@link
     * ChatAddresses}) the person is their address, and {@code userId} is not used.
     */
    @Transactional
    public Resident findOrRegister(long userId, long chatId, String displayName, String languageCode) {
        if (!ChatAddresses.isTelegram(chatId)) {
            return repository.findByChatId(chatId).orElseGet(() -> {
                Resident r = rows.write(Resident.atAddress(
                        chatId, Texts.shorten(Texts.clean(displayName), 100), "vi", clock.instant()));
                addresses.attach(chatId, r.getId());
                return r;
            });
        }
        long telegramUserId = userId;
        return rows.rowByTelegramUser(telegramUserId).orElseGet(() -> {
            // Vietnamese first, whatever the phone says; /lang switches to English.
            String language = "vi";
            return rows.write(Resident.fromTelegram(
                    telegramUserId, chatId, Texts.shorten(Texts.clean(displayName), 100), language, clock.instant()));
        });
    }

    /** A resident who reached the ward without Telegram (at the office, by letter or phone). */
    @Transactional
    public Resident registerOffline(String displayName, String contact, String neighbourhoodCode) {
        return rows.write(Resident.offline(
                Texts.shorten(Texts.clean(displayName), 100),
                Texts.clean(contact),
                neighbourhoodCode,
                clock.instant()));
    }

    public Optional<Resident> byTelegramUser(long telegramUserId) {
        return rows.rowByTelegramUser(telegramUserId);
    }

    public Optional<Resident> byId(long id) {
        return repository.findById(id);
    }

    @Transactional
    public Resident save(Resident resident) {
        return rows.write(resident);
    }

    /**
     * Residents of these neighbourhoods who agreed to hear from the ward and can be reached, in the
     * order they joined. Only the three columns a broadcast needs, read with plain SQL: the planner
     * reads them inside the transaction of the session change, which holds the database's only
     * write lock meanwhile, and building 10,000 full entities took seconds where this takes tens of
     * milliseconds.
     */
    public List<BroadcastRecipient> reachableIn(Collection<String> neighbourhoodCodes) {
        if (neighbourhoodCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, chat_id, language FROM resident WHERE neighbourhood_code IN (:codes) AND "
                        + ACCEPTS_BROADCASTS + " ORDER BY id")
                .param("codes", neighbourhoodCodes)
                .query(Residents::recipient)
                .list();
    }

    /** The resident, if they accept broadcasts, wherever they live now. */
    public Optional<BroadcastRecipient> reachable(long residentId) {
        return jdbc.sql("SELECT id, chat_id, language FROM resident WHERE id = :id AND " + ACCEPTS_BROADCASTS)
                .param("id", residentId)
                .query(Residents::recipient)
                .optional();
    }

    private static BroadcastRecipient recipient(ResultSet rs, int row) throws SQLException {
        return new BroadcastRecipient(rs.getLong(1), rs.getLong(2), rs.getString(3));
    }

    /** A 403 from the messenger: stop broadcasting to this chat until the person writes again. */
    @Transactional
    public void markUnreachableChat(long chatId) {
        repository.findByChatId(chatId).ifPresent(r -> {
            r.markUnreachable(clock.instant());
            rows.write(r);
        });
    }

    /**
     * Decree 13/2023: erases the person. Every module erases what it holds of them (see {@link
     * ResidentForgotten}), then their row goes: no Telegram id, name, contact or khóm is left. A
     * later message from the same Telegram account meets the bot as a stranger.
     */
    @Transactional
    public void forget(Resident resident, boolean keepFiles) {
        events.publishEvent(new ResidentForgotten(
                resident.getId(),
                resident.getChatId(),
                resident.getTelegramUserId(),
                resident.getDisplayName(),
                resident.getContact(),
                keepFiles));
        if (resident.getChatId() != null) {
            addresses.forget(resident.getChatId());
        }
        jdbc.sql("DELETE FROM resident WHERE id = ?").param(resident.getId()).update();
    }

    /** The language of the person at a chat ("vi" when unknown), for texts a channel adds itself. */
    public String languageOfChat(long chatId) {
        return jdbc.sql("SELECT language FROM resident WHERE chat_id = ? LIMIT 1")
                .param(chatId)
                .query(String.class)
                .optional()
                .orElse("vi");
    }

    public long count() {
        return repository.count();
    }

    /**
     * Per khóm (by key): residents who accepted the data notice and were not forgotten, and of
     * them those the bot can no longer reach (they blocked it). One GROUP BY.
     */
    public Map<String, Reach> reachByNeighbourhood() {
        Map<String, Reach> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT neighbourhood_code, COUNT(*), SUM(CASE WHEN unreachable_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM resident WHERE consented_at IS NOT NULL AND forgotten_at IS NULL"
                        + " AND neighbourhood_code IS NOT NULL GROUP BY neighbourhood_code")
                .query((rs, i) -> Map.entry(rs.getString(1), new Reach(rs.getLong(2), rs.getLong(3))))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** How many residents of a khóm use the bot, and how many of them it cannot reach. */
    public record Reach(long residents, long unreachable) {

        public static final Reach NONE = new Reach(0, 0);
    }
}
