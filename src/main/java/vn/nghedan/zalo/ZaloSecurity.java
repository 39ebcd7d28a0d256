package vn.nghedan.zalo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook's own filter chain, ahead of the console's: Zalo has no login, no session and no
 * CSRF token; the endpoint checks the event's signature itself.
 */
@Configuration(proxyBeanMethods = false)
class ZaloSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain zaloWebhookChain(HttpSecurity http) throws Exception {
        // The whole /zalo root: a mistyped path is answered 404 in the API's JSON, not the console's sign-in page.
        http.securityMatcher("/zalo/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
