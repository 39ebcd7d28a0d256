package vn.nghedan.zalo;

import java.util.Set;

/**
 * What Zalo's OA API error codes mean for the app. Zalo answers HTTP 200 with {@code {"error": n,
 * "message": …}}; 0 is success. The codes as Zalo's OA API reference lists them
 * (developers.zalo.me, "Mã lỗi" of the Official Account API; the same table is reproduced by
 * integrators, e.g. the "Zalo Platform Integration Guide" error table and Subiz's "Xử lý lỗi trên
 * Zalo OA"), and the SDKs seen refreshing on -216 and retrying once:
 *
 * <ul>
 *   <li>-216 "Access token is invalid", -220 "access_token is expired or removed", and -124 (the
 *       older APIs' "access token expired"): refresh once and send again.
 *   <li>-230 "User has not interacted with the OA in the past 7 days" and -232 "User has not
 *       interacted, or the last interaction expired": the consultation window is closed until they
 *       write.
 *   <li>-213 "User has not followed OA": they unfollowed (or never followed).
 *   <li>-227 "User is banned or inactive for more than 45 days", -244 "User has restricted this
 *       message type from your OA": this person cannot be reached; others can.
 *   <li>-32 "Your application reached limit call api" (per-minute rate) and -211 "Out of quota"
 *       (the OA's message quota): every message waits, none fails; -218 "Out of quota receive"
 *       (this person's quota): this message is tried again later.
 * </ul>
 *
 * Everything else (-201 "parameter is invalid", -204/-205 OA disabled or missing, -219 app
 * removed, -223 API not authorised, …) will not go through by retrying: the message is refused.
 */
final class ZaloErrors {

    /** The access token is invalid or expired: refresh once, and the call is made again. */
    static final Set<Integer> TOKEN_REFUSED = Set.of(-216, -220, -124);
    /** The 7-day consultation window is closed. */
    static final Set<Integer> OUT_OF_WINDOW = Set.of(-230, -232);
    /** The person does not follow the OA. */
    static final int NOT_FOLLOWING = -213;
    /** The person cannot be reached for a reason of their own account. */
    static final Set<Integer> PERSON_UNREACHABLE = Set.of(-227, -244);
    /** The OA's per-minute rate: the whole channel pauses briefly. */
    static final int RATE_LIMIT = -32;
    /** The OA's message quota: the whole channel pauses for longer. */
    static final int OUT_OF_QUOTA = -211;
    /** This person's receiving quota: this message waits and is tried again. */
    static final int PERSON_QUOTA = -218;

    private ZaloErrors() {}
}
