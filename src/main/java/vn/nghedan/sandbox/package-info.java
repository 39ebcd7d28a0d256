/**
 * The sandbox: a local stand-in for the Telegram Bot API, and the web chat that plays residents
 * and officials against it when the app runs without TELEGRAM_BOT_TOKEN. Nothing else in the app
 * depends on this package; its tests and end-to-end tests use it.
 *
 * <p>In an end-to-end test inside the app's Spring context (sandbox mode, no token set), take the
 * {@link vn.nghedan.sandbox.BotApiStandIn} bean: inject what residents do, await what the bot
 * sends, plan failures, and {@code reset()} between tests (update ids go on, so the running poller
 * stays in step; they start above the highest id the app's inbox holds, as the sandbox keeps its
 * database across restarts). The {@link vn.nghedan.sandbox.StandInServer} bean tells the port.
 *
 * <p>With the app in another process (a crash test), run the stand-in in the test JVM —
 * {@code StandInServer.start(new BotApiStandIn(), token, 0)} — and start the app with
 * {@code TELEGRAM_BOT_TOKEN=<token>} and {@code TELEGRAM_API_URL=<server.baseUrl()>}. Updates stay
 * queued until a getUpdates offset confirms them, so a killed bot gets them again; a poll held for
 * a dead process is ended with Telegram's 409 Conflict when the restarted one polls.
 *
 * <p>Webhook mode: once the bot calls setWebhook, the stand-in POSTs each queued update to the
 * URL with the secret in {@code X-Telegram-Bot-Api-Secret-Token}, one at a time in update order,
 * and keeps an update (retrying with growing pauses) until the webhook answers 2xx; getUpdates
 * gets Telegram's 409 while a webhook is set. Give a webhook-mode app its own stand-in.
 */
package vn.nghedan.sandbox;
