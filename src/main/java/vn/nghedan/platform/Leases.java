package vn.nghedan.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes {@link Lease}s held by this instance. The instance's name is NGHEDAN_INSTANCE_ID, or
 * host name and HTTP port: two live instances never share both, and an instance restarted on
 * the same host and port takes its own lease back at once instead of waiting for it to lapse.
 */
@Component
public class Leases {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String instanceId;

    Leases(
            JdbcClient jdbc,
            TransactionTemplate tx,
            Clock clock,
            @Value("${nghedan.instance-id:}") String configuredId,
            @Value("${server.port:8080}") int port) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.instanceId =
                configuredId == null || configuredId.isBlank() ? hostName() + ":" + port : configuredId.strip();
    }

    public Lease lease(String name, Duration length) {
        return new Lease(jdbc, tx, clock, name, instanceId, length);
    }

    /** This instance's name in leases and scheduler locks. */
    public String instanceId() {
        return instanceId;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
