package vn.nghedan.officials.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.AuditLog;
import vn.nghedan.officials.core.ConflictException;
import vn.nghedan.officials.core.LocalizedInvalidInput;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.platform.Texts;

/**
 * Opening and finding official accounts.
 *
 * <p>Public because the module root, {@code api}, {@code console}, {@code security} and the tests of the module root, {@code bot}, {@code console} use it.
 */
@Service
public class Accounts {

    /** Plain ASCII names: typed on phones and in HTTP Basic headers without surprises. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    /** Characters (not bytes) a chosen password has at least. */
    public static final int MIN_PASSWORD = 10;

    /** BCrypt's limit: it reads 72 bytes, and Spring's encoder refuses longer passwords. */
    static final int MAX_PASSWORD_BYTES = 72;

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
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Opens an account for someone; the password must follow {@link #checkNewPassword}. A ward
     * admin opens accounts of their own ward only, and no province admin.
     */
    @Transactional
    public Account open(NewAccount request, OfficialScope by) {
        return create(request, by, true, false);
    }

    /**
     * The first ward admin of a fresh installation. A password given by the operator in
     * ADMIN_PASSWORD is taken as it is, even short (it was their choice, and a refused start would
     * lock the ward out); a generated one, printed in the log, must be changed at the first
     * console sign-in.
     */
    @Transactional
    Account openFirstAdmin(String username, String password, boolean printed) {
        Role role = neighbourhoods.isSingleWard() ? Role.WARD_ADMIN : Role.PROVINCE_ADMIN;
        return create(new NewAccount(username, password, null, role, Set.of(), null, null), null, false, printed);
    }

    /**
     * When a deployment of one ward grows into a province's, its first admin (ADMIN_USERNAME) runs
     * the province, unless someone does already.
     */
    @Transactional
    void promoteFirstAdminOfProvince(String username) {
        if (neighbourhoods.isSingleWard() || all().stream().anyMatch(a -> a.getRole() == Role.PROVINCE_ADMIN)) {
            return;
        }
        byUsername(username).filter(a -> a.getRole() == Role.WARD_ADMIN).ifPresent(account -> {
            account.changeRole(Role.PROVINCE_ADMIN, null, Set.of());
            repository.save(account);
            audit.record("system", "ACCOUNT_ROLE_CHANGED", account.getUsername(), Role.PROVINCE_ADMIN + " []");
        });
    }

    private Account create(NewAccount request, OfficialScope by, boolean checkLength, boolean mustChange) {
        String actor = by == null ? "system" : by.actor();
        String username = normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new LocalizedInvalidInput("username", "officials.account.username-invalid");
        }
        if (repository.findByUsername(username).isPresent()) {
            throw new UsernameTaken(username);
        }
        if (request.password() == null || request.password().isBlank()) {
            throw new LocalizedInvalidInput("password", "officials.account.password-required");
        }
        checkPassword("password", request.password(), checkLength);
        if (request.role() == null) {
            throw new LocalizedInvalidInput("role", "officials.account.role-required");
        }
        requireMayGrant(by, request.role());
        WardProfile ward = wardFor(request.role(), request.ward(), by);
        Set<String> codes = knownCodes(ward, request.neighbourhoods());
        if (request.role() == Role.NEIGHBOURHOOD_HEAD && codes.isEmpty()) {
            throw new LocalizedInvalidInput("neighbourhoods", "officials.account.head-needs-neighbourhood");
        }
        Long telegramUserId = request.telegramUserId();
        if (telegramUserId != null && telegramUserId <= 0) {
            // A person's Telegram id is positive (negative ids are groups and channels), as the console checks.
            throw new LocalizedInvalidInput("telegramUserId", "officials.account.telegram-invalid");
        }
        if (telegramUserId != null
                && repository.findByTelegramUserId(telegramUserId).isPresent()) {
            throw new LocalizedInvalidInput("telegramUserId", "officials.account.telegram-taken", telegramUserId);
        }
        String displayName =
                request.displayName() == null ? null : Texts.shorten(Texts.clean(request.displayName()), 200);
        Account account = Account.open(
                username,
                passwords.encode(request.password()),
                displayName,
                request.role(),
                ward == null ? null : ward.id(),
                codes,
                telegramUserId,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (mustChange) {
            account.requirePasswordChange();
        }
        Account saved = repository.save(account);
        audit.record(actor, "ACCOUNT_OPENED", username, request.role() + wardLabel(ward) + " " + codes);
        return saved;
    }

    /**
     * An official changes their own password: the current one proves it is them (a console left
     * signed in is not enough), the new one follows the rules and differs from the current.
     */
    @Transactional
    public Account changeOwnPassword(String username, String current, String newPassword) {
        Account account = get(username);
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new LocalizedInvalidInput("current", "officials.account.current-wrong");
        }
        checkNewPassword("new", newPassword);
        if (passwords.matches(newPassword, account.getPasswordHash())) {
            throw new LocalizedInvalidInput("new", "officials.account.password-same");
        }
        account.changePassword(passwords.encode(newPassword), false);
        Account saved = repository.save(account);
        audit.record(account.getUsername(), "PASSWORD_CHANGED", account.getUsername(), null);
        return saved;
    }

