package vn.nghedan.residentweb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;

/**
 * Private follow links: 192 random bits, URL-safe, shown once to the resident. Only their SHA-256
 * is stored, so the table alone (a backup, a leak) opens no one's submission.
 */
@Component
class FollowLinks {

    enum Purpose {
        FILED,
        SUPPORT
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 24;

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link to the submission; returns its token. */
    String create(long number, Purpose purpose, String sender) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO web_follow (token_hash, submission_id, purpose, sender, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(hash(token), number, purpose.name(), hash(sender), DbTime.of(clock.instant()))
                .update();
        return token;
    }

    /** A follow link: the submission it follows, and whether it was given for filing it or for a "me too". */
    record Link(long submission, Purpose purpose) {}

    /** The link a token is; empty for anything not issued (wrong shape included). */
    Optional<Link> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT submission_id, purpose FROM web_follow WHERE token_hash = ?")
                .param(hash(token))
                .query((rs, row) -> new Link(rs.getLong(1), Purpose.valueOf(rs.getString(2))))
                .optional();
    }

    /**
     * The author of a submission is forgotten: the hash of their contact (or address) goes from
     * its filing links too. The links keep working: they open the submission, not a person.
     */
    void forgetFiler(long number) {
        jdbc.sql("UPDATE web_follow SET sender = NULL WHERE submission_id = ? AND purpose = 'FILED'")
                .param(number)
                .update();
    }

    /** Filings by this sender (contact, or address when none) since the given time: the daily limit. */
    long filedSince(String sender, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM web_follow WHERE sender = ? AND purpose = 'FILED' AND created_at >= ?")
                .params(hash(sender), DbTime.of(since))
                .query(Long.class)
                .single();
    }

    /** Records one web "me too"; false when this supporter already supported it. */
    boolean recordSupport(long number, String supporter) {
        return jdbc.sql("INSERT INTO web_support (submission_id, supporter, created_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(number, hash(supporter), DbTime.of(clock.instant()))
                        .update()
                == 1;
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
