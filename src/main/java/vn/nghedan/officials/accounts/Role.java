package vn.nghedan.officials.accounts;

import vn.nghedan.officials.core.OfficialScope;

/**
 * What an official account may do; {@link OfficialScope} says what that means for each read and change.
 *
 * <p>Public because {@code api}, {@code console}, {@code core}, {@code security} and the tests of the module root, {@code api}, {@code bot}, {@code console}, {@code security} use it.
 */
public enum Role {
    /** Runs the ward's sessions and moderates every neighbourhood. */
    WARD_ADMIN,
    /** Trưởng khóm: sees and moderates the submissions of their own neighbourhoods only. */
    NEIGHBOURHOOD_HEAD,
    /** Reads the whole ward (e.g. the Fatherland Front observing), changes nothing, sees no names. */
    VIEWER;

    /** The Spring Security authority behind {@code hasRole(name())}. */
    String authority() {
        return "ROLE_" + name();
    }
}
