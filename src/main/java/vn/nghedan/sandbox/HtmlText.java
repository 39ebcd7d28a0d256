package vn.nghedan.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's {@code parse_mode=HTML}: the text a reader sees, or the 400 Telegram answers for markup
 * it cannot parse — most often a resident's "<" or "&" pasted into a message without escaping.
 */
final class HtmlText {

    private static final Set<String> SUPPORTED_TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "code",
            "pre",
            "blockquote",
            "tg-emoji");

    private HtmlText() {}

    static String visibleText(String html) {
        StringBuilder visible = new StringBuilder(html.length());
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw cannotParse("Unclosed start tag at byte offset " + byteOffset(html, i));
                }
                readTag(html.substring(i + 1, end), open, byteOffset(html, i));
                i = end + 1;
            } else if (c == '&') {
                int semicolon = html.indexOf(';', i);
                String decoded = semicolon < 0 ? null : decodeEntity(html.substring(i + 1, semicolon));
                if (decoded == null) {
                    visible.append('&');
                    i++;
                } else {
                    visible.append(decoded);
                    i = semicolon + 1;
                }
            } else {
                visible.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw cannotParse("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return visible.toString();
    }

    private static void readTag(String inside, Deque<String> open, int offset) {
        if (inside.startsWith("/")) {
            String name = inside.substring(1).strip().toLowerCase(Locale.ROOT);
            if (open.isEmpty() || !open.peek().equals(name)) {
                throw cannotParse("Unexpected end tag at byte offset " + offset);
            }
            open.pop();
            return;
        }
        String name = inside.strip().split("[\\s/]", 2)[0].toLowerCase(Locale.ROOT);
        if (!SUPPORTED_TAGS.contains(name)) {
            throw cannotParse("Unsupported start tag \"" + name + "\" at byte offset " + offset);
        }
        open.push(name);
    }

    /** The named entities Telegram knows, and numeric ones; null for anything else (kept as text). */
    private static String decodeEntity(String entity) {
        switch (entity) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            default:
                break;
        }
        try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
                return Character.toString(Integer.parseInt(entity.substring(2), 16));
            }
            if (entity.startsWith("#")) {
                return Character.toString(Integer.parseInt(entity.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int byteOffset(String text, int charIndex) {
        return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static BotApiError cannotParse(String detail) {
        return BotApiError.badRequest("can't parse entities: " + detail);
    }
}
