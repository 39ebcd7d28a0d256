package vn.nghedan.officials.accounts;

import vn.nghedan.officials.core.OfficialScope;

/** What an official account may do; {@link OfficialScope} says what that means for each read and change. */
public enum Role {
    /** Runs the deployment: every ward, its accounts and the wards themselves (names, khóm, merges). */
    PROVINCE_ADMIN,
    /** Runs the ward's sessions and moderates every neighbourhood. */
    WARD_ADMIN,
    /** Trưởng khóm: sees and moderates the submissions of their own neighbourhoods only. */
    NEIGHBOURHOOD_HEAD,
    /** Reads the whole ward (e.g. the Fatherland Front observing), changes nothing, sees no names. */
    VIEWER;

    /** Whether the role belongs to one ward (all but the province admin's). */
    boolean ofOneWard() {
        return this != PROVINCE_ADMIN;
    }

    /** The Spring Security authority behind {@code hasRole(name())}. */
    String authority() {
        return "ROLE_" + name();
    }
}
