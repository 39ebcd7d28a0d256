package vn.nghedan.conversation;

import java.util.Set;

/** Handles what a person sends (text, photo, location…) while their chat is on one of its steps. */
public interface StepHandler {

    Set<String> steps();

    /** Whether only onboarded residents reach this step (officials' steps need not). */
    default boolean needsOnboarding() {
        return true;
    }

    /**
     * Whether its steps hold something the person was writing (a submission being filed): a
     * command that leaves them says that it was dropped, so nothing goes silently.
     */
    default boolean holdsDraft() {
        return false;
    }

    void onInput(Turn turn);
}
