package vn.nghedan.officials.console;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as its grid of modules, drawn by whoever needs it (an SVG path in the page, filled
 * squares in the PDF poster): vector all the way, so it stays sharp on any printer.
 */
final class ConsoleQrCode {

    /** The four-module quiet zone that scanners expect around the code. */
    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private ConsoleQrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** Error correction M: survives a smudge or a fold on a poster pinned up at the khóm's hall. */
    static ConsoleQrCode of(String text) {
        try {
            return new ConsoleQrCode(new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** Width and height in modules, the quiet zone included. */
    int size() {
        return modules.getWidth();
    }

    boolean dark(int x, int y) {
        return modules.get(x, y);
    }

    /** An SVG path of one unit square per dark module, for {@code viewBox="0 0 size size"}. */
    String svgPath() {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (dark(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return path.toString();
    }
}
