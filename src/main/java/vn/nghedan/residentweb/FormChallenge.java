package vn.nghedan.residentweb;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTML form's light challenge instead of a CAPTCHA: the page carries the time it was made,
 * signed (HMAC-SHA256), and a post is taken only a few seconds after that (a person reads and
 * types; a script posts at once) and within a day. Together with a hidden field people leave
 * empty. The key comes from NGHEDAN_WEB_CHALLENGE_SECRET (set it when several instances serve
 * the page), else it is made at start and a restart asks the rare open form to be sent again.
 */
@Component
class FormChallenge {

    enum Verdict {
        PASSED,
        TOO_EARLY,
        INVALID
    }

    private static final Duration LIFETIME = Duration.ofDays(1);

    private final Clock clock;
    private final Duration minimum;
    private final SecretKeySpec key;

    FormChallenge(Clock clock, WebSettings settings, @Value("${nghedan.web.challenge-secret:}") String secret) {
        this.clock = clock;
        this.minimum = settings.minimumFillTime();
        byte[] bytes = secret.isBlank() ? random() : secret.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A fresh challenge for a page being rendered now. */
    String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    /** Whether a post carrying this challenge (and this honeypot value) is taken. */
    Verdict check(String challenge, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty() || challenge == null) {
            return Verdict.INVALID;
        }
        int dot = challenge.indexOf('.');
        if (dot <= 0) {
            return Verdict.INVALID;
        }
        String millis = challenge.substring(0, dot);
        byte[] given = challenge.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant made;
        try {
            made = Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Instant now = clock.instant();
        if (now.isAfter(made.plus(LIFETIME))) {
            return Verdict.INVALID;
        }
        return now.isBefore(made.plus(minimum)) ? Verdict.TOO_EARLY : Verdict.PASSED;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
