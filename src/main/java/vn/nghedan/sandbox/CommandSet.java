package vn.nghedan.sandbox;

import java.util.List;

/**
 * The command menu the bot set with setMyCommands for one scope and language.
 *
 * @param scopeType {@code default}, {@code all_private_chats}, {@code chat}, …
 * @param scopeChatId the chat of a {@code chat}-type scope, else null
 * @param languageCode the language the menu is for; empty for all languages
 */
public record CommandSet(String scopeType, Long scopeChatId, String languageCode, List<Command> commands) {

    public record Command(String command, String description) {}
}
