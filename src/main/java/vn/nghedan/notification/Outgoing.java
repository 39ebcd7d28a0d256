package vn.nghedan.notification;

import java.util.List;

/**
 * A message to one chat, in no transport's terms: Telegram is one way to deliver it. Buttons
 * carry short opaque tokens as their data, never resident text.
 */
public sealed interface Outgoing {

    String kind();

    record Button(String label, String data) {}

    /** Plain text (no markup: resident text can never be read as formatting), with buttons. */
    record Text(String text, List<List<Button>> buttons) implements Outgoing {
        public Text {
            buttons = buttons == null
                    ? List.of()
                    : buttons.stream().map(List::copyOf).toList();
        }

        public Text(String text) {
            this(text, List.of());
        }

        @Override
        public String kind() {
            return "TEXT";
        }
    }

    record Document(String fileName, byte[] content, String caption) implements Outgoing {
        @Override
        public String kind() {
            return "DOCUMENT";
        }
    }

    record Location(double latitude, double longitude) implements Outgoing {
        @Override
        public String kind() {
            return "LOCATION";
        }
    }

    record Venue(double latitude, double longitude, String title, String address) implements Outgoing {
        @Override
        public String kind() {
            return "VENUE";
        }
    }

    /** The answer every button press gets, so the client stops its spinner. */
    record CallbackAnswer(String callbackQueryId, String text) implements Outgoing {
        @Override
        public String kind() {
            return "CALLBACK";
        }
    }
}
