package vn.nghedan.residentweb;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The web page's settings, all optional. */
@Component
class WebSettings {

    private final String publicUrl;
    private final int filingsPerMinute;
    private final int dailySubmissions;
    private final Duration minimumFillTime;

    WebSettings(
            @Value("${nghedan.public-url:}") String publicUrl,
            @Value("${nghedan.web.filings-per-minute:5}") int filingsPerMinute,
            @Value("${nghedan.daily-submissions:20}") int dailySubmissions,
            @Value("${nghedan.web.minimum-fill-time:3s}") Duration minimumFillTime) {
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.filingsPerMinute = filingsPerMinute;
        this.dailySubmissions = dailySubmissions;
        this.minimumFillTime = minimumFillTime;
    }

    /** A follow link: absolute when the app knows its public address (NGHEDAN_PUBLIC_URL). */
    String followUrl(String token) {
        return publicUrl + FollowPage.PATH + token;
    }

    int filingsPerMinute() {
        return filingsPerMinute;
    }

    int dailySubmissions() {
        return dailySubmissions;
    }

    Duration minimumFillTime() {
        return minimumFillTime;
    }
}
