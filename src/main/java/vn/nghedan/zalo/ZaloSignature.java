package vn.nghedan.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex SHA-256 of app_id + raw body +
 * timestamp + OA secret key>}, app_id and timestamp as the body gives them.
 */
public final class ZaloSignature {

    public static final String HEADER = "X-ZEvent-Signature";

    private ZaloSignature() {}

    /** The header's value for this event. */
    public static String of(String appId, String rawBody, String timestamp, String oaSecretKey) {
        return "mac=" + HexFormat.of().formatHex(sha256(appId + rawBody + timestamp + oaSecretKey));
    }

    /**
     * Whether the header signs the event. Both sides are hashed again before the comparison, so it
     * takes the same time whatever was sent ({@link MessageDigest#isEqual} alone returns early on
     * a length mismatch).
     */
    static boolean verify(String header, String appId, String rawBody, String timestamp, String oaSecretKey) {
        if (header == null || appId == null || timestamp == null) {
            return false;
        }
        String expected = of(appId, rawBody, timestamp, oaSecretKey);
        return MessageDigest.isEqual(sha256(expected), sha256(header.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