    /**
     * A ward admin sets a new password for someone who forgot theirs. The admin knows it, so its
     * owner chooses their own at the next console sign-in; their open sessions end. Not for one's
     * own account: that takes the current password ({@link #changeOwnPassword}), so a console
     * left open is not enough to take the account over.
     */
    @Transactional
    public Account resetPassword(String username, String newPassword, OfficialScope by) {
        String actor = by.actor();
        Account account = get(username, by);
        if (account.getUsername().equals(normalise(actor))) {
            throw new ConflictException("officials.account.reset-self");
        }
        checkNewPassword("new", newPassword);
        account.changePassword(passwords.encode(newPassword), true);
        Account saved = repository.save(account);
        audit.record(actor, "PASSWORD_RESET", account.getUsername(), null);
        return saved;
    }

    /** A new role and khóm; the account's open console sessions end (they held the old ones). */
    @Transactional
    public Account changeRole(
            String username, Role role, String wardCode, Set<String> requestedCodes, OfficialScope by) {
        String actor = by.actor();
        Account account = get(username, by);
        if (role == null) {
            throw new LocalizedInvalidInput("role", "officials.account.role-required");
        }
        if (account.getUsername().equals(normalise(actor)) && role != account.getRole()) {
            throw new ConflictException("officials.account.demote-self");
        }
        requireMayGrant(by, role);
        requireMayGrant(by, account.getRole());
        String wanted = wardCode == null && account.getWardId() != null
                ? neighbourhoods
                        .wardById(account.getWardId())
                        .map(WardProfile::code)
                        .orElse(null)
                : wardCode;
        WardProfile ward = wardFor(role, wanted, by);
        Set<String> codes = knownCodes(ward, requestedCodes == null ? Set.of() : requestedCodes);
        if (role == Role.NEIGHBOURHOOD_HEAD && codes.isEmpty()) {
            throw new LocalizedInvalidInput("neighbourhoods", "officials.account.head-needs-neighbourhood");
        }
        account.changeRole(role, ward == null ? null : ward.id(), codes);
        Account saved = repository.save(account);
        audit.record(actor, "ACCOUNT_ROLE_CHANGED", account.getUsername(), role + wardLabel(ward) + " " + codes);
        return saved;
    }

    /** Only a province admin makes or unmakes province admins. */
    private static void requireMayGrant(OfficialScope by, Role role) {
        if (by != null && role == Role.PROVINCE_ADMIN && !by.runsProvince()) {
            throw new AccessDeniedException(by.actor() + " may not make province admins");
        }
    }

