package vn.nghedan.officials.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nghedan.admin.*}, bound from ADMIN_USERNAME, ADMIN_PASSWORD and ADMIN_TELEGRAM_IDS.
 * The Telegram ids stay text here: a typo in one id must not stop the ward's app from starting.
 *
 * <p>Public because the module root and the tests of {@code console} use it.
 */
@ConfigurationProperties("nghedan.admin")
public record AdminProperties(String username, String password, String telegramIds) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username;
        password = password == null ? "" : password;
        telegramIds = telegramIds == null ? "" : telegramIds;
    }
}
