package vn.nghedan.officials.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * Where a sign-in comes from: the client's address (behind a reverse proxy, the one it forwarded,
 * see SECURITY.md) and whether it is the console's form or the API's HTTP Basic.
 */
record SignInDetails(String address, String channel) implements Serializable {

    static final String CONSOLE = "console";
    static final String API = "api";

    static SignInDetails console(HttpServletRequest request) {
        return new SignInDetails(request.getRemoteAddr(), CONSOLE);
    }

    static SignInDetails api(HttpServletRequest request) {
        return new SignInDetails(request.getRemoteAddr(), API);
    }
}
