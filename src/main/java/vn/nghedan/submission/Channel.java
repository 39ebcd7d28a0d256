package vn.nghedan.submission;

/** How a submission reached the ward; the ward's reports count by channel. */
public enum Channel {
    BOT,
    SPOKEN,
    WRITTEN,
    PHONE,
    WEB
}
