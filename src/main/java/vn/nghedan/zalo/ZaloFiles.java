package vn.nghedan.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.nghedan.submission.FileSource;

/**
 * Fetches the photos and files Zalo users sent: a Zalo event names each by a URL on Zalo's CDN
 * (the attachment's reference), and the attachment keeper copies it into the data folder like a
 * Telegram file. The URLs come only from signed events.
 */
@Component
class ZaloFiles implements FileSource {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Override
    public boolean holds(String fileId) {
        return fileId.startsWith("https://") || fileId.startsWith("http://");
    }

    @Override
    public byte[] fetch(String fileId, long maxBytes) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fileId))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("file download answered " + response.statusCode());
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException("file larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }
}
