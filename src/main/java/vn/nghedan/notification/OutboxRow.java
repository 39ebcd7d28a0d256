package vn.nghedan.notification;

/** A pending outbox row as the relay reads it. */
record OutboxRow(long id, long chatId, String kind, String payload, Lane lane, int attempts) {}
