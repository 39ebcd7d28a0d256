package vn.nghedan.sandbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Files the stand-in knows by file_id — photos and documents that residents sent, and files the bot
 * uploaded — so getFile and the {@code /file/bot<token>/<file_path>} download can serve them.
 */
final class FileStore {

    record StoredFile(String fileId, String filePath, String fileName, byte[] bytes) {

        SentMessage.Attachment attachment() {
            return new SentMessage.Attachment(fileId, fileName, bytes);
        }
    }

    private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
    private final Map<String, StoredFile> byPath = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Stores the bytes under a new file_id; {@code folder} is Telegram's: photos, documents, voice. */
    StoredFile add(String folder, String fileName, byte[] bytes) {
        long n = sequence.incrementAndGet();
        String fileId = folder + "-" + n;
        String path = folder + "/file_" + n + extensionOf(fileName);
        StoredFile file = new StoredFile(fileId, path, fileName, bytes.clone());
        byId.put(fileId, file);
        byPath.put(path, file);
        return file;
    }

    /**
     * Telegram's file_unique_id: the same for the same file, whoever sends it and however often
     * (the bot keeps a file once by it); not usable to fetch it.
     */
    static String uniqueIdOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "u-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<StoredFile> byId(String fileId) {
        return Optional.ofNullable(byId.get(fileId));
    }

    Optional<StoredFile> byPath(String filePath) {
        return Optional.ofNullable(byPath.get(filePath));
    }

    void clear() {
        byId.clear();
        byPath.clear();
    }

    private static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }
}
