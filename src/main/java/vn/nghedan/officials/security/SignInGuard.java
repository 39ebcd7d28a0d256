package vn.nghedan.officials.security;

import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.nghedan.officials.accounts.Accounts;

/**
 * Every password check, console and API alike, goes through here: refused at once while the
 * username is throttled from this address, otherwise checked against the account (BCrypt),
 * counted and audited.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Component
public class SignInGuard implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SignInAudit audit;

    SignInGuard(SignInAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle, SignInAudit audit) {
        this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        SignInDetails details =
                attempt.getDetails() instanceof SignInDetails d ? d : new SignInDetails("unknown", SignInDetails.API);
        String username = Accounts.normalise(attempt.getName());
        Instant lockedUntil = throttle.lockedUntil(username, details.address());
        if (lockedUntil != null) {
            throw new LoginThrottledException(lockedUntil);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, details.address());
            audit.succeeded(username, details);
            return signedIn;
        } catch (AuthenticationException e) {
            audit.failed(username, details, e.getClass().getSimpleName());
            if (throttle.failed(username, details.address())) {
                audit.throttled(username, details);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
