package vn.nghedan.officials.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.console.ConsoleDeniedPage;
import vn.nghedan.officials.console.ConsolePasswordController;
import vn.nghedan.officials.core.OfficialScope;
import vn.nghedan.officials.core.OfficialScopes;

/**
 * On every console request, the signed-in official is compared with their account as it is now
 * (one indexed read): a disabled or changed account (new role, khóm, a password reset) ends the
 * session at once, and an account whose password someone else knows is sent to choose its own
 * before anything else. Read from the database, not from memory, so it holds with several
 * instances too. The API needs none of this: HTTP Basic reads the account on every request.
 *
 * <p>Not a bean: a Filter bean would also be registered for every request outside security.
 *
 * <p>Public because {@code console} uses it.
 */
public final class LiveAccountCheck extends OncePerRequestFilter {

    static final String ENDED = "/login?ended";

    /** What an official who must change their password may still reach. */
    private static final Set<String> WHILE_CHANGING =
            Set.of(ConsolePasswordController.PATH, "/logout", "/login", "/error", ConsoleDeniedPage.PATH);

    private static final Set<String> STATIC_PREFIXES =
            Set.of("/css/", "/js/", "/images/", "/console/console.css", "/console/console.js", "/favicon.ico");

    private final Accounts accounts;
    private final OfficialScopes scopes;

    LiveAccountCheck(Accounts accounts, OfficialScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!isStatic(path) && signedIn != null && signedIn.getPrincipal() instanceof OfficialUser me) {
            Optional<Account> account = accounts.byUsername(me.getUsername());
            if (account.isEmpty() || !me.stillMatches(account.get())) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + ENDED);
                return;
            }
            if (account.get().mustChangePassword() && !WHILE_CHANGING.contains(path)) {
                response.sendRedirect(request.getContextPath() + ConsolePasswordController.PATH);
                return;
            }
            // The ward's khóm as they are now (a province admin may have moved one in or out).
            OfficialScope fresh = scopes.of(account.get());
            if (!fresh.equals(me.scope())) {
                OfficialUser renewed = me.withScope(fresh);
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** Style sheets and scripts hold nothing of the ward: no database read for them. */
    private static boolean isStatic(String path) {
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
