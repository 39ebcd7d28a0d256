package vn.nghedan.platform;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text hygiene shared by every module: what is stored is NFC without control characters, and
 * what is compared is folded (case, Vietnamese diacritics including đ/Đ, punctuation).
 */
public final class Texts {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    // Control and invisible format characters (zero-width, bidi overrides), but not \n or \t.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200D]]");

    private Texts() {}

    /** NFC, control and format characters removed, line ends unified, outer blanks trimmed. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return CONTROL.matcher(nfc).replaceAll("").strip();
    }

    /** True when the text holds at least one letter or digit (not only emoji or punctuation). */
    public static boolean hasWords(String text) {
        return text != null && !fold(text).isBlank();
    }

    /**
     * Folded form for search and duplicate matching: lower case, no diacritics (đ becomes d),
     * punctuation turned into single spaces. NFC and NFD input fold alike.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(bare).replaceAll(" ").strip();
    }

    /** The folded words of a text, in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** At most {@code max} characters (code points kept whole), with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, Math.max(0, max - 1));
        return oneLine.substring(0, end).strip() + "…";
    }
}
