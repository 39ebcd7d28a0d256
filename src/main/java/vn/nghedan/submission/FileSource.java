package vn.nghedan.submission;

import java.io.IOException;

/** Where attached files can still be fetched from (the messenger keeps them only for a while). */
public interface FileSource {

    /**
     * Whether this source holds the file: a channel's attachment reference says which (a Telegram
     * file id, a Zalo file's URL).
     */
    boolean holds(String fileId);

    /** The file's bytes, at most {@code maxBytes}; throws when it cannot be had now. */
    byte[] fetch(String fileId, long maxBytes) throws IOException;
}
