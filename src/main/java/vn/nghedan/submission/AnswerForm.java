package vn.nghedan.submission;

/** How an answer was given: spoken at the session, or in writing afterwards. */
public enum AnswerForm {
    AT_SESSION,
    IN_WRITING
}
