package vn.nghedan.officials.accounts;

import vn.nghedan.officials.core.LocalizedInvalidInput;

/**
 * A username someone already has: 409 in the API (the request was right, the name is not free).
 *
 * <p>Public because {@code api} uses it.
 */
public class UsernameTaken extends LocalizedInvalidInput {

    UsernameTaken(String username) {
        super("username", "officials.account.username-taken", username);
    }
}
