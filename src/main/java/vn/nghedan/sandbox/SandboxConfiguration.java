package vn.nghedan.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.nghedan.telegram.BotEndpoint;
import vn.nghedan.telegram.ReceivedUpdates;

/**
 * Sandbox mode, when no bot token is set: a local Bot API stand-in on a loopback port, the bot's
 * endpoint pointing at it, and the cast for the web chat at /sandbox.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoBotTokenCondition.class)
class SandboxConfiguration {

    /** Shaped like a real token (digits, colon, secret) but never valid at Telegram. */
    static final String SANDBOX_TOKEN = "123456:sandbox";

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    /**
     * {@code nghedan.sandbox.max-poll-hold} ("50s", "PT5S"): lower it if the app waits for its poll
     * on stop. The stand-in starts with the app but the sandbox database stays: its update ids go on
     * above the ones the app received before, or the restarted app would drop them as seen.
     */
    @Bean
    BotApiStandIn botApiStandIn(
            @Value("${nghedan.sandbox.max-poll-hold:50s}") String maxPollHold,
            ObjectProvider<ReceivedUpdates> received) {
        BotApiStandIn standIn = new BotApiStandIn().maxPollHold(DurationStyle.detectAndParse(maxPollHold));
        received.ifAvailable(inbox -> standIn.continueAfter(inbox.highestUpdateId()));
        return standIn;
    }

    @Bean(destroyMethod = "close")
    StandInServer standInServer(
            BotApiStandIn standIn,
            @Value("${nghedan.sandbox.port:0}") int port,
            @Value("${" + SandboxSecurity.PUBLIC_PROPERTY + ":false}") boolean open) {
        StandInServer server = StandInServer.start(standIn, SANDBOX_TOKEN, port, open);
        log.info(
                "Sandbox mode: no TELEGRAM_BOT_TOKEN; local Bot API stand-in at {}, web chat at /sandbox",
                server.baseUrl());
        return server;
    }

    @Bean
    BotEndpoint sandboxBotEndpoint(StandInServer server) {
        return new SandboxBotEndpoint(SANDBOX_TOKEN, server.baseUrl());
    }

    @Bean
    Personas sandboxPersonas(@Value("${nghedan.admin.telegram-ids:}") String officialIds) {
        return Personas.preset(Personas.firstOfficialId(officialIds));
    }
}
