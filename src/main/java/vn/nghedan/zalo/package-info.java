/**
 * The Zalo Official Account channel, off unless ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY
 * and ZALO_REFRESH_TOKEN are set (or the sandbox provides its stand-in): signed webhook events are
 * stored in {@code zalo_event} and drive the same conversation as Telegram, in order per person;
 * replies and notices go out through the OA's consultation-message API with an access token kept
 * fresh from the single-use refresh token in {@code zalo_token}. A person is reached at a {@link
 * vn.nghedan.resident.Address} of channel ZALO, whose chat key is what the conversation and the
 * outbox know. Choices (Telegram's inline buttons) become numbered lines answered with the number;
 * the token behind each number stays on the server ({@code zalo_choice}).
 */
package vn.nghedan.zalo;
