package vn.nghedan.submission;

/** What a resident sends: a question, a report of a problem, or a proposal. */
public enum Kind {
    QUESTION,
    COMPLAINT,
    PROPOSAL
}
