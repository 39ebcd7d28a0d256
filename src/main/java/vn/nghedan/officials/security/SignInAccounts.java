package vn.nghedan.officials.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.OfficialScopes;

/**
 * The account behind a username, as the {@link SignInGuard} checks a password against it (console
 * form login and API HTTP Basic alike).
 *
 * <p>Not a {@code UserDetailsService} bean: with one beside the guard (an AuthenticationProvider
 * bean), Spring Security warned at the first request that it would not use it. The guard hands
 * {@link #loadUserByUsername} to its password check itself.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Service
public class SignInAccounts {

    private final Accounts accounts;
    private final OfficialScopes scopes;

    SignInAccounts(Accounts accounts, OfficialScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(account -> OfficialUser.of(account, scopes))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
