package vn.nghedan.sandbox;

import java.time.Instant;

/** A Bot API call that the stand-in answered with an error, injected or earned. */
public record RejectedCall(String method, Long chatId, int errorCode, String description, Instant at) {}
