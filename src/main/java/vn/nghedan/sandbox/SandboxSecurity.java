package vn.nghedan.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Who may use the sandbox web chat: whoever sits at this machine. It plays every persona, the
 * ward's official among them, so a client from elsewhere on the office network gets 403 unless
 * {@code NGHEDAN_SANDBOX_PUBLIC=true}. With a bot token this chain does not exist at all (nor the
 * web chat), and {@code /sandbox} is just another console address behind the login.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoBotTokenCondition.class)
class SandboxSecurity {

    static final String PUBLIC_PROPERTY = "nghedan.sandbox.public";

    /** Before the console's catch-all chain (order 4), after the API's and the actuator's. */
    @Bean
    @Order(3)
    SecurityFilterChain sandbox(HttpSecurity http, @Value("${" + PUBLIC_PROPERTY + ":false}") boolean open)
            throws Exception {
        http.securityMatcher("/sandbox", "/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(open || isLoopback(context.getRequest()))))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The client's own address (never a forwarded header: anyone can write one). */
    static boolean isLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
