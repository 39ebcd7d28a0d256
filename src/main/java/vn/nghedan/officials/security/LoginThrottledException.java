package vn.nghedan.officials.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many failures from here (429).
 *
 * <p>Public because {@code api} uses it.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Instant until;

    LoginThrottledException(Instant until) {
        super("Too many failed sign-ins for this username from this address");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
