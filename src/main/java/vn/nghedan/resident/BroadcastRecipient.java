package vn.nghedan.resident;

/**
 * What a broadcast needs of a resident who accepts broadcasts (consent, reminders on, a reachable
 * chat): whom the dedup key names, where the message goes, and the language it is written in.
 */
public record BroadcastRecipient(long residentId, long chatId, String language) {}
