package vn.nghedan.officials.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import vn.nghedan.officials.accounts.Accounts;
import vn.nghedan.officials.accounts.NewAccount;
import vn.nghedan.officials.accounts.Role;

/** Opening an account from the console; the rules on names, roles and khóm are {@link Accounts}'. */
public class ConsoleAccountForm {

    /** The rule of every chosen password (see {@link Accounts#checkNewPassword}). */
    static final int MIN_PASSWORD = Accounts.MIN_PASSWORD;

    private String username;
    private String password;
    private String displayName;
    private Role role = Role.NEIGHBOURHOOD_HEAD;
    private List<String> neighbourhoods = new ArrayList<>();
    private Long telegramUserId;

    void validate(Errors errors) {
        if (password != null && !password.isBlank() && password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            errors.rejectValue("password", "console.account.password-short", new Object[] {MIN_PASSWORD}, null);
        }
        if (telegramUserId != null && telegramUserId <= 0) {
            errors.rejectValue("telegramUserId", "typeMismatch");
        }
    }

    NewAccount toNewAccount() {
        return new NewAccount(
                username,
                password,
                displayName,
                role,
                neighbourhoods == null ? Set.of() : Set.copyOf(neighbourhoods),
                telegramUserId,
                ward);
    }

    /** The ward of the account (a province admin's choice; others open accounts of their own). */
    private String ward;

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<String> getNeighbourhoods() {
        return neighbourhoods;
    }

    public void setNeighbourhoods(List<String> neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public Long getTelegramUserId() {
        return telegramUserId;
    }

    public void setTelegramUserId(Long telegramUserId) {
        this.telegramUserId = telegramUserId;
    }
}
