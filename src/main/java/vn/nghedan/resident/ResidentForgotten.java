package vn.nghedan.resident;

/**
 * Decree 13/2023: a person asked to be forgotten (or an official forgot one entered at the
 * office). Published in the erasing transaction, before the resident's row goes: every module
 * erases what it holds of them — raw updates, messages, conversation state, supports, the
 * authorship of their submissions, audit lines naming them.
 *
 * @param chatId their Telegram chat, null for a person entered at the office
 * @param telegramUserId their Telegram user, null for a person entered at the office
 * @param displayName the name they were known by, to find free text naming them; may be null
 * @param contact the phone or address they gave, to find free text holding it; may be null
 * @param keepFiles whether the photos and files they sent may stay with the ward
 */
public record ResidentForgotten(
        long residentId, Long chatId, Long telegramUserId, String displayName, String contact, boolean keepFiles) {}
