package vn.nghedan.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import vn.nghedan.submission.FileSource;

/**
 * Fetches files residents sent. The library's download helpers always use api.telegram.org,
 * so the file URL ({@code <api url>/file/bot<token>/<path>}) is built from the endpoint here.
 */
@Component
class TelegramFiles implements FileSource {

    private final TelegramBot bot;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(60))
            .build();

    TelegramFiles(TelegramBot bot) {
        this.bot = bot;
    }

    /** Telegram's file ids are opaque tokens; a URL is another channel's file. */
    @Override
    public boolean holds(String fileId) {
        return !fileId.contains("://");
    }

    @Override
    public byte[] fetch(String fileId, long maxBytes) throws IOException {
        BotEndpoint endpoint = bot.endpoint().orElseThrow(() -> new IOException("no bot endpoint"));
        File file;
        try {
            file = bot.client().execute(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + e.getClass().getSimpleName());
        }
        if (file.getFilePath() == null) {
            throw new IOException("no file path");
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new IOException("file larger than " + maxBytes + " bytes");
        }
        String base = endpoint.apiUrl().endsWith("/") ? endpoint.apiUrl() : endpoint.apiUrl() + "/";
        Request request = new Request.Builder()
                .url(base + "file/bot" + endpoint.token() + "/" + file.getFilePath())
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                // The URL holds the token: report only the status.
                throw new IOException("file download answered " + response.code());
            }
            try (InputStream in = response.body().byteStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new IOException("file larger than " + maxBytes + " bytes");
                }
                return bytes;
            }
        }
    }
}
