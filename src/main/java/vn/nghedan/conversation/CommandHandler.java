package vn.nghedan.conversation;

import java.util.Set;

/** Handles slash commands; other modules (officials) add theirs by implementing this. */
public interface CommandHandler {

    /** Command names without the slash, lower case. */
    Set<String> commands();

    /** Whether the person must have accepted the notice and picked a neighbourhood first. */
    default boolean requiresOnboarding() {
        return true;
    }

    void onCommand(Turn turn, String command, String argument);
}
