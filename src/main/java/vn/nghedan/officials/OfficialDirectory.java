package vn.nghedan.officials;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.AdminProperties;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.OfficialScopes;
import vn.nghedan.platform.TelegramIds;

/**
 * Tells the bot who is an official: the Telegram ids in ADMIN_TELEGRAM_IDS (the ward admins of a
 * one-ward deployment, the province admins of a province's), and
 * enabled accounts linked to a Telegram user.
 */
@Service
public class OfficialDirectory {

    private static final Logger log = LoggerFactory.getLogger(OfficialDirectory.class);

    private final Set<Long> adminTelegramIds;
    private final Accounts accounts;
    private final Neighbourhoods neighbourhoods;
    private final OfficialScopes scopes;

    OfficialDirectory(
            AdminProperties properties, Accounts accounts, Neighbourhoods neighbourhoods, OfficialScopes scopes) {
        this.adminTelegramIds = parseIds(properties.telegramIds());
        this.accounts = accounts;
        this.neighbourhoods = neighbourhoods;
        this.scopes = scopes;
    }

    /**
     * What this Telegram user may see and do as an official, asked afresh at every command and
     * every button press (an account disabled or narrowed meanwhile counts at once): a ward admin
     * for ids of ADMIN_TELEGRAM_IDS, else the linked enabled account's scope; empty for residents.
     */
    public Optional<OfficialScope> scopeOf(long telegramUserId) {
        if (adminTelegramIds.contains(telegramUserId)) {
            return Optional.of(scopes.telegramAdmin(telegramUserId));
        }
        return linkedAccount(telegramUserId).map(scopes::of);
    }

    /** Whether this Telegram user may use the officials' commands (such as {@code /agenda}). */
    public boolean isOfficial(long telegramUserId) {
        return scopeOf(telegramUserId).isPresent();
    }

    /** Whether this Telegram user may take moderation steps (viewers may only read). */
    public boolean canModerate(long telegramUserId) {
        return scopeOf(telegramUserId).map(OfficialScope::moderates).orElse(false);
    }

    /** Codes of the neighbourhoods this official looks after: all for ward-wide roles, none for others. */
    public Set<String> neighbourhoodsOf(long telegramUserId) {
        return scopeOf(telegramUserId)
                .map(scope ->
                        allCodes().stream().filter(scope::sees).collect(Collectors.toCollection(LinkedHashSet::new)))
                .map(Collections::unmodifiableSet)
                .orElse(Set.of());
    }

    private Optional<Account> linkedAccount(long telegramUserId) {
        return accounts.byTelegramUser(telegramUserId).filter(Account::isEnabled);
    }

    private Set<String> allCodes() {
        return neighbourhoods.all().stream()
                .map(Neighbourhood::code)
                .collect(Collectors.collectingAndThen(
                        Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
    }

    /** The ids of ADMIN_TELEGRAM_IDS; a piece that is not one is skipped and reported. */
    static Set<Long> parseIds(String list) {
        TelegramIds.Parsed parsed = TelegramIds.parse(list);
        parsed.skipped()
                .forEach(piece -> log.warn("ADMIN_TELEGRAM_IDS: '{}' is not a Telegram user id; skipped", piece));
        return Set.copyOf(parsed.ids());
    }
}
