package vn.nghedan.officials;

import java.util.Set;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.core.OfficialScope;

/** Officials for tests that set up accounts the way an operator would, outside any ward's rules. */
public final class TestOfficials {

    private TestOfficials() {}

    /** Whoever sets up a test's accounts: may do anything, and the audit log names them {@code actor}. */
    public static OfficialScope operator(String actor) {
        return new OfficialScope(actor, actor, Role.PROVINCE_ADMIN, null, Set.of());
    }
}
