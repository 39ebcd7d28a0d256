package vn.nghedan.officials;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.nghedan.submission.Submission;

/**
 * The signed-in official, as Spring Security holds them: the account's role and neighbourhoods,
 * read afresh at each sign-in (each API request, with HTTP Basic). Decides what they may see.
 */
final class OfficialUser implements UserDetails, CredentialsContainer {

    private final String username;
    private final String shownName;
    private final Role role;
    private final Set<String> neighbourhoods;
    private final boolean enabled;
    private final Integer accountVersion;
    private String passwordHash;

    private OfficialUser(
            String username,
            String shownName,
            Role role,
            Set<String> neighbourhoods,
            boolean enabled,
            Integer accountVersion,
            String hash) {
        this.username = username;
        this.shownName = shownName;
        this.role = role;
        this.neighbourhoods = Set.copyOf(neighbourhoods);
        this.enabled = enabled;
        this.accountVersion = accountVersion;
        this.passwordHash = hash;
    }

    static OfficialUser of(Account account) {
        return new OfficialUser(
                account.getUsername(),
                account.shownName(),
                account.getRole(),
                account.neighbourhoodCodes(),
                account.isEnabled(),
                account.getVersion(),
                account.getPasswordHash());
    }

    /**
     * Whether this sign-in still stands for {@code account} as it is now: not disabled, and not
     * changed since (a new role, other khóm, a password reset), which a console session must not
     * outlive.
     */
    boolean stillMatches(Account account) {
        return account.isEnabled()
                && account.getUsername().equals(username)
                && Objects.equals(account.getVersion(), accountVersion);
    }

    Role role() {
        return role;
    }

    String shownName() {
        return shownName;
    }

    /** Whether submissions of this neighbourhood are this official's business. */
    boolean sees(String neighbourhoodCode) {
        return role.seesWholeWard() || neighbourhoods.contains(neighbourhoodCode);
    }

    /**
     * The neighbourhoods a list may show, narrowed to {@code requested} when given: {@code null}
     * means the whole ward, an empty set means nothing.
     */
    Collection<String> visibleAmong(String requested) {
        if (requested != null) {
            return sees(requested) ? Set.of(requested) : Set.of();
        }
        return role.seesWholeWard() ? null : neighbourhoods;
    }

    /** An author's name is shown only when they did not ask to stay anonymous, and never to viewers. */
    String authorShownTo(Submission s) {
        return s.isAnonymous() || !role.seesAuthorNames() ? null : s.getAuthorName();
    }

    String contactShownTo(Submission s) {
        return s.isAnonymous() || !role.seesAuthorNames() ? null : s.getContact();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
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
