package vn.nghedan.officials;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;

/** Opening and finding official accounts. */
@Service
class Accounts {

    /** Plain ASCII names: typed on phones and in HTTP Basic headers without surprises. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final AccountRepository repository;
    private final PasswordEncoder passwords;
    private final Neighbourhoods neighbourhoods;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwords,
            Neighbourhoods neighbourhoods,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.passwords = passwords;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
        this.clock = clock;
    }

    /** Usernames are compared without case and outer blanks: {@code Admin } signs in as {@code admin}. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional
    Account open(NewAccount request, String actor) {
        String username = normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new LocalizedInvalidInput("username", "officials.account.username-invalid");
        }
        if (repository.findByUsername(username).isPresent()) {
            throw new LocalizedInvalidInput("username", "officials.account.username-taken", username);
        }
        if (request.password() == null || request.password().isBlank()) {
            throw new LocalizedInvalidInput("password", "officials.account.password-required");
        }
        if (request.role() == null) {
            throw new LocalizedInvalidInput("role", "officials.account.role-required");
        }
        Set<String> codes = knownCodes(request.neighbourhoods());
        if (request.role() == Role.NEIGHBOURHOOD_HEAD && codes.isEmpty()) {
            throw new LocalizedInvalidInput("neighbourhoods", "officials.account.head-needs-neighbourhood");
        }
        Long telegramUserId = request.telegramUserId();
        if (telegramUserId != null
                && repository.findByTelegramUserId(telegramUserId).isPresent()) {
            throw new LocalizedInvalidInput("telegramUserId", "officials.account.telegram-taken", telegramUserId);
        }
        String displayName =
                request.displayName() == null ? null : Texts.shorten(Texts.clean(request.displayName()), 200);
        Account saved = repository.save(Account.open(
                username,
                passwords.encode(request.password()),
                displayName,
                request.role(),
                codes,
                telegramUserId,
                clock.instant()));
        audit.record(actor, "ACCOUNT_OPENED", username, request.role() + " " + codes);
        return saved;
    }

    /** Every account, by username. */
    List<Account> all() {
        List<Account> all = new ArrayList<>();
        repository.findAll().forEach(all::add);
        all.sort(Comparator.comparing(Account::getUsername));
        return all;
    }

    /** Refuses to disable one's own account: the last ward admin could lock the ward out. */
    @Transactional
    Account disable(String username, String actor) {
        Account account = byUsername(username).orElseThrow(() -> new NotFoundException("No account " + username));
        if (account.getUsername().equals(normalise(actor))) {
            throw new ConflictException("officials.account.disable-self");
        }
        account.disable();
        Account saved = repository.save(account);
        audit.record(actor, "ACCOUNT_DISABLED", account.getUsername(), null);
        return saved;
    }

    Optional<Account> byUsername(String username) {
        return repository.findByUsername(normalise(username));
    }

    Optional<Account> byTelegramUser(long telegramUserId) {
        return repository.findByTelegramUserId(telegramUserId);
    }

    private Set<String> knownCodes(Set<String> requested) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : requested) {
            Neighbourhood n = neighbourhoods
                    .byCode(code)
                    .orElseThrow(() ->
                            new LocalizedInvalidInput("neighbourhoods", "officials.error.unknown-neighbourhood", code));
            codes.add(n.code());
        }
        return codes;
    }
}
