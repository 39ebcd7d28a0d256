package vn.nghedan.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The paths whose clients are programs rather than people: the REST API and the webhooks that
 * Telegram and Zalo call. Whatever goes wrong there (a 404, a method or media type the path does
 * not take …) is answered with the API's JSON body {@code {error, message, field?}}; elsewhere
 * with a page for people.
 */
public final class ApiPaths {

    private static final List<String> ROOTS = List.of("/api", "/telegram", "/zalo");

    private ApiPaths() {}

    /** {@code path} without the context path, as {@code /api/sessions}. */
    public static boolean isApi(String path) {
        if (path == null) {
            return false;
        }
        for (String root : ROOTS) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code requestUri} as the request gives it, context path included: the request's own, or on
     * an error dispatch the one it was forwarded from.
     */
    public static boolean isApi(HttpServletRequest request, String requestUri) {
        return requestUri != null
                && isApi(requestUri.substring(request.getContextPath().length()));
    }
}
