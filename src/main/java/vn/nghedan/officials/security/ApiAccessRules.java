package vn.nghedan.officials.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.nghedan.officials.accounts.Role;

/**
 * Who may call which part of the REST API, first matching rule wins. The security chain is built
 * from this table and the OpenAPI description quotes it, so the two cannot disagree. What a
 * neighbourhood head or a viewer then sees of the data is narrowed further by the scope rule.
 *
 * <p>Public because {@code api} uses it.
 */
public final class ApiAccessRules {

    /** {@code method} null: any method; {@code roles} empty: any signed-in official. */
    record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        boolean matches(HttpMethod requestMethod, String path) {
            return (method == null || method.equals(requestMethod))
                    && PARSER.parse(pattern).matches(PathContainer.parsePath(path));
        }

        String[] roleNames() {
            return roles.stream().map(Role::name).sorted().toArray(String[]::new);
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final Set<Role> ANY_OFFICIAL = Set.of();

    static final List<Rule> RULES = List.of(
            // every official changes their own password
            new Rule(HttpMethod.POST, "/api/accounts/me/password", ANY_OFFICIAL),
            // accounts, even reading them, are the ward admin's
            new Rule(null, "/api/accounts", Set.of(Role.WARD_ADMIN)),
            new Rule(null, "/api/accounts/**", Set.of(Role.WARD_ADMIN)),
            // comparing wards: admins (a province admin all wards, a ward admin their own)
            new Rule(null, "/api/statistics/**", Set.of(Role.WARD_ADMIN)),
            new Rule(HttpMethod.GET, "/api/**", ANY_OFFICIAL),
            new Rule(HttpMethod.HEAD, "/api/**", ANY_OFFICIAL),
            // planning and running sessions is the ward's business
            new Rule(null, "/api/sessions", Set.of(Role.WARD_ADMIN)),
            new Rule(null, "/api/sessions/**", Set.of(Role.WARD_ADMIN)),
            // moderation: heads too, limited to their neighbourhoods by the scope rule
            new Rule(null, "/api/submissions/**", Set.of(Role.WARD_ADMIN, Role.NEIGHBOURHOOD_HEAD)));

    private ApiAccessRules() {}

    /** The roles that may call {@code method path} (a concrete path or a template); empty: any. */
    public static Set<Role> rolesFor(HttpMethod method, String path) {
        String concrete = path.replaceAll("\\{[^}]*}", "x");
        return RULES.stream()
                .filter(rule -> rule.matches(method, concrete))
                .findFirst()
                .map(Rule::roles)
                .orElse(ANY_OFFICIAL);
    }

    /** {@code WARD_ADMIN, NEIGHBOURHOOD_HEAD} or {@code any signed-in official}. */
    public static String describe(Set<Role> roles) {
        return roles.isEmpty()
                ? "any signed-in official"
                : Arrays.stream(Role.values())
                        .filter(roles::contains)
                        .map(Role::name)
                        .collect(Collectors.joining(", "));
    }
}
