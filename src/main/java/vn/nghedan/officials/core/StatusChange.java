package vn.nghedan.officials.core;

import java.time.LocalDate;
import vn.nghedan.submission.AnswerForm;
import vn.nghedan.submission.Status;

/**
 * A moderation step as the API receives it: the status to move to and what that step needs
 * ({@code reason} to reject, {@code mergeInto} to merge, {@code referredTo} to refer, {@code
 * answer} to answer; {@code NEW} reopens).
 *
 * <p>Public because {@code api}, {@code bot}, {@code console} use it.
 */
public record StatusChange(
        Status status,
        String reason,
        Long sessionId,
        String answer,
        String answeredBy,
        AnswerForm form,
        String commitment,
        LocalDate deadline,
        Long mergeInto,
        String referredTo) {}
