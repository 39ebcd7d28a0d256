package vn.nghedan.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** NGHEDAN_SEND_RATE, NGHEDAN_QUIET_HOURS and the sender's tuning. */
@ConfigurationProperties("nghedan")
public record SendingProperties(Integer sendRate, String quietHours, Integer sendWorkers, Integer maxAttempts) {

    public SendingProperties {
        sendRate = sendRate == null || sendRate < 1 ? 25 : sendRate;
        quietHours = quietHours == null ? "" : quietHours;
        sendWorkers = sendWorkers == null || sendWorkers < 1 ? 4 : sendWorkers;
        maxAttempts = maxAttempts == null || maxAttempts < 1 ? 8 : maxAttempts;
    }

    public QuietHours quiet() {
        return QuietHours.parse(quietHours);
    }
}
