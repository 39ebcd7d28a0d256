package vn.nghedan.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A message the bot sent, in its latest state: an edit replaces the stored version (with {@link
 * #editedAt()} set) and a deletion keeps it with {@link #deleted()} set, so a transcript stays
 * honest about what the resident saw.
 *
 * @param text the text, or the caption of a document or photo; null for a location
 * @param buttons the inline keyboard, row by row; empty when there is none
 * @param attachment the document or photo bytes; null for other kinds
 * @param revision the chat's change counter when this message last changed; a viewer that keeps
 *     the highest revision it has seen can ask only for what changed since
 */
public record SentMessage(
        long chatId,
        int messageId,
        Kind kind,
        String text,
        List<List<Button>> buttons,
        Attachment attachment,
        Location location,
        Venue venue,
        Instant sentAt,
        Instant editedAt,
        boolean deleted,
        long revision) {

    public enum Kind {
        TEXT,
        DOCUMENT,
        PHOTO,
        LOCATION,
        VENUE
    }

    /** An inline button: {@code data} is its callback_data, {@code url} set for link buttons. */
    public record Button(String label, String data, String url) {}

    public record Attachment(String fileId, String fileName, byte[] bytes) {}

    public record Location(double latitude, double longitude) {}

    public record Venue(double latitude, double longitude, String title, String address) {}

    public SentMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }

    /** The button with exactly this label; an AssertionError naming the labels there are if none. */
    public Button button(String label) {
        return allButtons().stream()
                .filter(button -> Objects.equals(button.label(), label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button \"" + label + "\" on message " + messageId
                        + " to chat " + chatId + "; buttons: " + labels()));
    }

    public String labels() {
        return allButtons().stream().map(Button::label).collect(Collectors.joining(" | ", "[", "]"));
    }

    SentMessage withChange(String newText, List<List<Button>> newButtons, Instant at, long newRevision) {
        return new SentMessage(
                chatId,
                messageId,
                kind,
                newText,
                newButtons,
                attachment,
                location,
                venue,
                sentAt,
                at,
                deleted,
                newRevision);
    }

    SentMessage asDeleted(long newRevision) {
        return new SentMessage(
                chatId,
                messageId,
                kind,
                text,
                buttons,
                attachment,
                location,
                venue,
                sentAt,
                editedAt,
                true,
                newRevision);
    }

    /** One line for a transcript. */
    String describe() {
        StringBuilder line = new StringBuilder("bot #").append(messageId).append(' ');
        switch (kind) {
            case DOCUMENT, PHOTO ->
                line.append('[')
                        .append(kind.name().toLowerCase(Locale.ROOT))
                        .append(' ')
                        .append(attachment.fileName())
                        .append("] ");
            case LOCATION ->
                line.append("[location ")
                        .append(location.latitude())
                        .append(", ")
                        .append(location.longitude())
                        .append(']');
            case VENUE -> line.append("[venue ").append(venue.title()).append(']');
            case TEXT -> {}
        }
        if (text != null) {
            line.append(text.replace("\n", "⏎"));
        }
        if (!buttons.isEmpty()) {
            line.append(' ').append(labels());
        }
        if (editedAt != null) {
            line.append(" (edited)");
        }
        if (deleted) {
            line.append(" (deleted)");
        }
        return line.toString();
    }
}
