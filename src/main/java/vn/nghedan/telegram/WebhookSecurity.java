package vn.nghedan.telegram;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook's own filter chain, ahead of the console's: Telegram has no login, no session and
 * no CSRF token; the endpoint checks the secret header itself. In polling mode too, so that the
 * path answers a plain 404 there (no endpoint) rather than the console's login redirect or 403.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain telegramWebhook(HttpSecurity http) throws Exception {
        // The whole /telegram root: a mistyped path is answered 404 in the API's JSON, not the console's sign-in page.
        http.securityMatcher("/telegram/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
