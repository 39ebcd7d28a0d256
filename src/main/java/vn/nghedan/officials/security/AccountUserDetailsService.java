package vn.nghedan.officials.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;

/**
 * Signs officials in against their accounts (console form login and API HTTP Basic alike).
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(OfficialUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
