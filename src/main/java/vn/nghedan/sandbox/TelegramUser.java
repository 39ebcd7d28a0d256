package vn.nghedan.sandbox;

/**
 * The person behind an injected update, as Telegram shows them to the bot: {@code from.id} (also
 * the private chat's id), {@code first_name}, the client's {@code language_code} and the optional
 * {@code username}.
 */
public record TelegramUser(long id, String firstName, String languageCode, String username) {

    public TelegramUser(long id, String firstName, String languageCode) {
        this(id, firstName, languageCode, null);
    }

    /** A resident whose Telegram app is set to Vietnamese, the usual case in the ward. */
    public static TelegramUser of(long id, String firstName) {
        return new TelegramUser(id, firstName, "vi");
    }
}
