package vn.nghedan.officials.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.api.ApiSecurityErrors;
import vn.nghedan.officials.console.ConsoleDeniedPage;
import vn.nghedan.officials.console.ConsolePasswordController;
import vn.nghedan.officials.core.OfficialScopes;

/**
 * Who may reach what. Three chains, most specific first: the REST API and its OpenAPI description
 * (HTTP Basic, stateless, JSON errors, JSON-only writes, access by {@link ApiAccessRules}), the
 * actuator (health public, the rest for ward admins), and the console (form login with a session,
 * CSRF, a strict Content-Security-Policy, and the account re-checked on every request by
 * {@link LiveAccountCheck}). Every password check goes through the {@link SignInGuard}
 * (throttling and audit). The sandbox module adds its own loopback-only chain (order 3) when
 * there is no bot token; the telegram module one for its webhook.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; frame-ancestors 'none'";

    private static final String WARD_ADMIN = Role.WARD_ADMIN.name();
    private static final String NEIGHBOURHOOD_HEAD = Role.NEIGHBOURHOOD_HEAD.name();

    /** BCrypt for new hashes; the {id} prefix leaves room to move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The API, and its OpenAPI description. Writes must be JSON (before credentials are even
     * looked at), then HTTP Basic through the {@link SignInGuard} and the access table.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiSecurityErrors errors, SignInGuard guard) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> {
                    for (ApiAccessRules.Rule rule : ApiAccessRules.RULES) {
                        var matched = rule.method() == null
                                ? requests.requestMatchers(rule.pattern())
                                : requests.requestMatchers(rule.method(), rule.pattern());
                        if (rule.roles().isEmpty()) {
                            matched.authenticated();
                        } else {
                            matched.hasAnyRole(rule.roleNames());
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .authenticationManager(new ProviderManager(guard))
                .addFilterBefore(new JsonWritesOnly(errors), BasicAuthenticationFilter.class)
                .httpBasic(
                        basic -> basic.authenticationEntryPoint(errors).authenticationDetailsSource(SignInDetails::api))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // no cookies, no session: a forged cross-site request carries no credentials
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, ApiSecurityErrors errors, SignInGuard guard) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(WARD_ADMIN))
                .authenticationManager(new ProviderManager(guard))
                .httpBasic(
                        basic -> basic.authenticationEntryPoint(errors).authenticationDetailsSource(SignInDetails::api))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain console(HttpSecurity http, SignInGuard guard, Accounts accounts, OfficialScopes scopes)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/console/console.css",
                                "/console/console.js",
                                ConsoleDeniedPage.PATH)
                        .permitAll()
                        // every official changes their own password, viewers too
                        .requestMatchers(ConsolePasswordController.PATH)
                        .authenticated()
                        // the console: viewers read, heads also moderate their khóm, admins run the ward
                        // the wards themselves are the province's
                        .requestMatchers("/console/province", "/console/province/**")
                        .hasRole(Role.PROVINCE_ADMIN.name())
                        .requestMatchers("/console/accounts", "/console/accounts/**", "/console/notifications")
                        .hasRole(WARD_ADMIN)
                        .requestMatchers("/console/sessions/new", "/console/sessions/*/edit")
                        .hasRole(WARD_ADMIN)
                        .requestMatchers(HttpMethod.POST, "/console/sessions", "/console/sessions/**")
                        .hasRole(WARD_ADMIN)
                        .requestMatchers("/console/submissions/new")
                        .hasAnyRole(WARD_ADMIN, NEIGHBOURHOOD_HEAD)
                        .requestMatchers(HttpMethod.POST, "/console/**")
                        .hasAnyRole(WARD_ADMIN, NEIGHBOURHOOD_HEAD)
                        .anyRequest()
                        .authenticated())
                .authenticationManager(new ProviderManager(guard))
                .addFilterBefore(new LiveAccountCheck(accounts, scopes), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.accessDeniedPage(ConsoleDeniedPage.PATH))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(SignInDetails::console)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
