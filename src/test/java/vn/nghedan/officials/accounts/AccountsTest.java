package vn.nghedan.officials.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nghedan.officials.ApiTestSupport;
import vn.nghedan.officials.TestOfficials;
import vn.nghedan.platform.InvalidInputException;

/** Opening accounts: what is refused, and that only a hash is stored. */
class AccountsTest extends ApiTestSupport {

    @Test
    void anAccountKeepsAHashNeverThePassword() {
        Account account = accounts.open(
                new NewAccount(
                        "Can-Bo-" + System.nanoTime(), "bí mật lắm", "Cán bộ", Role.VIEWER, Set.of(), null, null),
                TestOfficials.operator("admin"));

        assertThat(account.getUsername()).startsWith("can-bo-");
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("bí mật");
        assertThat(auditActions(account.getUsername())).containsExactly("ACCOUNT_OPENED");
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        String pw = "mười ký tự đủ dài";
        assertRefused(new NewAccount("a b", pw, null, Role.VIEWER, Set.of(), null, null), "username");
        assertRefused(new NewAccount("admin", pw, null, Role.VIEWER, Set.of(), null, null), "username");
        assertRefused(new NewAccount("nguoi-moi-1", " ", null, Role.VIEWER, Set.of(), null, null), "password");
        assertRefused(new NewAccount("nguoi-moi-1", "chín ký", null, Role.VIEWER, Set.of(), null, null), "password");
        assertRefused(
                new NewAccount("nguoi-moi-1", "đ".repeat(37), null, Role.VIEWER, Set.of(), null, null), "password");
        assertRefused(new NewAccount("nguoi-moi-2", pw, null, null, Set.of(), null, null), "role");
        assertRefused(
                new NewAccount("nguoi-moi-3", pw, null, Role.NEIGHBOURHOOD_HEAD, Set.of(), null, null),
                "neighbourhoods");
        assertRefused(
                new NewAccount("nguoi-moi-4", pw, null, Role.NEIGHBOURHOOD_HEAD, Set.of("K9"), null, null),
                "neighbourhoods");
    }

    private void assertRefused(NewAccount request, String field) {
        assertThatThrownBy(() -> accounts.open(request, TestOfficials.operator("admin")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo(field);
    }
}
