package vn.nghedan.submission;

import java.io.IOException;

/** Where attached files can still be fetched from (the messenger keeps them only for a while). */
public interface FileSource {

    /** The file's bytes, at most {@code maxBytes}; throws when it cannot be had now. */
    byte[] fetch(String fileId, long maxBytes) throws IOException;
}
