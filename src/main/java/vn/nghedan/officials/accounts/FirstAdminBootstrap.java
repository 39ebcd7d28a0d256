package vn.nghedan.officials.accounts;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.InvalidInputException;

/**
 * Makes sure a fresh installation can be signed in to: creates the ward-admin account named by
 * ADMIN_USERNAME if it does not exist. Without ADMIN_PASSWORD a random password is made and
 * printed once, in the only log line that ever holds it. Instances starting together on one
 * database may race to create it: the one that loses finds it made.
 *
 * <p>Public because the tests of {@code console} use it.
 */
@Component
public class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    /** No look-alikes (0/O, 1/l/I): the password is read off a log and typed by hand. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    static final int GENERATED_LENGTH = 16;

    private final AdminProperties properties;
    private final Accounts accounts;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean done;

    public FirstAdminBootstrap(AdminProperties properties, Accounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureFirstAdmin();
    }

    public void ensureFirstAdmin() {
        String username = Accounts.normalise(properties.username());
        if (accounts.byUsername(username).isPresent()) {
            accounts.promoteFirstAdminOfProvince(username);
            done = true;
            return;
        }
        boolean generated = properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        try {
            accounts.openFirstAdmin(username, password, generated);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(
                    "ADMIN_USERNAME '" + username + "' cannot name the first admin account (" + e.field()
                            + "): use 3 to 50 letters, digits, '.', '_' or '-'",
                    e);
        } catch (DuplicateKeyException e) {
            // Several instances starting at once on one database: another made it first.
            if (accounts.byUsername(username).isPresent()) {
                log.info("First admin account '{}' was created by another instance", username);
                done = true;
                return;
            }
            throw e;
        }
        if (generated) {
            log.warn(
                    "First admin account '{}' created with password: {}  — change it (the console asks at the"
                            + " first sign-in)",
                    username,
                    password);
        } else {
            log.info("First admin account '{}' created with the password from ADMIN_PASSWORD", username);
            if (password.codePointCount(0, password.length()) < Accounts.MIN_PASSWORD) {
                log.warn(
                        "ADMIN_PASSWORD is shorter than {} characters: change it in the console",
                        Accounts.MIN_PASSWORD);
            }
        }
        done = true;
    }

    /** Whether the first admin account exists: until then health is not UP (nobody could sign in). */
    boolean done() {
        return done;
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
