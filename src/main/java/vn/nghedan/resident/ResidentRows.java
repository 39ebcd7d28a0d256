package vn.nghedan.resident;

import java.util.Optional;

/**
 * The two things every message a resident sends does — find them by their Telegram id, and
 * write them back when a step changed them — in plain SQL, as a fragment of the repository.
 *
 * <p>Why not the repository's derived query and {@code save}: the onboarding benchmark showed
 * Spring Data JDBC's generic mapping (entity instantiation, conversion, the aggregate-change
 * machinery) as a third of the CPU spent per message, for one row of thirteen columns. The rules
 * stay the same: optimistic locking on {@code version}, times stored as in {@code DbTime}.
 */
interface ResidentRows {

    Optional<Resident> rowByTelegramUser(long telegramUserId);

    /** Inserts a new resident or updates one, checking its version; returns it with id and version set. */
    Resident write(Resident resident);
}
