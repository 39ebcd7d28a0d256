package vn.nghedan.officials.api;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.nghedan.neighbourhood.Neighbourhood;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
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
        String ward,
        Set<String> neighbourhoods,
        boolean enabled,
        boolean telegramLinked,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {

    /** Khóm by their codes within the ward, as the API takes them. */
    public static AccountView of(Account a, Neighbourhoods neighbourhoods) {
        return new AccountView(
                a.getUsername(),
                a.getDisplayName(),
                a.getRole(),
                a.getWardId() == null
                        ? null
                        : neighbourhoods
                                .wardById(a.getWardId())
                                .map(WardProfile::code)
                                .orElse(null),
                a.neighbourhoodCodes().stream()
                        .map(code -> neighbourhoods
                                .byCode(code)
                                .map(Neighbourhood::localCode)
                                .orElse(code))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                a.isEnabled(),
                a.getTelegramUserId() != null,
                a.mustChangePassword(),
                ApiTime.format(a.getCreatedAt()));
    }
}
