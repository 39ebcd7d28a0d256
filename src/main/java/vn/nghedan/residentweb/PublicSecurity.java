package vn.nghedan.residentweb;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * The resident page and its JSON are open to anyone, without credentials or a session; this
 * chain comes before the officials' {@code /api/**} one, which asks for a login. No CSRF token:
 * nothing here acts on a signed-in person's behalf, and the form carries its own challenge.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' blob: data:;"
            + " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";

    @Bean
    @Order(0)
    SecurityFilterChain residentWeb(HttpSecurity http, MessageSource messages) throws Exception {
        http.securityMatcher("/api/public/**", "/y-kien", "/y-kien/**")
                .addFilterBefore(new PublicBodyLimit(messages), CsrfFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
