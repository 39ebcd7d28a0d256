package vn.nghedan.zalo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.nghedan.platform.DbTime;

/**
 * The OA's access token. Zalo's refresh token is single-use: each refresh returns a new pair and
 * the old refresh token is dead, so the pair lives in the database ({@code zalo_token}, one row,
 * seeded once from ZALO_REFRESH_TOKEN) and a refresh swaps it in one conditional UPDATE on the
 * refresh token it used. One refresh at a time, even with several instances: a refresh first
 * claims the row ({@code refreshing_until}, a conditional UPDATE only one instance wins); the
 * others wait and read the new pair. Refreshed before expiry, or when Zalo calls the token
 * expired; a periodic check keeps the refresh token itself from lapsing when nothing is sent.
 */
@Component
class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
    /** An access token this close to its end is refreshed before use. */
    static final Duration MARGIN = Duration.ofMinutes(10);
    /** How long a claim to refresh holds, should its instance die in the middle. */
    private static final Duration CLAIM = Duration.ofSeconds(30);
    /** How long a caller waits for another instance's refresh. */
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(40);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZaloApi api;
    private final ObjectProvider<ZaloEndpoint> endpoint;

    ZaloTokens(JdbcClient jdbc, Clock clock, ZaloApi api, ObjectProvider<ZaloEndpoint> endpoint) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.api = api;
        this.endpoint = endpoint;
    }

    private record Pair(String access, String refresh, Instant expiresAt) {

        boolean usableAt(Instant now, Duration margin) {
            return access != null && expiresAt != null && expiresAt.isAfter(now.plus(margin));
        }
    }

    /** An access token good for at least {@link #MARGIN}, refreshed first if need be. */
    String accessToken(ZaloEndpoint zalo) throws IOException {
        Pair pair = current(zalo);
        return pair.usableAt(clock.instant(), MARGIN) ? pair.access() : refresh(zalo, pair.access());
    }

    /** One call to Zalo's OA API with the access token. */
    interface Call {
        ZaloApi.Answer with(String accessToken) throws IOException;
    }

    /**
     * Makes the call with a good access token; when Zalo calls the token invalid or expired
     * ({@link ZaloErrors#TOKEN_REFUSED}), refreshes it once and makes the call again.
     */
    ZaloApi.Answer call(ZaloEndpoint zalo, Call call) throws IOException {
        String token = accessToken(zalo);
        ZaloApi.Answer answer = call.with(token);
        if (ZaloErrors.TOKEN_REFUSED.contains(answer.error())) {
            answer = call.with(refresh(zalo, token));
        }
        return answer;
    }

    /**
     * A new access token in place of {@code stale} (which Zalo refused, or which ends soon; null
     * when there is none yet). If another caller or instance replaced it meanwhile, that one is
     * returned and Zalo is not asked again.
     */
    synchronized String refresh(ZaloEndpoint zalo, String stale) throws IOException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            Pair pair = current(zalo);
            Instant now = clock.instant();
            if (pair.usableAt(now, Duration.ZERO) && !Objects.equals(pair.access(), stale)) {
                return pair.access();
            }
            int claimed = jdbc.sql("UPDATE zalo_token SET refreshing_until = ? WHERE id = 1 AND refresh_token = ?"
                            + " AND (refreshing_until IS NULL OR refreshing_until < ?)")
                    .params(DbTime.of(now.plus(CLAIM)), pair.refresh(), DbTime.of(now))
                    .update();
            if (claimed == 1) {
                return rotate(zalo, pair.refresh());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("another instance is refreshing the Zalo token for too long");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
    }

    /** Spends the refresh token (this instance holds the claim) and stores the new pair. */
    private String rotate(ZaloEndpoint zalo, String refreshToken) throws IOException {
        ZaloApi.Answer answer;
        try {
            answer = api.refresh(zalo, refreshToken);
        } catch (IOException | RuntimeException e) {
            release(refreshToken);
            throw e;
        }
        String access =
                answer.body() == null ? "" : answer.body().path("access_token").asText("");
        String refresh =
                answer.body() == null ? "" : answer.body().path("refresh_token").asText("");
        if (!answer.ok() || access.isEmpty() || refresh.isEmpty()) {
            release(refreshToken);
            // Zalo's message only (never a token): an operator must give a new ZALO_REFRESH_TOKEN
            // if the stored one is dead.
            log.warn("Zalo refused to refresh the OA token: {} {}", answer.error(), answer.message());
            throw new IOException("Zalo token refresh refused: " + answer.error() + " " + answer.message());
        }
        long seconds = answer.body().path("expires_in").asLong(3600);
        Instant now = clock.instant();
        int stored = jdbc.sql("UPDATE zalo_token SET access_token = ?, refresh_token = ?, expires_at = ?,"
                        + " refreshing_until = NULL, updated_at = ? WHERE id = 1 AND refresh_token = ?")
                .params(access, refresh, DbTime.of(now.plusSeconds(seconds)), DbTime.of(now), refreshToken)
                .update();
        if (stored != 1) {
            throw new IOException("the Zalo token pair changed during a refresh");
        }
        return access;
    }

    private void release(String refreshToken) {
        jdbc.sql("UPDATE zalo_token SET refreshing_until = NULL WHERE id = 1 AND refresh_token = ?")
                .param(refreshToken)
                .update();
    }

    /** The stored pair, seeded from the settings the first time. */
    private Pair current(ZaloEndpoint zalo) {
        return read().orElseGet(() -> {
            jdbc.sql("INSERT INTO zalo_token (id, refresh_token, updated_at) VALUES (1, ?, ?)"
                            + " ON CONFLICT (id) DO NOTHING")
                    .params(zalo.initialRefreshToken(), DbTime.of(clock.instant()))
                    .update();
            return read().orElseThrow();
        });
    }

    private Optional<Pair> read() {
        return jdbc.sql("SELECT access_token, refresh_token, expires_at FROM zalo_token WHERE id = 1")
                .query((rs, i) -> new Pair(rs.getString(1), rs.getString(2), DbTime.read(rs, 3)))
                .optional();
    }

    /**
     * Every hour: a token ending within the next two hours is refreshed now, so the refresh
     * token (valid for months, replaced at each refresh) never lapses while nothing is sent.
     */
    @Scheduled(fixedDelayString = "${nghedan.zalo.token-check-ms:3600000}", initialDelay = 60_000)
    void keepFresh() {
        ZaloEndpoint zalo = endpoint.getIfAvailable();
        if (zalo == null) {
            return;
        }
        try {
            Pair pair = current(zalo);
            if (!pair.usableAt(clock.instant(), Duration.ofHours(2))) {
                refresh(zalo, pair.access());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Zalo token not refreshed, trying again later: {}", e.getMessage());
        }
    }
}
