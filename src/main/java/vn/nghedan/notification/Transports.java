package vn.nghedan.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.nghedan.resident.ChatAddresses;
import vn.nghedan.resident.Messenger;

/**
 * Hands a message to the transport of its chat's channel: a Telegram chat id to Telegram, a Zalo
 * address to Zalo. The channel is derived from the chat key ({@link ChatAddresses}), not stored
 * on the outbox row: the key already says it, and every place that queues a message keeps
 * passing only the key.
 */
@Component
class Transports {

    private final ChatAddresses addresses;
    private final Map<Messenger, MessageTransport> byMessenger = new EnumMap<>(Messenger.class);

    @Autowired
    Transports(ChatAddresses addresses, ObjectProvider<MessageTransport> transports) {
        this(addresses, preferred(transports));
    }

    Transports(ChatAddresses addresses, List<MessageTransport> transports) {
        this.addresses = addresses;
        for (MessageTransport t : transports) {
            if (byMessenger.putIfAbsent(t.messenger(), t) != null) {
                throw new IllegalStateException("Two transports for " + t.messenger());
            }
        }
    }

    /** Every transport, but where one is marked primary (a test's recording one) it wins its channel. */
    private static List<MessageTransport> preferred(ObjectProvider<MessageTransport> transports) {
        List<MessageTransport> chosen = new ArrayList<>();
        MessageTransport primary = transports.getIfUnique();
        if (primary != null) {
            chosen.add(primary);
        }
        transports
                .orderedStream()
                .filter(t -> chosen.stream().noneMatch(c -> c.messenger() == t.messenger()))
                .forEach(chosen::add);
        return chosen;
    }

    Messenger messengerOf(long chatId) {
        // Nearly every message goes to Telegram, told by the key alone: not through the proxy of
        // ChatAddresses (its transactional advice, looked up on every call, was a thirtieth of
        // the callback answers' thread).
        return ChatAddresses.isTelegram(chatId) ? Messenger.TELEGRAM : addresses.messengerOf(chatId);
    }

    /** The channels that can send in this app. */
    Set<Messenger> messengers() {
        return byMessenger.keySet();
    }

    MessageTransport.SendResult send(long chatId, Outgoing message) {
        Messenger messenger = messengerOf(chatId);
        MessageTransport transport = byMessenger.get(messenger);
        if (transport == null) {
            // Not configured here (Zalo without its settings, or an address of the web page): the
            // message can never go, whatever the retries.
            return new MessageTransport.SendResult.Rejected("no " + messenger + " channel configured");
        }
        return transport.send(chatId, message);
    }
}
