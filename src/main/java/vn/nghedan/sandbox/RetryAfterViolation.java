package vn.nghedan.sandbox;

import java.time.Instant;

/**
 * A send that arrived while a 429 answer's retry_after was still running: Telegram would have
 * refused it and may lengthen the ban.
 *
 * @param chatId the chat the send was for
 * @param allowedFrom when the retry_after that it broke ran out
 */
public record RetryAfterViolation(String method, Long chatId, Instant arrivedAt, Instant allowedFrom) {}
