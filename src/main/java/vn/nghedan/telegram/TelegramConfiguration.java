package vn.nghedan.telegram;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.TelegramUrl;

@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    /** The real Bot API, from TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL. */
    @Bean
    @Conditional(HasBotTokenCondition.class)
    BotEndpoint configuredBotEndpoint(TelegramProperties properties) {
        return new BotEndpoint() {
            @Override
            public String token() {
                return properties.token();
            }

            @Override
            public String apiUrl() {
                return properties.apiUrl();
            }

            @Override
            public String toString() {
                return "BotEndpoint[" + properties.apiUrl() + "]";
            }
        };
    }

    static TelegramUrl telegramUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
