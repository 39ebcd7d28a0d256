package vn.nghedan.officials.api;

import java.time.OffsetDateTime;
import java.util.Set;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.core.ApiTime;

/**
 * An account as the API shows it: never its password or hash.
 *
 * <p>Public because {@code console} uses it.
 */
public record AccountView(
        String username,
        String displayName,
        Role role,
        Set<String> neighbourhoods,
        boolean enabled,
        boolean telegramLinked,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {

    public static AccountView of(Account a) {
        return new AccountView(
                a.getUsername(),
                a.getDisplayName(),
                a.getRole(),
                a.neighbourhoodCodes(),
                a.isEnabled(),
                a.getTelegramUserId() != null,
                a.mustChangePassword(),
                ApiTime.format(a.getCreatedAt()));
    }
}
