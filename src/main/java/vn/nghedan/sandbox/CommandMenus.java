package vn.nghedan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** setMyCommands, getMyCommands and deleteMyCommands: one menu per scope and language. */
final class CommandMenus {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    private record Key(String scopeType, Long scopeChatId, String languageCode) {}

    private final Map<Key, CommandSet> menus = new LinkedHashMap<>();

    synchronized JsonNode set(Params params) {
        JsonNode commands = params.object("commands", "commands");
        if (commands == null || !commands.isArray()) {
            throw BotApiError.badRequest("can't parse commands JSON object");
        }
        List<CommandSet.Command> menu = new ArrayList<>();
        for (JsonNode command : commands) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!COMMAND.matcher(name).matches()) {
                throw BotApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw BotApiError.badRequest("command description must be non-empty");
            }
            menu.add(new CommandSet.Command(name, description));
        }
        Key key = keyOf(params);
        menus.put(key, new CommandSet(key.scopeType(), key.scopeChatId(), key.languageCode(), List.copyOf(menu)));
        return BooleanNode.TRUE;
    }

    synchronized JsonNode get(Params params) {
        ArrayNode answer = JsonNodeFactory.instance.arrayNode();
        CommandSet menu = menus.get(keyOf(params));
        if (menu != null) {
            menu.commands()
                    .forEach(command -> answer.addObject()
                            .put("command", command.command())
                            .put("description", command.description()));
        }
        return answer;
    }

    synchronized JsonNode delete(Params params) {
        menus.remove(keyOf(params));
        return BooleanNode.TRUE;
    }

    synchronized List<CommandSet> all() {
        return List.copyOf(menus.values());
    }

    synchronized void clear() {
        menus.clear();
    }

    private static Key keyOf(Params params) {
        JsonNode scope = params.object("scope", "scope");
        String type = scope == null ? "default" : scope.path("type").asText("default");
        Long chatId = scope != null && scope.hasNonNull("chat_id")
                ? scope.get("chat_id").asLong()
                : null;
        String language = params.text("language_code");
        return new Key(type, chatId, language == null ? "" : language);
    }
}
