package vn.nghedan.agenda;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * DejaVu Sans, regular and the real bold face, bundled in the jar and embedded in every PDF as
 * Unicode (Identity-H): the standard PDF fonts silently drop Vietnamese letters. Loaded from the
 * classpath once, on first use; a BaseFont is shared safely between documents.
 */
final class PdfFonts {

    private static final BaseFont REGULAR = load("DejaVuSans.ttf");
    private static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {}

    static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = Objects.requireNonNull(
                PdfFonts.class.getResourceAsStream("/fonts/" + file), "font missing from the jar: " + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
