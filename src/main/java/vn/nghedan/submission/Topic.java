package vn.nghedan.submission;

/** The six sections of a ward's compiled report (DESIGN.md); numbers are stable. */
public final class Topic {

    public static final int FIRST = 1;
    public static final int LAST = 6;

    private Topic() {}

    public static boolean isValid(int topic) {
        return topic >= FIRST && topic <= LAST;
    }
}
