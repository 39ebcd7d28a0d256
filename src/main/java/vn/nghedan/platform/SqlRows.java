package vn.nghedan.platform;

import java.util.Collections;

/** The VALUES list of a multi-row INSERT: one statement for many rows instead of one each. */
public final class SqlRows {

    private SqlRows() {}

    /** {@code row} ("(?, ?, ?)") repeated {@code count} times, comma-separated. */
    public static String of(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
