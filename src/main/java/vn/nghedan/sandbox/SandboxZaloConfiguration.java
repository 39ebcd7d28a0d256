package vn.nghedan.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.nghedan.zalo.ZaloEndpoint;

/**
 * Sandbox mode plays Zalo too (unless a real OA is configured): the {@link ZaloStandIn} on its own
 * loopback port, the app's Zalo channel pointed at it, and its events posted to the app's webhook
 * once the web server has its port.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoZaloSettingsCondition.class)
class SandboxZaloConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxZaloConfiguration.class);

    @Bean(destroyMethod = "close")
    ZaloStandIn zaloStandIn(
            @Value("${nghedan.sandbox.zalo-port:0}") int port,
            @Value("${" + SandboxSecurity.PUBLIC_PROPERTY + ":false}") boolean open) {
        ZaloStandIn standIn = ZaloStandIn.start(port, open);
        log.info("Sandbox mode: local Zalo stand-in at {}", standIn.baseUrl());
        return standIn;
    }

    @Bean
    ZaloEndpoint sandboxZaloEndpoint(ZaloStandIn standIn) {
        return new ZaloEndpoint(
                ZaloStandIn.APP_ID,
                ZaloStandIn.APP_SECRET,
                ZaloStandIn.OA_SECRET_KEY,
                ZaloStandIn.FIRST_REFRESH_TOKEN,
                standIn.baseUrl(),
                standIn.baseUrl());
    }

    /** The stand-in posts events to this app's own webhook, on the port the server got. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> zaloStandInWebhook(ZaloStandIn standIn) {
        return event -> {
            if (event.getApplicationContext().getServerNamespace() == null) {
                standIn.webhook("http://127.0.0.1:" + event.getWebServer().getPort() + "/zalo/webhook");
            }
        };
    }
}
