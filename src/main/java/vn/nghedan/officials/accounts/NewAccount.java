package vn.nghedan.officials.accounts;

import java.util.Set;

/**
 * What it takes to open an account (also the body of {@code POST /api/accounts}); the password is
 * hashed at once and never stored. {@code neighbourhoods} are the khóm codes within {@code ward},
 * which a deployment of one ward may leave out (a province admin has none).
 */
public record NewAccount(
        String username,
        String password,
        String displayName,
        Role role,
        Set<String> neighbourhoods,
        Long telegramUserId,
        String ward) {

    public NewAccount {
        neighbourhoods = neighbourhoods == null ? Set.of() : Set.copyOf(neighbourhoods);
    }
}
