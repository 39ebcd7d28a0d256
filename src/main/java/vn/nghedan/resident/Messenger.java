package vn.nghedan.resident;

/** A channel a resident is reached on. */
public enum Messenger {
    TELEGRAM,
    ZALO,
    WEB
}
