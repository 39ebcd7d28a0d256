package vn.nghedan.session;

/** A dialogue with the People's Committee, or council delegates meeting voters before a council session. */
public enum SessionKind {
    DIALOGUE,
    VOTER_MEETING
}
