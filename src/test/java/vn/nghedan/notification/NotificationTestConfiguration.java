package vn.nghedan.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The movable clock and the recording transport, for every test of this module (one context). */
@TestConfiguration(proxyBeanMethods = false)
class NotificationTestConfiguration {

    /** The application's {@link java.time.Clock}: tests move it. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    RecordingTransport recordingTransport() {
        return new RecordingTransport();
    }
}
