package vn.nghedan.officials;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs officials in against their accounts (console form login and API HTTP Basic alike). */
@Service
class AccountUserDetailsService implements UserDetailsService {

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
