package vn.nghedan.submission;

/** How a submission reached the ward; the ward's reports count by channel. */
public enum Channel {
    /** The Telegram bot. */
    BOT,
    /** The Zalo Official Account. */
    ZALO,
    SPOKEN,
    WRITTEN,
    PHONE,
    WEB
}
