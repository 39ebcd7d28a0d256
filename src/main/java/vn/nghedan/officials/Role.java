package vn.nghedan.officials;

/** What an official account may do. */
enum Role {
    /** Runs the ward's sessions and moderates every neighbourhood. */
    WARD_ADMIN,
    /** Trưởng khóm: sees and moderates the submissions of their own neighbourhoods only. */
    NEIGHBOURHOOD_HEAD,
    /** Reads the whole ward (e.g. the Fatherland Front observing), changes nothing, sees no names. */
    VIEWER;

    boolean seesWholeWard() {
        return this != NEIGHBOURHOOD_HEAD;
    }

    /** Names of non-anonymous authors are for those who answer them, not for observers. */
    boolean seesAuthorNames() {
        return this != VIEWER;
    }

    /** The Spring Security authority behind {@code hasRole(name())}. */
    String authority() {
        return "ROLE_" + name();
    }
}
