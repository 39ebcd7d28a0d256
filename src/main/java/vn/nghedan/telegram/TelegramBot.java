package vn.nghedan.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The library's client for this bot, built once from the {@link BotEndpoint}. */
@Component
class TelegramBot {

    private final ObjectProvider<BotEndpoint> endpoints;
    private volatile TelegramClient client;
    private volatile BotEndpoint endpoint;

    TelegramBot(ObjectProvider<BotEndpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * The endpoint, looked up once: it is fixed for the life of the app, and the bean lookup on
     * every send took an eighth of the send workers' CPU in the onboarding benchmark.
     */
    Optional<BotEndpoint> endpoint() {
        BotEndpoint e = endpoint;
        if (e == null) {
            e = endpoints.getIfAvailable();
            endpoint = e;
        }
        return Optional.ofNullable(e);
    }

    TelegramUrl url() {
        return TelegramConfiguration.telegramUrl(endpoint().orElseThrow().apiUrl());
    }

    TelegramClient client() {
        TelegramClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    BotEndpoint endpoint = endpoint().orElseThrow(() -> new IllegalStateException("No bot endpoint"));
                    // No logging interceptor: the token is part of every request URL.
                    OkHttpClient http = new OkHttpClient.Builder()
                            .dispatcher(onCallingThread())
                            // OkHttp's own pool size and keep-alive, swept without a wake-up per call
                            .connectionPool(UnhurriedConnectionPool.create("okhttp-sweeper", 5, 5, TimeUnit.MINUTES))
                            .connectTimeout(Duration.ofSeconds(10))
                            .readTimeout(Duration.ofSeconds(30))
                            .writeTimeout(Duration.ofSeconds(30))
                            .build();
                    client = new OkHttpTelegramClient(http, endpoint.token(), url());
                }
                c = client;
            }
        }
        return c;
    }

    /**
     * Every call runs on the thread that makes it ({@link CallingThreadExecutor}). No limit holds
     * a call back: a call queued behind the limits would run on whichever thread finished another
     * one (a send worker would carry someone else's request).
     */
    private static Dispatcher onCallingThread() {
        Dispatcher dispatcher = new Dispatcher(new CallingThreadExecutor());
        dispatcher.setMaxRequests(Integer.MAX_VALUE);
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        return dispatcher;
    }
}
