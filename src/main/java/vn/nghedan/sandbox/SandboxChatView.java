package vn.nghedan.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One chat as the web chat shows it: both sides in message-id order, and only what changed since
 * the viewer's last look — new messages (id above {@code after}) and edits or deletions (revision
 * above {@code since}).
 */
final class SandboxChatView {

    record Page(long revision, List<Entry> messages) {}

    /** A message in the web chat; {@code kind} is "user" for the person's own messages. */
    record Entry(
            int messageId,
            boolean fromBot,
            String kind,
            String text,
            List<List<Button>> buttons,
            String fileName,
            Double latitude,
            Double longitude,
            String venue,
            boolean edited,
            boolean deleted) {}

    record Button(String label, String data, String url) {}

    private SandboxChatView() {}

    static Page page(BotApiStandIn standIn, long chatId, int after, long since) {
        long revision = standIn.chatRevision(chatId);
        List<Entry> entries = new ArrayList<>();
        for (SentMessage message : standIn.messagesTo(chatId)) {
            if (message.messageId() > after || message.revision() > since) {
                entries.add(entryOf(message));
            }
        }
        for (InboundMessage message : standIn.inboundMessages(chatId)) {
            if (message.messageId() > after || message.revision() > since) {
                entries.add(new Entry(
                        message.messageId(),
                        false,
                        "user",
                        message.summary(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        false));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::messageId));
        return new Page(revision, entries);
    }

    private static Entry entryOf(SentMessage message) {
        List<List<Button>> buttons = message.buttons().stream()
                .map(row -> row.stream()
                        .map(button -> new Button(button.label(), button.data(), button.url()))
                        .toList())
                .toList();
        Double latitude = null;
        Double longitude = null;
        String venue = null;
        if (message.location() != null) {
            latitude = message.location().latitude();
            longitude = message.location().longitude();
        } else if (message.venue() != null) {
            latitude = message.venue().latitude();
            longitude = message.venue().longitude();
            venue = message.venue().title() + " — " + message.venue().address();
        }
        return new Entry(
                message.messageId(),
                true,
                message.kind().name().toLowerCase(Locale.ROOT),
                message.text(),
                buttons,
                message.attachment() == null ? null : message.attachment().fileName(),
                latitude,
                longitude,
                venue,
                message.editedAt() != null,
                message.deleted());
    }
}
