package vn.nghedan.officials.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.nghedan.officials.AuditLog;

/**
 * Sign-ins in the audit log. Every console sign-in and every failure is written. HTTP Basic signs
 * in on every API request, so a successful API sign-in is written once per username and address
 * an hour — enough to see who used the API from where, without one row per call.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Component
public class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);
    static final Duration API_SUCCESS_EVERY = Duration.ofHours(1);
    private static final int MAX_REMEMBERED = 5_000;

    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Instant> lastApiSuccess = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    SignInAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void succeeded(String username, SignInDetails details) {
        if (SignInDetails.API.equals(details.channel()) && !firstApiSuccessInAWhile(username, details.address())) {
            return;
        }
        write(username, "LOGIN_SUCCEEDED", details, null);
    }

    void failed(String username, SignInDetails details, String reason) {
        write(username, "LOGIN_FAILED", details, reason);
    }

    void throttled(String username, SignInDetails details) {
        write(username, "LOGIN_THROTTLED", details, LoginThrottle.MAX_FAILURES + " failures");
    }

    private synchronized boolean firstApiSuccessInAWhile(String username, String address) {
        Instant now = clock.instant();
        Instant last = lastApiSuccess.get(username + " " + address);
        if (last != null && now.isBefore(last.plus(API_SUCCESS_EVERY))) {
            return false;
        }
        lastApiSuccess.put(username + " " + address, now);
        return true;
    }

    /** A sign-in must not fail because its audit row could not be written (the database busy). */
    private void write(String username, String action, SignInDetails details, String reason) {
        String detail = details.channel() + " " + details.address() + (reason == null ? "" : " " + reason);
        try {
            audit.record(username.isEmpty() ? "?" : username, action, username, detail);
        } catch (RuntimeException e) {
            log.warn("Could not audit {} of '{}': {}", action, username, e.toString());
        }
    }
}
