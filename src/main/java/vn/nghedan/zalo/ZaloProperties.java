package vn.nghedan.zalo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY, ZALO_REFRESH_TOKEN (all four, or no Zalo
 * channel), ZALO_API_URL and ZALO_OAUTH_URL.
 */
@ConfigurationProperties("nghedan.zalo")
record ZaloProperties(
        String appId, String appSecret, String oaSecretKey, String refreshToken, String apiUrl, String oauthUrl) {

    static final String APP_ID_PROPERTY = "nghedan.zalo.app-id";

    ZaloProperties {
        appId = strip(appId);
        appSecret = strip(appSecret);
        oaSecretKey = strip(oaSecretKey);
        refreshToken = strip(refreshToken);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://openapi.zalo.me" : apiUrl.strip();
        oauthUrl = oauthUrl == null || oauthUrl.isBlank() ? "https://oauth.zaloapp.com" : oauthUrl.strip();
        boolean any = !appId.isEmpty() || !appSecret.isEmpty() || !oaSecretKey.isEmpty() || !refreshToken.isEmpty();
        if (any && !configured(appId, appSecret, oaSecretKey, refreshToken)) {
            throw new IllegalArgumentException("The Zalo channel needs all of ZALO_APP_ID, ZALO_APP_SECRET,"
                    + " ZALO_OA_SECRET_KEY and ZALO_REFRESH_TOKEN (some are missing)");
        }
    }

    boolean configured() {
        return configured(appId, appSecret, oaSecretKey, refreshToken);
    }

    private static boolean configured(String... values) {
        for (String v : values) {
            if (v.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    public String toString() {
        // Never print the secrets or the token, whatever logs a record.
        return "ZaloProperties[appId=" + appId + ", apiUrl=" + apiUrl + ", oauthUrl=" + oauthUrl + "]";
    }
}
