package vn.nghedan.officials.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.OfficialScopes;
import vn.nghedan.submission.Submission;

/**
 * The signed-in official, as Spring Security holds them: the account's role and neighbourhoods,
 * read afresh at each sign-in (each API request, with HTTP Basic). What they may see and do is
 * their {@link OfficialScope}.
 *
 * <p>Public because {@code api}, {@code console}, {@code core}, {@code security} and the tests of {@code console} use it.
 */
public final class OfficialUser implements UserDetails, CredentialsContainer {

    private final OfficialScope scope;
    private final boolean enabled;
    private final Integer accountVersion;
    private String passwordHash;

    private OfficialUser(OfficialScope scope, boolean enabled, Integer accountVersion, String hash) {
        this.scope = scope;
        this.enabled = enabled;
        this.accountVersion = accountVersion;
        this.passwordHash = hash;
    }

    public static OfficialUser of(Account account, OfficialScopes scopes) {
        return of(account, scopes.of(account));
    }

    /** The account signed in with this scope (built by {@link OfficialScopes}; tests give their own). */
    public static OfficialUser of(Account account, OfficialScope scope) {
        return new OfficialUser(scope, account.isEnabled(), account.getVersion(), account.getPasswordHash());
    }

    /** The same sign-in with its scope read again (the ward's khóm may have changed since). */
    public OfficialUser withScope(OfficialScope fresh) {
        return new OfficialUser(fresh, enabled, accountVersion, passwordHash);
    }

    /** What this official may see and change: the rule every channel applies. */
    public OfficialScope scope() {
        return scope;
    }

    /**
     * Whether this sign-in still stands for {@code account} as it is now: not disabled, and not
     * changed since (a new role, other khóm, a password reset), which a console session must not
     * outlive.
     */
    public boolean stillMatches(Account account) {
        return account.isEnabled()
                && account.getUsername().equals(scope.actor())
                && Objects.equals(account.getVersion(), accountVersion);
    }

    public Role role() {
        return scope.role();
    }

    public String shownName() {
        return scope.shownName();
    }

    /** See {@link OfficialScope#sees(String)}. */
    public boolean sees(String neighbourhoodCode) {
        return scope.sees(neighbourhoodCode);
    }

    /** See {@link OfficialScope#visibleAmong}. */
    public Collection<String> visibleAmong(String requested) {
        return scope.visibleAmong(requested);
    }

    /** See {@link OfficialScope#authorShownTo}. */
    public String authorShownTo(Submission s) {
        return scope.authorShownTo(s);
    }

    public String contactShownTo(Submission s) {
        return scope.contactShownTo(s);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // A province admin may do whatever a ward admin may, in every ward.
        return scope.role() == Role.PROVINCE_ADMIN
                ? List.of(
                        new SimpleGrantedAuthority(Role.PROVINCE_ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.WARD_ADMIN.authority()))
                : List.of(new SimpleGrantedAuthority(scope.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return scope.actor();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is not kept in the security context (or the console's HTTP session) after sign-in. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
