package vn.nghedan.zalo;

/**
 * The Official Account the app speaks as, and where Zalo is: from the ZALO_* settings, or the
 * sandbox's stand-in. No bean of it: no Zalo channel.
 *
 * @param oaSecretKey the OA's secret key, which signs the webhook's events
 * @param initialRefreshToken the refresh token to start from when the database holds none yet
 * @param apiUrl base URL of the OA API, e.g. {@code https://openapi.zalo.me}
 * @param oauthUrl base URL of OAuth, e.g. {@code https://oauth.zaloapp.com}
 */
public record ZaloEndpoint(
        String appId,
        String appSecret,
        String oaSecretKey,
        String initialRefreshToken,
        String apiUrl,
        String oauthUrl) {

    /** Base URLs as given, without a trailing slash. */
    static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        // Never print the secrets or the token, whatever logs a record.
        return "ZaloEndpoint[appId=" + appId + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl + "]";
    }
}
