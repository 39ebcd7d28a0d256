package vn.nghedan.submission;

import java.util.Set;

/** The lifecycle of DESIGN.md: NEW → ACCEPTED → ANSWERED, with side exits. */
public enum Status {
    NEW,
    ACCEPTED,
    ANSWERED,
    REJECTED,
    MERGED,
    REFERRED,
    WITHDRAWN;

    /** Still waiting for the ward: may go on an agenda, be edited or withdrawn. */
    public boolean isOpen() {
        return this == NEW || this == ACCEPTED;
    }

    public static final Set<Status> OPEN = Set.of(NEW, ACCEPTED);
}
