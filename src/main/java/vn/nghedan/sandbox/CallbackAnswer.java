package vn.nghedan.sandbox;

import java.time.Instant;

/** The bot's answerCallbackQuery for a button press; {@code text} is null for a silent answer. */
public record CallbackAnswer(String callbackQueryId, String text, boolean showAlert, Instant at) {}
