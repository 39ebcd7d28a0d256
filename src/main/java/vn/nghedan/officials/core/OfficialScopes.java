package vn.nghedan.officials.core;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.neighbourhood.WardProfile;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Role;

/**
 * Builds an official's {@link OfficialScope} from their account and the wards as they are now
 * (a khóm moved into or out of a ward moves in or out of its officials' sight at once).
 *
 * <p>Public because {@code accounts}, {@code security} and the module root use it.
 */
@Component
public class OfficialScopes {

    private final Neighbourhoods neighbourhoods;

    OfficialScopes(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public OfficialScope of(Account account) {
        Role role = account.getRole();
        if (role == Role.PROVINCE_ADMIN) {
            return new OfficialScope(account.getUsername(), account.shownName(), role, null, Set.of());
        }
        // Accounts from before wards belong to the first ward (V6_8 sets it; this covers a null).
        long ward = account.getWardId() == null ? neighbourhoods.ward().id() : account.getWardId();
        Set<String> khom =
                role == Role.NEIGHBOURHOOD_HEAD ? account.neighbourhoodCodes() : neighbourhoods.codesOf(ward);
        return new OfficialScope(account.getUsername(), account.shownName(), role, ward, khom);
    }

    /**
     * An id of ADMIN_TELEGRAM_IDS, an official without an account: the ward admin of a deployment
     * of one ward, the province admin of a deployment of several.
     */
    public OfficialScope telegramAdmin(long telegramUserId) {
        String actor = "telegram:" + telegramUserId;
        if (!neighbourhoods.isSingleWard()) {
            return new OfficialScope(actor, actor, Role.PROVINCE_ADMIN, null, Set.of());
        }
        WardProfile ward = neighbourhoods.ward();
        return new OfficialScope(actor, actor, Role.WARD_ADMIN, ward.id(), ward.codes());
    }
}
