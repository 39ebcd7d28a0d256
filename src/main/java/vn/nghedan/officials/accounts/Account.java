package vn.nghedan.officials.accounts;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An official who signs in to the console or the API: a unique username, a password hash (never
 * the password), a role and, for a neighbourhood head, the neighbourhoods they look after. A
 * Telegram user id links the account to the bot's official commands.
 *
 * <p>Public because the module root, {@code api}, {@code console}, {@code core}, {@code security} and the tests of {@code console} use it.
 */
@Table("account")
public class Account {

    @Id
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private Long telegramUserId;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;

    @Version
    private Integer version;

    @MappedCollection(idColumn = "account")
    private Set<AccountNeighbourhood> neighbourhoods = new LinkedHashSet<>();

    /** The ward of a ward admin, viewer or khóm head; {@code null} for a province admin. */
    private Long wardId;

    Account() {}

    public static Account open(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long wardId,
            Set<String> neighbourhoodCodes,
            Long telegramUserId,
            Instant now) {
        Account a = new Account();
        a.wardId = role == Role.PROVINCE_ADMIN ? null : wardId;
        a.username = username;
        a.passwordHash = passwordHash;
        a.displayName = displayName;
        a.role = role;
        a.telegramUserId = telegramUserId;
        a.enabled = true;
        a.createdAt = now;
        neighbourhoodCodes.forEach(code -> a.neighbourhoods.add(new AccountNeighbourhood(code)));
        return a;
    }

    /** Signs in no more; the account stays, so the audit log's names keep meaning something. */
    void disable() {
        this.enabled = false;
    }

    /**
     * A new password hash. {@code mustChange}: someone else knows this password (a ward admin who
     * reset it), so the console asks its owner for their own at the next sign-in.
     */
    void changePassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
    }

    /** The first admin's printed password is known to whoever reads the log: it must be replaced. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void changeRole(Role newRole, Long wardId, Set<String> neighbourhoodCodes) {
        this.role = newRole;
        this.wardId = newRole == Role.PROVINCE_ADMIN ? null : wardId;
        this.neighbourhoods.clear();
        neighbourhoodCodes.forEach(code -> this.neighbourhoods.add(new AccountNeighbourhood(code)));
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Grows with every saved change (password, role, khóm, disabling). A console session remembers
     * the version it signed in with, and ends when the account has moved on.
     */
    Integer getVersion() {
        return version;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** The name shown for this official (e.g. as the one who answered); the username if none. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getTelegramUserId() {
        return telegramUserId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getWardId() {
        return wardId;
    }

    public Set<String> neighbourhoodCodes() {
        return neighbourhoods.stream()
                .map(AccountNeighbourhood::neighbourhoodCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
