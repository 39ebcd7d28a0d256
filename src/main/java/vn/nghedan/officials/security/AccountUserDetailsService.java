package vn.nghedan.officials.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.core.OfficialScopes;

/**
 * Signs officials in against their accounts (console form login and API HTTP Basic alike).
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final OfficialScopes scopes;

    AccountUserDetailsService(Accounts accounts, OfficialScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(account -> OfficialUser.of(account, scopes))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
