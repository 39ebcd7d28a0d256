package vn.nghedan.telegram;

import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;

/**
 * The long-polling client as the library builds it (its dispatcher, timeouts and pool size), with
 * the pool's clean-up not woken after every poll ({@link UnhurriedConnectionPool}).
 */
final class PollingHttpClient extends TelegramOkHttpClientFactory.DefaultOkHttpClientCreator {

    @Override
    public OkHttpClient get() {
        return getBaseClient()
                .connectionPool(UnhurriedConnectionPool.create("okhttp-poll-sweeper", 100, 75, TimeUnit.SECONDS))
                .build();
    }
}
