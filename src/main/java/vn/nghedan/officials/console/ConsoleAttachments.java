package vn.nghedan.officials.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import vn.nghedan.officials.accounts.OfficialUser;
import vn.nghedan.platform.NotFoundException;
import vn.nghedan.submission.Attachment;
import vn.nghedan.submission.Submission;

/**
 * Files residents attached, served from the data folder to officials who may see the submission.
 * The URL names a submission and a position, never a path; the stored path is checked to lie in
 * the attachments folder all the same. Only photos and voice notes are shown in the page: a
 * document is always a download, so a resident's HTML or SVG file never runs in the console.
 */
@Component
class ConsoleAttachments {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAttachments.class);

    private final ConsoleSubmissionAccess access;
    private final Path folder;

    ConsoleAttachments(ConsoleSubmissionAccess access, @Value("${nghedan.data-folder:./data}") String dataFolder) {
        this.access = access;
        this.folder = Path.of(dataFolder, "attachments").toAbsolutePath().normalize();
    }

    /** A file ready to send: shown in the page ({@code inline}) or downloaded. */
    record File(Resource content, MediaType type, String name, boolean inline) {}

    File open(long number, int index, OfficialUser official) {
        Submission s = access.visible(number, official);
        List<Attachment> attachments = s.getAttachments();
        if (index < 0 || index >= attachments.size() || attachments.get(index).storedPath() == null) {
            throw new NotFoundException("No kept attachment " + index + " of " + s.reference());
        }
        Attachment a = attachments.get(index);
        Path path = Path.of(a.storedPath()).toAbsolutePath().normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            log.warn("Attachment {} of {} is not where it should be", index, s.reference());
            throw new NotFoundException("Attachment file missing");
        }
        return switch (a.kind()) {
            case "PHOTO" -> new File(new FileSystemResource(path), MediaType.IMAGE_JPEG, "photo.jpg", true);
            case "VOICE" ->
                new File(new FileSystemResource(path), MediaType.parseMediaType("audio/ogg"), "voice.ogg", true);
            default ->
                new File(
                        new FileSystemResource(path),
                        MediaType.APPLICATION_OCTET_STREAM,
                        a.fileName() == null ? "file" : a.fileName(),
                        false);
        };
    }
}
