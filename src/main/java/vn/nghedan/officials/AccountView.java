package vn.nghedan.officials;

import java.time.OffsetDateTime;
import java.util.Set;

/** An account as the API shows it: never its password or hash. */
record AccountView(
        String username,
        String displayName,
        Role role,
        Set<String> neighbourhoods,
        boolean enabled,
        boolean telegramLinked,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {

    static AccountView of(Account a) {
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
