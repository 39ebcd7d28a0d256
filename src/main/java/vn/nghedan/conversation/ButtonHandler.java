package vn.nghedan.conversation;

import java.util.Set;

/** Handles presses of the buttons it offered, by action name. */
public interface ButtonHandler {

    Set<String> actions();

    default boolean buttonsNeedOnboarding() {
        return true;
    }

    void onPress(Turn turn, String action, String argument);
}