    /**
     * The ward an account of this role belongs to: none for a province admin; the one named (which
     * a ward admin may only name if it is theirs), else the deployment's only ward, else the ward
     * admin's own.
     */
    private WardProfile wardFor(Role role, String wardCode, OfficialScope by) {
        if (role == Role.PROVINCE_ADMIN) {
            return null;
        }
        Optional<WardProfile> ward;
        if (wardCode != null && !wardCode.isBlank()) {
            ward = neighbourhoods.ward(wardCode).filter(w -> by == null || by.runsWard(w.id()));
            if (ward.isEmpty()) {
                throw new LocalizedInvalidInput("ward", "officials.error.unknown-ward", Texts.shorten(wardCode, 20));
            }
        } else if (neighbourhoods.isSingleWard()) {
            ward = Optional.of(neighbourhoods.ward());
        } else if (by != null && by.wardId() != null) {
            ward = neighbourhoods.wardById(by.wardId());
        } else {
            ward = Optional.empty();
        }
        return ward.orElseThrow(() -> new LocalizedInvalidInput("ward", "officials.error.ward-required"));
    }

    private static String wardLabel(WardProfile ward) {
        return ward == null ? "" : " " + ward.code();
    }

    /**
     * At least {@value #MIN_PASSWORD} characters, and at most {@value #MAX_PASSWORD_BYTES} bytes
     * in UTF-8: BCrypt reads no further, so a longer one would be refused by the encoder.
     */
    static void checkNewPassword(String field, String password) {
        if (password == null || password.isBlank()) {
            throw new LocalizedInvalidInput(field, "officials.account.password-required");
        }
        checkPassword(field, password, true);
    }

    private static void checkPassword(String field, String password, boolean checkLength) {
        if (checkLength && password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new LocalizedInvalidInput(field, "officials.account.password-short", MIN_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new LocalizedInvalidInput(field, "officials.account.password-long", MAX_PASSWORD_BYTES);
        }
    }

    /** The accounts an admin looks after: a ward admin's ward's, a province admin's all. */
    public List<Account> all(OfficialScope by) {
        return all().stream().filter(a -> looksAfter(by, a)).toList();
    }

    private static boolean looksAfter(OfficialScope by, Account a) {
        return by.runsProvince() || a.getWardId() != null && by.runsWard(a.getWardId());
    }

    /** Every account, by username. */
    public List<Account> all() {
        List<Account> all = new ArrayList<>();
        repository.findAll().forEach(all::add);
        all.sort(Comparator.comparing(Account::getUsername));
        return all;
    }

    /** Refuses to disable one's own account: the last ward admin could lock the ward out. */
    @Transactional
    public Account disable(String username, OfficialScope by) {
        String actor = by.actor();
        Account account = get(username, by);
        requireMayGrant(by, account.getRole());
        if (account.getUsername().equals(normalise(actor))) {
            throw new ConflictException("officials.account.disable-self");
        }
        account.disable();
        Account saved = repository.save(account);
        audit.record(actor, "ACCOUNT_DISABLED", account.getUsername(), null);
        return saved;
    }

    /** An account this admin looks after; to others, of other wards, it does not exist. */
    public Account get(String username, OfficialScope by) {
        return byUsername(username)
                .filter(a -> looksAfter(by, a))
                .orElseThrow(() -> new NotFoundException("No account " + username));
    }

    public Account get(String username) {
        return byUsername(username).orElseThrow(() -> new NotFoundException("No account " + username));
    }

    public Optional<Account> byUsername(String username) {
        return repository.findByUsername(normalise(username));
    }

    public Optional<Account> byTelegramUser(long telegramUserId) {
        return repository.findByTelegramUserId(telegramUserId);
    }

    /** The keys of the khóm named by their codes within the ward. */
    private Set<String> knownCodes(WardProfile ward, Set<String> requested) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : requested) {
            if (ward == null) {
                throw new LocalizedInvalidInput("neighbourhoods", "officials.error.unknown-neighbourhood", code);
            }
            Neighbourhood n = neighbourhoods
                    .find(ward.code(), code)
                    .or(() -> neighbourhoods.byCode(code))
                    .filter(found -> ward.code().equals(found.ward()))
                    .orElseThrow(() ->
                            new LocalizedInvalidInput("neighbourhoods", "officials.error.unknown-neighbourhood", code));
            codes.add(n.code());
        }
        return codes;
    }
}
