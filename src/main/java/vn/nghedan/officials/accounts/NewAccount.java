package vn.nghedan.officials.accounts;

import java.util.Set;

/**
 * What it takes to open an account (also the body of {@code POST /api/accounts}); the password is
 * hashed at once and never stored.
 *
 * <p>Public because {@code api}, {@code console} and the tests of the module root, {@code bot}, {@code console} use it.
 */
public record NewAccount(
        String username,
        String password,
        String displayName,
        Role role,
        Set<String> neighbourhoods,
        Long telegramUserId) {

    public NewAccount {
        neighbourhoods = neighbourhoods == null ? Set.of() : Set.copyOf(neighbourhoods);
    }
}
