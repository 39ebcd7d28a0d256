package vn.nghedan.officials;

/** A username someone already has: 409 in the API (the request was right, the name is not free). */
class UsernameTaken extends LocalizedInvalidInput {

    UsernameTaken(String username) {
        super("username", "officials.account.username-taken", username);
    }
}
