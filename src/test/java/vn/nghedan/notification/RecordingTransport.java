package vn.nghedan.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import vn.nghedan.resident.Messenger;

/**
 * A {@link MessageTransport} that records every request with its real start and end time and
 * answers as the test scripted (by default: sent). Stands in for the Telegram transport until
 * the Bot API stand-in can be used end to end.
 */
final class RecordingTransport implements MessageTransport {

    record Request(long chatId, Outgoing message, long startNanos, long endNanos, SendResult result) {

        String text() {
            return message instanceof Outgoing.Text t ? t.text() : message.kind();
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final AtomicLong messageIds = new AtomicLong();
    private volatile BiFunction<Long, Outgoing, SendResult> script = this::sent;

    @Override
    public Messenger messenger() {
        return Messenger.TELEGRAM;
    }

    @Override
    public SendResult send(long chatId, Outgoing message) {
        long start = System.nanoTime();
        SendResult result = script.apply(chatId, message);
        long end = System.nanoTime();
        synchronized (requests) {
            requests.add(new Request(chatId, message, start, end, result));
        }
        return result;
    }

    SendResult sent(long chatId, Outgoing message) {
        return new SendResult.Sent(messageIds.incrementAndGet());
    }

    /** How the next requests are answered; {@link #sent} is the default. */
    void answer(BiFunction<Long, Outgoing, SendResult> script) {
        this.script = script;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requestsTo(long chatId) {
        return requests().stream().filter(r -> r.chatId() == chatId).toList();
    }

    void reset() {
        synchronized (requests) {
            requests.clear();
        }
        script = this::sent;
    }
}
