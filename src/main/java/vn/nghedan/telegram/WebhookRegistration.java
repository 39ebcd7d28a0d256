package vn.nghedan.telegram;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/**
 * Webhook mode: tells Telegram where to deliver (setWebhook with the URL, the secret Telegram
 * echoes in every delivery, the update kinds and how many deliveries at once), in the background
 * and retrying with backoff, so the console and API stay up while Telegram is unreachable. Every
 * instance sets the same webhook; none ever deletes it — one instance stopping must not unhook
 * the others.
 */
@Component
@ConditionalOnProperty(name = TelegramProperties.MODE_PROPERTY, havingValue = TelegramProperties.WEBHOOK)
class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramBot bot;
    private final TelegramProperties properties;
    private final BotCommandsPublisher commands;

    private volatile boolean running;
    private volatile Instant setAt;
    private Thread registrar;

    WebhookRegistration(TelegramBot bot, TelegramProperties properties, BotCommandsPublisher commands) {
        this.bot = bot;
        this.properties = properties;
        this.commands = commands;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (bot.endpoint().isEmpty()) {
            log.warn("No bot endpoint: no webhook is set");
            return;
        }
        registrar = new Thread(this::setWithRetry, "telegram-webhook");
        registrar.setDaemon(true);
        registrar.start();
    }

    private void setWithRetry() {
        boolean done = Backoff.retry("Setting the webhook", log, () -> running, this::setWebhook, () -> {});
        if (done) {
            setAt = Instant.now();
            log.info("Webhook set: Telegram delivers updates to {}", properties.webhookUrl());
            commands.publish();
        }
    }

    private void setWebhook() throws Exception {
        bot.client()
                .execute(SetWebhook.builder()
                        .url(properties.webhookUrl())
                        .secretToken(properties.webhookSecret())
                        .allowedUpdates(UpdateInbox.UPDATE_TYPES)
                        .maxConnections(properties.webhookMaxConnections())
                        .build());
    }

    /** Stops trying; the webhook stays set (no deleteWebhook: other instances still serve it). */
    @Override
    public synchronized void stop() {
        running = false;
        if (registrar != null) {
            registrar.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // After the web server: Telegram may deliver the moment the webhook is set.
        return Integer.MAX_VALUE - 30;
    }

    /** When setWebhook succeeded, or null while it has not yet. */
    Instant setAt() {
        return setAt;
    }
}
