package vn.nghedan.officials;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Three chains, most specific first: the REST API (HTTP Basic, stateless,
 * JSON errors), the actuator (health public, the rest for ward admins), and the console (form
 * login with a session, CSRF and a strict Content-Security-Policy). The sandbox module adds its
 * own chain (order 3) when there is no bot token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; frame-ancestors 'none'";

    private static final String WARD_ADMIN = Role.WARD_ADMIN.name();
    private static final String NEIGHBOURHOOD_HEAD = Role.NEIGHBOURHOOD_HEAD.name();

    /** BCrypt for new hashes; the {id} prefix leaves room to move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .authenticated()
                        // planning and running sessions is the ward's business
                        .requestMatchers("/api/sessions", "/api/sessions/**")
                        .hasRole(WARD_ADMIN)
                        // moderation: heads too, limited to their neighbourhoods by the query itself
                        .requestMatchers("/api/submissions/**")
                        .hasAnyRole(WARD_ADMIN, NEIGHBOURHOOD_HEAD)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName(ApiSecurityErrors.REALM).authenticationEntryPoint(errors))
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
    SecurityFilterChain actuator(HttpSecurity http, ApiSecurityErrors errors) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(WARD_ADMIN))
                .httpBasic(basic -> basic.realmName(ApiSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
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
                        // the console: viewers read, heads also moderate their khóm, admins run the ward
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
                .exceptionHandling(handling -> handling.accessDeniedPage(ConsoleDeniedPage.PATH))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
