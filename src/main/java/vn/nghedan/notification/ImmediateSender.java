package vn.nghedan.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Sends what is worth sending only now (button-press answers), off the caller's thread. */
@Component
class ImmediateSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImmediateSender.class);

    private final Transports transport;
    private final ExecutorService executor = new ThreadPoolExecutor(
            2,
            2,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000),
            r -> {
                Thread t = new Thread(r, "callback-answers");
                t.setDaemon(true);
                return t;
            },
            // When swamped, dropping a spinner-stopper is better than blocking a commit.
            new ThreadPoolExecutor.DiscardPolicy());

    ImmediateSender(Transports transport) {
        this.transport = transport;
    }

    void send(long chatId, Outgoing message) {
        executor.execute(() -> {
            try {
                MessageTransport.SendResult result = transport.send(chatId, message);
                if (!(result instanceof MessageTransport.SendResult.Sent)) {
                    log.debug("Immediate {} to a chat not delivered: {}", message.kind(), result);
                }
            } catch (RuntimeException e) {
                log.debug("Immediate {} failed: {}", message.kind(), e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
