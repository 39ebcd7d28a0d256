package vn.nghedan.session;

public enum SessionStatus {
    PLANNED,
    CANCELLED,
    HELD
}
