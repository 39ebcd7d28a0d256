package vn.nghedan.officials.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.nghedan.neighbourhood.Neighbourhoods;
import vn.nghedan.officials.accounts.Account;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.officials.accounts.Role;
import vn.nghedan.officials.security.ApiAccessRules;

/**
 * {@code /api/accounts}: ward admins open, list, disable accounts, reset passwords and change
 * roles; every official changes their own password at {@code /api/accounts/me/password} (see
 * {@link ApiAccessRules}). A username of three characters at least cannot be {@code me}.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountApi {

    /** {@code {current, new}}: {@code new} is a Java keyword, hence the annotation. */
    record PasswordChange(
            String current, @JsonProperty("new") String newPassword) {}

    /** A ward admin's reset: {@code {new}}. */
    record PasswordReset(@JsonProperty("new") String newPassword) {}

    record RoleChange(Role role, List<String> neighbourhoods, String ward) {}

    private final Accounts accounts;
    private final Neighbourhoods neighbourhoods;

    AccountApi(Accounts accounts, Neighbourhoods neighbourhoods) {
        this.accounts = accounts;
        this.neighbourhoods = neighbourhoods;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // for the OpenAPI description; the ResponseEntity sets it
    ResponseEntity<AccountView> open(@RequestBody NewAccount body, @AuthenticationPrincipal OfficialUser me) {
        Account opened = accounts.open(body, me.scope());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{username}")
                .buildAndExpand(opened.getUsername())
                .toUri();
        return ResponseEntity.created(location).body(view(opened));
    }

    /** Every account by username, disabled ones too. */
    @GetMapping
    List<AccountView> all(@AuthenticationPrincipal OfficialUser me) {
        return accounts.all(me.scope()).stream().map(this::view).toList();
    }

    @GetMapping("/{username}")
    AccountView one(@PathVariable String username, @AuthenticationPrincipal OfficialUser me) {
        return view(accounts.get(username, me.scope()));
    }

    private AccountView view(Account a) {
        return AccountView.of(a, neighbourhoods);
    }

    /** The account signs in no more; its console sessions end at their next request. */
    @PostMapping("/{username}/disable")
    AccountView disable(@PathVariable String username, @AuthenticationPrincipal OfficialUser me) {
        return view(accounts.disable(username, me.scope()));
    }

    @PostMapping("/{username}/role")
    AccountView changeRole(
            @PathVariable String username, @RequestBody RoleChange body, @AuthenticationPrincipal OfficialUser me) {
        Set<String> codes = body.neighbourhoods() == null ? Set.of() : Set.copyOf(body.neighbourhoods());
        return view(accounts.changeRole(username, body.role(), body.ward(), codes, me.scope()));
    }

    /** 204; the account's owner must choose their own password at the next console sign-in. */
    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(
            @PathVariable String username, @RequestBody PasswordReset body, @AuthenticationPrincipal OfficialUser me) {
        accounts.resetPassword(username, body.newPassword(), me.scope());
    }

    /** 204; a wrong {@code current} is 400 naming the field. */
    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@RequestBody PasswordChange body, @AuthenticationPrincipal OfficialUser me) {
        accounts.changeOwnPassword(me.getUsername(), body.current(), body.newPassword());
    }
}
